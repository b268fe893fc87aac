package io.github.tongxin.governance.election.rules;

import io.github.tongxin.governance.internal.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consensus rule (after Lackner's Perpetual Consensus), as in abcvoting, in exact fractions.
 * Every voter starts with budget 0. In each of k rounds every voter's budget grows by their weight;
 * the support of a candidate not yet elected is the total budget of its approvers whose budget is
 * positive; a candidate of largest support is elected (the lowest index among ties), and each of
 * those supporters pays {@code weight × total weight / supporters' weight}, so that together they
 * pay the total weight. Irresolute: every committee some order of tie-breaking reaches.
 */
final class ConsensusRule {
  private ConsensusRule() {}

  static int[] resolute(ApprovalProfile profile, int k) {
    Run run = new Run(profile, k, true);
    run.explore(new boolean[profile.candidates()], 0, zeros(profile.voters()));
    return run.found.get(0);
  }

  static List<int[]> irresolute(ApprovalProfile profile, int k) {
    Run run = new Run(profile, k, false);
    run.explore(new boolean[profile.candidates()], 0, zeros(profile.voters()));
    return ThieleBigEngine.sorted(new ArrayList<>(run.found));
  }

  private static Rational[] zeros(int n) {
    Rational[] budget = new Rational[n];
    Arrays.fill(budget, Rational.ZERO);
    return budget;
  }

  /** A state of the rule: who is elected and every voter's budget before the next round. */
  private record Key(BitSet members, List<Rational> budget) {}

  private static final class Run {
    final ThieleInput input;
    final int k;
    final boolean firstOnly;
    final Rational[] weight;
    final Rational total;
    final List<int[]> found = new ArrayList<>();
    final Set<BitSet> committees = new HashSet<>();
    final Set<Key> seen = new HashSet<>();

    Run(ApprovalProfile profile, int k, boolean firstOnly) {
      this.input = ThieleInput.of(profile);
      this.k = k;
      this.firstOnly = firstOnly;
      this.weight = new Rational[input.voters];
      Rational sum = Rational.ZERO;
      for (int v = 0; v < input.voters; v++) {
        weight[v] = profile.weight(v);
        sum = sum.plus(weight[v]);
      }
      this.total = sum;
    }

    /** Explores the rounds from this state; true once a committee is found with firstOnly. */
    boolean explore(boolean[] member, int size, Rational[] budget) {
      if (size == k) {
        BitSet set = ThieleEngine.bitSet(member);
        if (committees.add(set)) {
          found.add(set.stream().toArray());
        }
        return firstOnly;
      }
      if (!seen.add(new Key(ThieleEngine.bitSet(member), List.of(budget)))) {
        return false;
      }
      int n = input.voters;
      int m = input.candidates;
      Rational[] grown = new Rational[n];
      for (int v = 0; v < n; v++) {
        grown[v] = budget[v].plus(weight[v]);
      }
      Rational[] support = new Rational[m];
      Rational max = Rational.ZERO;
      for (int c = 0; c < m; c++) {
        if (member[c]) {
          continue;
        }
        Rational s = Rational.ZERO;
        for (int v : input.approvers[c]) {
          if (grown[v].signum() > 0) {
            s = s.plus(grown[v]);
          }
        }
        support[c] = s;
        max = max.max(s);
      }
      for (int c = 0; c < m; c++) {
        if (member[c] || support[c].compareTo(max) != 0) {
          continue;
        }
        Rational[] next = grown.clone();
        Rational payers = Rational.ZERO;
        for (int v : input.approvers[c]) {
          if (grown[v].signum() > 0) {
            payers = payers.plus(weight[v]);
          }
        }
        if (payers.signum() > 0) {
          Rational price = total.dividedBy(payers);
          for (int v : input.approvers[c]) {
            if (grown[v].signum() > 0) {
              next[v] = grown[v].minus(weight[v].times(price));
            }
          }
        }
        member[c] = true;
        boolean stop = explore(member, size + 1, next);
        member[c] = false;
        if (stop) {
          return true;
        }
      }
      return false;
    }
  }
}
