package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The exact payments of a run of the Method of Equal Shares, rebuilt from its trace with
 * big-number work per round rather than per supporter. Not public.
 *
 * <p>Write {@code x_r} for what a rich supporter pays per unit of weight in round {@code r}, and
 * {@code B} for the budget every voter starts with. A voter group that was rich in the rounds
 * {@code R} (with weights {@code w_r}) has {@code B − Σ_{r∈R} w_r·x_r} left, so what the poor
 * supporters of round {@code r} pay together is {@code M·B − Σ_{r'<r} c_{r'}·x_{r'}}, where
 * {@code M} is their number and {@code c_{r'}} the weight with which they paid in round {@code
 * r'}: integers counted per supporter, multiplied out once per earlier round. That gives the
 * rich payment {@code x_r = (cost − poor payments) / W} ({@code W} the weight of the rich). All
 * amounts are integer numerators over one denominator {@code D_r}, multiplied by a factor each
 * round (as in {@link MesRun}); a poor group's payment is worked out once, at the end, over the
 * final denominator.
 *
 * <p>The split into poor and rich supporters is the trace's ({@link FastMesRun} certifies it);
 * this class does not check it. {@link MesRun#replay} does, exactly and supporter by supporter,
 * and {@link EqualSharesRule} runs it when assertions are enabled (as in the tests).
 */
final class MesPayments {
  private final MesSetup s;
  private final MesTrace trace;
  /** The rounds in which each group paid as a rich supporter: linked lists, newest first. */
  private final int[] head;
  private int[] next = new int[64];
  private int[] roundOf = new int[64];
  private long[] weightOf = new long[64];
  private int entries;
  /** The round in which each group paid all it had left, or -1. */
  private final int[] poorRound;
  /** {@code r + 1} for the poor supporters of round {@code r}. */
  private final int[] stamp;
  /** Per earlier round, the weight with which this round's poor paid in it. */
  private final long[] paidWith;
  /** {@code x_r · D}: what a rich supporter paid per unit of weight, over the denominator D. */
  private final BigInteger[] x;
  /** {@code B · D}: the starting budget over the denominator D. */
  private BigInteger budget;
  private BigInteger denominator;
  /** What a rich supporter of weight 1 paid in each round. */
  private final Fraction[] richPays;

  private MesPayments(MesSetup setup, BigInteger budgetNum, BigInteger budgetDen, MesTrace trace) {
    this.s = setup;
    this.trace = trace;
    int rounds = trace.order().length;
    head = new int[s.groupCount];
    Arrays.fill(head, -1);
    poorRound = new int[s.groupCount];
    Arrays.fill(poorRound, -1);
    stamp = new int[s.groupCount];
    paidWith = new long[rounds];
    x = new BigInteger[rounds];
    budget = budgetNum;
    denominator = budgetDen;
    richPays = new Fraction[rounds];
  }

  /**
   * Every voter's exact payments, per project in selection order (positive payments only), for
   * the run at {@code budgetNum / budgetDen} per voter (scaled money) that {@code trace} records.
   * Voters of one group share one map.
   */
  static List<ImmutableMap<ProjectId, Fraction>> of(
      MesSetup s, BigInteger budgetNum, BigInteger budgetDen, MesTrace trace) {
    MesPayments payments = new MesPayments(s, budgetNum, budgetDen, trace);
    for (int r = 0; r < trace.order().length; r++) {
      payments.round(r);
    }
    return payments.byVoter();
  }

  private void round(int r) {
    int q = trace.order()[r];
    for (int g : trace.poor()[r]) {
      stamp[g] = r + 1;
    }
    int[] groups = s.supporters[q];
    long[] m = s.multiplicityOf[q];
    long[] w = s.weights[q];
    Arrays.fill(paidWith, 0, r, 0);
    long poorWithMoney = 0;
    long weight = s.totalWeight[q];
    for (int k = 0; k < groups.length; k++) {
      int g = groups[k];
      long wk = s.uniform ? 1 : w[k];
      if (stamp[g] == r + 1) {
        weight -= wk * m[k];
        if (poorRound[g] < 0) {
          poorRound[g] = r;
          poorWithMoney += m[k];
          for (int e = head[g]; e >= 0; e = next[e]) {
            paidWith[roundOf[e]] += weightOf[e] * m[k];
          }
        }
      } else {
        if (poorRound[g] >= 0) {
          throw new AssertionError("the trace has a voter without money pay for " + s.ids[q]);
        }
        paidRich(g, r, wk);
      }
    }
    BigInteger poorPaid = budget.multiply(BigInteger.valueOf(poorWithMoney));
    for (int earlier = 0; earlier < r; earlier++) {
      if (paidWith[earlier] != 0) {
        poorPaid = poorPaid.subtract(x[earlier].multiply(BigInteger.valueOf(paidWith[earlier])));
      }
    }
    BigInteger a = s.cost[q].multiply(denominator).subtract(poorPaid);
    if (weight <= 0 || a.signum() <= 0) {
      throw new AssertionError("the trace leaves nobody to pay for " + s.ids[q]);
    }
    BigInteger big = BigInteger.valueOf(weight);
    BigInteger g0 = a.gcd(big);
    BigInteger factor = big.divide(g0);
    if (!factor.equals(BigInteger.ONE)) {
      for (int earlier = 0; earlier < r; earlier++) {
        x[earlier] = x[earlier].multiply(factor);
      }
      budget = budget.multiply(factor);
      denominator = denominator.multiply(factor);
    }
    x[r] = a.divide(g0);
    richPays[r] = Fraction.unreduced(x[r], denominator.multiply(s.moneyScale));
  }

  /** Records that group {@code g} paid as a rich supporter of weight {@code w} in round {@code r}. */
  private void paidRich(int g, int r, long w) {
    if (entries == next.length) {
      next = Arrays.copyOf(next, 2 * entries);
      roundOf = Arrays.copyOf(roundOf, 2 * entries);
      weightOf = Arrays.copyOf(weightOf, 2 * entries);
    }
    next[entries] = head[g];
    roundOf[entries] = r;
    weightOf[entries] = w;
    head[g] = entries++;
  }

  /** The payments of every voter, over the final denominator. */
  private List<ImmutableMap<ProjectId, Fraction>> byVoter() {
    BigInteger money = denominator.multiply(s.moneyScale);
    ImmutableMap<?, ?>[] result = new ImmutableMap<?, ?>[s.voters];
    int[] rounds = new int[trace.order().length];
    long[] weights = new long[trace.order().length];
    for (int g = 0; g < s.groupCount; g++) {
      int count = 0;
      BigInteger left = budget;
      for (int e = head[g]; e >= 0; e = next[e]) {
        int r = roundOf[e];
        long w = weightOf[e];
        rounds[count] = r;
        weights[count++] = w;
        if (poorRound[g] >= 0) {
          left = left.subtract(w == 1 ? x[r] : x[r].multiply(BigInteger.valueOf(w)));
        }
      }
      boolean paysAll = poorRound[g] >= 0 && left.signum() > 0;
      ImmutableMap<ProjectId, Fraction> map = ImmutableMap.of();
      if (count > 0 || paysAll) {
        ImmutableMap.Builder<ProjectId, Fraction> builder =
            ImmutableMap.builderWithExpectedSize(count + 1);
        for (int k = count - 1; k >= 0; k--) {
          int r = rounds[k];
          Fraction pays =
              weights[k] == 1
                  ? richPays[r]
                  : Fraction.unreduced(x[r].multiply(BigInteger.valueOf(weights[k])), money);
          builder.put(s.ids[trace.order()[r]], pays);
        }
        if (paysAll) {
          builder.put(s.ids[trace.order()[poorRound[g]]], Fraction.unreduced(left, money));
        }
        map = builder.buildOrThrow();
      }
      for (int v : s.groupVoters[g]) {
        result[v] = map;
      }
    }
    @SuppressWarnings("unchecked")
    List<ImmutableMap<ProjectId, Fraction>> list =
        (List<ImmutableMap<ProjectId, Fraction>>) (List<?>) Arrays.asList(result);
    return list;
  }
}
