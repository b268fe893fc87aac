package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Decision;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pabutools' {@code sequential_phragmen(instance, profile)} for approval ballots.
 *
 * <p>Projects costing more than the budget are removed first. Every voter starts with load 0. Each
 * round, every remaining project p gets {@code new_maxload(p) = (Σ_{i approves p} load_i + cost(p))
 * / |approvers of p|} (infinite without approvers); the projects with the smallest value tie. If
 * any of them no longer fits in the budget left, the rule stops (it does not skip); otherwise the
 * tie-breaking picks one, it is funded and each of its approvers' load becomes that value.
 *
 * <p>Voters with the same ballot always carry the same load, so the rule runs on distinct ballots
 * with multiplicities, and keeps each project's sum of approvers' loads up to date as loads change,
 * exactly (integers over a common denominator).
 */
final class SequentialPhragmen implements BudgetRule {
  static final String ID = "sequential_phragmen";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(VoteType type) {
    return checkNotNull(type, "type").isApproval();
  }

  @Override
  public Decision<BudgetOutcome> apply(
      BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    BudgetTally tally = BudgetTally.of(this, instance, profile, tieBreaking);
    Loads loads = new Loads(tally);
    int n = tally.size();
    BigDecimal budget = tally.budget();
    boolean[] remaining = new boolean[n];
    for (int q = 0; q < n; q++) {
      remaining[q] = tally.costs[q].compareTo(budget) <= 0;
    }
    Comparator<Integer> preference = tally.preference(tieBreaking);
    List<Integer> selection = new ArrayList<>();
    BigDecimal spent = BigDecimal.ZERO;
    while (true) {
      List<Integer> best = new ArrayList<>();
      for (int q = 0; q < n; q++) {
        if (!remaining[q]) {
          continue;
        }
        int c = best.isEmpty() ? -1 : loads.compareNewMaxLoads(q, best.get(0));
        if (c < 0) {
          best.clear();
        }
        if (c <= 0) {
          best.add(q);
        }
      }
      if (best.isEmpty()) {
        break;
      }
      BigDecimal left = budget.subtract(spent);
      if (best.stream().anyMatch(q -> tally.costs[q].compareTo(left) > 0)) {
        break;
      }
      if (tieBreaking == TieBreaking.REFUSE && best.size() > 1) {
        return tally.refuseTie(ID, best, "equal new maximal load " + loads.newMaxLoad(best.get(0)));
      }
      int chosen = best.stream().min(preference).orElseThrow();
      remaining[chosen] = false;
      selection.add(chosen);
      spent = spent.add(tally.costs[chosen]);
      loads.fund(chosen);
    }
    return tally.accept(ID, tieBreaking, selection);
  }

  /**
   * The voters' loads, exact, on integers over one common denominator: every load and every
   * project's sum of approvers' loads is a numerator over {@code denominator}, in units of {@code
   * 10^-scale} of the currency (costs scaled to integers). Comparing new maximal loads then needs
   * no division, and a new load rescales the numerators once instead of normalising a fraction at
   * every addition.
   */
  private static final class Loads {
    private final BudgetTally tally;
    private final int[][] supporters;
    private final BigInteger[] cost;

    /** Each distinct ballot's load, as an index into {@link #levels}. */
    private final int[] level;

    /** The loads seen so far (numerators); level 0 is load 0. */
    private final List<BigInteger> levels = new ArrayList<>(List.of(BigInteger.ZERO));

    /** Each project's sum of its approvers' loads (numerator). */
    private final BigInteger[] loadSum;

    /** Costs are in units of {@code 10^-scale}. */
    private final int scale;

    private BigInteger denominator = BigInteger.ONE;

    Loads(BudgetTally tally) {
      this.tally = tally;
      this.supporters = tally.supporters();
      int digits = 0;
      for (BigDecimal c : tally.costs) {
        digits = Math.max(digits, c.scale());
      }
      scale = digits;
      cost = new BigInteger[tally.size()];
      loadSum = new BigInteger[tally.size()];
      for (int q = 0; q < cost.length; q++) {
        cost[q] = tally.costs[q].movePointRight(scale).toBigIntegerExact();
        loadSum[q] = BigInteger.ZERO;
      }
      level = new int[tally.ballots.length];
    }

    /** The numerator of {@code new_maxload(q) × votes(q)}: the approvers' loads plus the cost. */
    private BigInteger numerator(int q) {
      return loadSum[q].add(cost[q].multiply(denominator));
    }

    /** Compares the new maximal loads of two projects; a project without approvers has infinity. */
    int compareNewMaxLoads(int p, int q) {
      long vp = tally.votes[p];
      long vq = tally.votes[q];
      if (vp == 0 || vq == 0) {
        return Boolean.compare(vp == 0, vq == 0);
      }
      return numerator(p)
          .multiply(BigInteger.valueOf(vq))
          .compareTo(numerator(q).multiply(BigInteger.valueOf(vp)));
    }

    /** The new maximal load of a project, in currency units, as text. */
    String newMaxLoad(int q) {
      if (tally.votes[q] == 0) {
        return "infinite";
      }
      return Fraction.of(
              numerator(q),
              denominator
                  .multiply(BigInteger.valueOf(tally.votes[q]))
                  .multiply(BigInteger.TEN.pow(scale)))
          .toString();
    }

    /**
     * Funds a project: its approvers' load becomes its new maximal load (nothing changes for a
     * project without approvers). The moved voters are counted per project and per old load; each
     * project's sum then changes by {@code (load − old) × count}.
     */
    void fund(int p) {
      long votes = tally.votes[p];
      if (votes == 0) {
        return;
      }
      BigInteger num = numerator(p);
      BigInteger den = denominator.multiply(BigInteger.valueOf(votes));
      BigInteger g = num.gcd(den);
      if (g.signum() != 0) {
        num = num.divide(g);
        den = den.divide(g);
      }
      // New common denominator lcm(denominator, den); rescale every numerator.
      BigInteger common = denominator.divide(denominator.gcd(den)).multiply(den);
      BigInteger factor = common.divide(denominator);
      if (!factor.equals(BigInteger.ONE)) {
        for (int q = 0; q < loadSum.length; q++) {
          loadSum[q] = loadSum[q].multiply(factor);
        }
        levels.replaceAll(l -> l.multiply(factor));
        denominator = common;
      }
      BigInteger load = num.multiply(common.divide(den));
      int newLevel = levels.size();
      levels.add(load);
      Map<Integer, long[]> movedByOldLevel = new LinkedHashMap<>();
      for (int b : supporters[p]) {
        long[] moved = movedByOldLevel.computeIfAbsent(level[b], k -> new long[loadSum.length]);
        for (int q : tally.ballots[b]) {
          moved[q] += tally.multiplicities[b];
        }
        level[b] = newLevel;
      }
      for (Map.Entry<Integer, long[]> entry : movedByOldLevel.entrySet()) {
        BigInteger delta = load.subtract(levels.get(entry.getKey()));
        long[] moved = entry.getValue();
        for (int q = 0; q < moved.length; q++) {
          if (moved[q] != 0) {
            loadSum[q] = loadSum[q].add(delta.multiply(BigInteger.valueOf(moved[q])));
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return ID;
  }
}
