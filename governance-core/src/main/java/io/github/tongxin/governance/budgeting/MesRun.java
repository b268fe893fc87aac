package io.github.tongxin.governance.budgeting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the Method of Equal Shares at a given per-voter budget, exactly as pabutools 1.2.3
 * defines it ({@code method_of_equal_shares}, {@code mes_inner_algo}): every voter starts with
 * the same budget; each round, among the projects whose supporters can still afford them, the one
 * with the smallest ρ wins, where ρ is the least value with {@code Σ min(b_i, ρ·u_i) = cost} over
 * the supporters; ties go to the tie-breaking rank; every supporter pays {@code min(b_i,
 * ρ·u_i)}. The run stops when no remaining project is affordable. Not public; not thread-safe
 * (one instance per run).
 *
 * <p>Representation: budgets are kept per voter group as integer numerators over one common
 * denominator {@code D_r} that is multiplied by a factor in every round ({@code D_{r+1} = D_r ·
 * W'} where {@code W'} is the reduced denominator of the round's payment), so no gcd is ever
 * taken on budgets. Groups that a round does not touch keep the numerator of the round they were
 * last touched in ({@code epoch}) and are brought to the current denominator when next read.
 *
 * <p>Lazy evaluation (as pabutools): a project's ρ never decreases during a run, because budgets
 * only decrease; the last value computed for a project is therefore a lower bound of its current
 * value, and a project whose bound exceeds the best ρ found so far in the round need not be
 * evaluated. Projects found unaffordable are dropped for good. Neither shortcut changes the
 * outcome.
 */
final class MesRun {
  private final MesSetup s;
  private final BigInteger[] num;
  private final int[] epoch;
  private final List<BigInteger> scale = new ArrayList<>();
  private BigInteger denominator;
  private int round;
  private final boolean[] done;
  private final Fraction[] bound;

  // trace
  private final int[] order;
  private final Fraction[] rho;
  private final Payment[] payments;
  private int[] tie = new int[0];

  /** What a round's winner costs its supporters: enough to rebuild every payment. */
  record Payment(
      int project, BigInteger denominator, BigInteger a, BigInteger w, int[] poor, BigInteger[] poorNum) {}

  /** A project's exact ρ in the current round with the data to apply its payments. */
  private record Evaluation(int project, BigInteger a, long w, int poorCount, int[] entries, Fraction rho) {}

  /**
   * Prepares a run in which every voter starts with {@code budgetNum / budgetDen} (scaled money).
   */
  MesRun(MesSetup setup, BigInteger budgetNum, BigInteger budgetDen) {
    this.s = setup;
    num = new BigInteger[s.groupCount];
    Arrays.fill(num, budgetNum);
    epoch = new int[s.groupCount];
    denominator = budgetDen;
    scale.add(BigInteger.ONE);
    done = new boolean[s.projectCount];
    bound = new Fraction[s.projectCount];
    for (int q = 0; q < s.projectCount; q++) {
      // everyone pays ρ·u: ρ = cost / Σ u
      bound[q] =
          Fraction.of(s.cost[q], BigInteger.valueOf(s.totalWeight[q]).multiply(s.unit[q]));
    }
    order = new int[s.projectCount];
    rho = new Fraction[s.projectCount];
    payments = new Payment[s.projectCount];
  }

  /** Runs the rule to the end. */
  void run() {
    List<Evaluation> tied = new ArrayList<>();
    Integer[] candidates = new Integer[s.projectCount];
    while (true) {
      int count = 0;
      for (int q = 0; q < s.projectCount; q++) {
        if (!done[q]) {
          candidates[count++] = q;
        }
      }
      Arrays.sort(candidates, 0, count, (x, y) -> bound[x].compareTo(bound[y]));
      tied.clear();
      Fraction best = null;
      for (int k = 0; k < count; k++) {
        int q = candidates[k];
        if (best != null && bound[q].compareTo(best) > 0) {
          break;
        }
        Evaluation e = evaluate(q);
        if (e == null) {
          done[q] = true;
          continue;
        }
        bound[q] = e.rho;
        int c = best == null ? -1 : e.rho.compareTo(best);
        if (c < 0) {
          best = e.rho;
          tied.clear();
          tied.add(e);
        } else if (c == 0) {
          tied.add(e);
        }
      }
      if (tied.isEmpty()) {
        return;
      }
      Evaluation winner = tied.get(0);
      if (tied.size() > 1) {
        if (s.tieBreaking == TieBreaking.REFUSE) {
          tie = tied.stream().mapToInt(Evaluation::project).toArray();
          return;
        }
        for (Evaluation e : tied) {
          if (s.rank[e.project] < s.rank[winner.project]) {
            winner = e;
          }
        }
      }
      apply(winner);
    }
  }

  /**
   * Replays the selections of a trace of a run at this budget, computing the winners' exact
   * payments from the trace's split into poor and rich supporters. The split is checked exactly
   * (the poor have {@code b·W ≤ a·w}, the rich {@code b·W ≥ a·w}), so a wrong trace cannot go
   * unnoticed.
   *
   * @throws AssertionError if the trace is not the run at this budget
   */
  void replay(MesTrace trace) {
    int[] stamp = new int[s.groupCount];
    Arrays.fill(stamp, -1);
    for (int r = 0; r < trace.order().length; r++) {
      int q = trace.order()[r];
      for (int g : trace.poor()[r]) {
        stamp[g] = r;
      }
      int[] groups = s.supporters[q];
      long[] w = s.weights[q];
      long[] m = s.multiplicityOf[q];
      int size = groups.length;
      int[] entries = new int[size];
      int poor = 0;
      int rest = size;
      BigInteger paid = BigInteger.ZERO;
      long weight = s.totalWeight[q];
      for (int k = 0; k < size; k++) {
        int g = groups[k];
        bring(g);
        if (stamp[g] == r) {
          entries[poor++] = k;
          paid = paid.add(m[k] == 1 ? num[g] : num[g].multiply(BigInteger.valueOf(m[k])));
          weight -= w[k] * m[k];
        } else {
          entries[--rest] = k;
        }
      }
      BigInteger a = s.cost[q].multiply(denominator).subtract(paid);
      if (weight <= 0 || a.signum() <= 0) {
        throw new AssertionError("replayed split leaves nobody to pay for " + s.ids[q]);
      }
      BigInteger big = BigInteger.valueOf(weight);
      for (int k = 0; k < size; k++) {
        int entry = entries[k];
        BigInteger budgetTimesWeight = num[groups[entry]].multiply(big);
        BigInteger share = s.uniform ? a : a.multiply(BigInteger.valueOf(w[entry]));
        int c = budgetTimesWeight.compareTo(share);
        if (k < poor ? c > 0 : c < 0) {
          throw new AssertionError("replayed split is not the exact one for " + s.ids[q]);
        }
      }
      Fraction r0 = Fraction.of(a, big.multiply(denominator).multiply(s.unit[q]));
      apply(new Evaluation(q, a, weight, poor, entries, r0));
    }
  }

  /** The trace of a completed run, with ρ as intervals of doubles. */
  MesTrace trace() {
    double[] low = new double[round];
    double[] high = new double[round];
    for (int r = 0; r < round; r++) {
      double[] i = FastMesRun.interval(rho[r].numerator(), rho[r].denominator());
      low[r] = i[0];
      high[r] = i[1];
    }
    int[][] poor = new int[round][];
    for (int r = 0; r < round; r++) {
      poor[r] = payments[r].poor().clone();
    }
    return new MesTrace(
        Arrays.copyOf(order, round),
        low,
        high,
        Arrays.copyOf(rho, round),
        poor,
        tie.clone(),
        totalCost());
  }

  /** Rounds played. */
  int rounds() {
    return round;
  }

  /** The project selected in a round. */
  int selected(int r) {
    return order[r];
  }

  /** The payments of a round. */
  Payment payment(int r) {
    return payments[r];
  }

  /** The projects tied when the run stopped on a tie (only with {@link TieBreaking#REFUSE}). */
  int[] tie() {
    return tie;
  }

  /** The total scaled cost of the projects selected. */
  BigInteger totalCost() {
    BigInteger total = BigInteger.ZERO;
    for (int r = 0; r < round; r++) {
      total = total.add(s.cost[order[r]]);
    }
    return total;
  }

  private void bring(int g) {
    if (epoch[g] != round) {
      if (num[g].signum() != 0) {
        num[g] = num[g].multiply(scale.get(epoch[g]));
      }
      epoch[g] = round;
    }
  }

  /** ρ of a project now, or null if its supporters cannot afford it. */
  private Evaluation evaluate(int q) {
    int[] groups = s.supporters[q];
    long[] w = s.weights[q];
    int size = groups.length;
    BigInteger total = BigInteger.ZERO;
    int zeros = 0;
    int[] entries = new int[size];
    int rest = size;
    for (int k = 0; k < size; k++) {
      int g = groups[k];
      bring(g);
      BigInteger b = num[g];
      if (b.signum() == 0) {
        entries[zeros++] = k;
      } else {
        entries[--rest] = k;
        total = total.add(s.multiplicity[g] == 1 ? b : b.multiply(BigInteger.valueOf(s.multiplicity[g])));
      }
    }
    BigInteger need = s.cost[q].multiply(denominator);
    if (total.compareTo(need) < 0) {
      return null;
    }
    // entries[zeros..size) hold the supporters with money: sort them by b / w
    sortByBudgetOverWeight(entries, zeros, size, groups, w);
    long weight = s.totalWeight[q];
    for (int k = 0; k < zeros; k++) {
      weight -= w[entries[k]] * s.multiplicity[groups[entries[k]]];
    }
    BigInteger paid = BigInteger.ZERO;
    for (int k = zeros; k < size; k++) {
      int entry = entries[k];
      int g = groups[entry];
      BigInteger a = need.subtract(paid);
      BigInteger left = s.uniform ? a : a.multiply(BigInteger.valueOf(w[entry]));
      if (left.compareTo(num[g].multiply(BigInteger.valueOf(weight))) <= 0) {
        Fraction r =
            Fraction.of(a, BigInteger.valueOf(weight).multiply(denominator).multiply(s.unit[q]));
        return new Evaluation(q, a, weight, k, entries, r);
      }
      long m = s.multiplicity[g];
      paid = paid.add(m == 1 ? num[g] : num[g].multiply(BigInteger.valueOf(m)));
      weight -= w[entry] * m;
    }
    throw new AssertionError("an affordable project always has a ρ");
  }

  private void sortByBudgetOverWeight(int[] entries, int from, int to, int[] groups, long[] w) {
    Integer[] boxed = new Integer[to - from];
    for (int k = from; k < to; k++) {
      boxed[k - from] = entries[k];
    }
    if (s.uniform) {
      Arrays.sort(boxed, (x, y) -> num[groups[x]].compareTo(num[groups[y]]));
    } else {
      Arrays.sort(
          boxed,
          (x, y) ->
              num[groups[x]]
                  .multiply(BigInteger.valueOf(w[y]))
                  .compareTo(num[groups[y]].multiply(BigInteger.valueOf(w[x]))));
    }
    for (int k = from; k < to; k++) {
      entries[k] = boxed[k - from];
    }
  }

  private void apply(Evaluation e) {
    int q = e.project;
    int[] groups = s.supporters[q];
    long[] w = s.weights[q];
    BigInteger weight = BigInteger.valueOf(e.w);
    BigInteger g0 = e.a.gcd(weight);
    BigInteger a = e.a.divide(g0);
    BigInteger factor = weight.divide(g0);
    int[] poor = new int[e.poorCount];
    BigInteger[] poorNum = new BigInteger[e.poorCount];
    for (int k = 0; k < e.poorCount; k++) {
      int g = groups[e.entries[k]];
      poor[k] = g;
      poorNum[k] = num[g];
      num[g] = BigInteger.ZERO;
      epoch[g] = round + 1;
    }
    for (int k = e.poorCount; k < e.entries.length; k++) {
      int entry = e.entries[k];
      int g = groups[entry];
      BigInteger pay = s.uniform ? a : a.multiply(BigInteger.valueOf(w[entry]));
      num[g] = num[g].multiply(factor).subtract(pay);
      epoch[g] = round + 1;
    }
    order[round] = q;
    rho[round] = e.rho;
    payments[round] = new Payment(q, denominator, a, factor, poor, poorNum);
    done[q] = true;
    for (int k = 0; k < scale.size(); k++) {
      scale.set(k, scale.get(k).multiply(factor));
    }
    scale.add(BigInteger.ONE);
    denominator = denominator.multiply(factor);
    round++;
  }
}
