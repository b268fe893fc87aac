package io.github.tongxin.governance.election.rules;

import io.github.tongxin.governance.internal.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A slow, plain reading of abcvoting's definitions of the rules in {@link PhragmenFamily}: every
 * number a {@link Rational}, every round recomputed from scratch, ties explored by plain
 * recursion without any memo. The fast implementations must agree with it exactly.
 */
final class PhragmenFamilyReference {
  private final ApprovalProfile profile;
  private final int k;
  private final int n;
  private final int m;
  private final Rational[] weight;
  private final Rational totalWeight;

  PhragmenFamilyReference(ApprovalProfile profile, int committeeSize) {
    this.profile = profile;
    this.k = committeeSize;
    this.n = profile.voters();
    this.m = profile.candidates();
    this.weight = new Rational[n];
    Rational total = Rational.ZERO;
    for (int v = 0; v < n; v++) {
      weight[v] = Rational.of(profile.weights().get(v));
      total = total.plus(weight[v]);
    }
    this.totalWeight = total;
  }

  private boolean approves(int v, int c) {
    return profile.ballots().get(v).contains(c);
  }

  /** Every committee (resolute: the lowest-index branch only). */
  TreeSet<Committee> run(String ruleId, boolean resolute) {
    TreeSet<Committee> result = new TreeSet<>();
    switch (ruleId) {
      case "seqphragmen" -> {
        Rational[] loads = new Rational[n];
        Arrays.fill(loads, Rational.ZERO);
        phragmen(new ArrayList<>(), loads, resolute, result);
      }
      case "equal-shares", "equal-shares-with-av-completion", "equal-shares-without-completion" ->
          equalShares(new ArrayList<>(), startBudgets(Rational.of(k)), ruleId, resolute, result);
      case "equal-shares-with-increment-completion" -> result.add(increment());
      case "phragmen-enestroem" -> {
        enestroem(new ArrayList<>(), weight.clone(), resolute, result);
      }
      case "maximin-support" -> maximinSupport(new ArrayList<>(), resolute, result);
      case "minimaxphragmen" -> minimaxPhragmen(result);
      default -> throw new IllegalArgumentException(ruleId);
    }
    if (resolute) {
      return new TreeSet<>(List.of(result.first()));
    }
    return result;
  }

  private Rational[] startBudgets(Rational units) {
    Rational[] budgets = new Rational[n];
    for (int v = 0; v < n; v++) {
      budgets[v] = weight[v].times(units).dividedBy(totalWeight);
    }
    return budgets;
  }

  // ---- seq-Phragmén ----

  private void phragmen(List<Integer> committee, Rational[] loads, boolean resolute, TreeSet<Committee> out) {
    if (committee.size() == k) {
      out.add(Committee.of(committee));
      return;
    }
    Rational[] value = new Rational[m];
    Rational best = null;
    for (int c = 0; c < m; c++) {
      if (committee.contains(c)) {
        continue;
      }
      Rational support = Rational.ZERO;
      Rational load = Rational.ONE;
      for (int v = 0; v < n; v++) {
        if (approves(v, c)) {
          support = support.plus(weight[v]);
          load = load.plus(weight[v].times(loads[v]));
        }
      }
      value[c] = support.signum() > 0 ? load.dividedBy(support) : Rational.of(k + 1L);
      if (best == null || value[c].compareTo(best) < 0) {
        best = value[c];
      }
    }
    for (int c = 0; c < m; c++) {
      if (value[c] != null && value[c].compareTo(best) == 0) {
        Rational[] next = loads.clone();
        for (int v = 0; v < n; v++) {
          if (approves(v, c)) {
            next[v] = value[c];
          }
        }
        List<Integer> bigger = new ArrayList<>(committee);
        bigger.add(c);
        phragmen(bigger, next, resolute, out);
        if (resolute) {
          return;
        }
      }
    }
  }

  // ---- Method of Equal Shares ----

  private Rational price(Rational[] budgets, int c) {
    Rational total = Rational.ZERO;
    for (int v = 0; v < n; v++) {
      if (approves(v, c)) {
        total = total.plus(budgets[v]);
      }
    }
    if (total.compareTo(Rational.ONE) < 0) {
      return null;
    }
    // The smallest q with sum of min(budget, q * weight) = 1, by trying each voter as the
    // richest poor voter (a different method from the implementation's fixed point).
    List<Integer> voters = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (approves(v, c)) {
        voters.add(v);
      }
    }
    voters.sort((x, y) -> budgets[x].dividedBy(weight[x]).compareTo(budgets[y].dividedBy(weight[y])));
    Rational paid = Rational.ZERO;
    Rational richWeight = Rational.ZERO;
    for (int v : voters) {
      richWeight = richWeight.plus(weight[v]);
    }
    for (int v : voters) {
      // Everyone from v on pays q * weight, those before pay everything.
      Rational q = Rational.ONE.minus(paid).dividedBy(richWeight);
      if (q.times(weight[v]).compareTo(budgets[v]) <= 0) {
        return q;
      }
      paid = paid.plus(budgets[v]);
      richWeight = richWeight.minus(weight[v]);
    }
    throw new AssertionError("affordable but no price");
  }

  private void equalShares(
      List<Integer> committee, Rational[] budgets, String ruleId, boolean resolute, TreeSet<Committee> out) {
    if (committee.size() == k) {
      out.add(Committee.of(committee));
      return;
    }
    Rational[] price = new Rational[m];
    Rational best = null;
    for (int c = 0; c < m; c++) {
      if (!committee.contains(c)) {
        price[c] = price(budgets, c);
        if (price[c] != null && (best == null || price[c].compareTo(best) < 0)) {
          best = price[c];
        }
      }
    }
    if (best == null) {
      switch (ruleId) {
        case "equal-shares" -> {
          Rational[] loads = new Rational[n];
          for (int v = 0; v < n; v++) {
            loads[v] = budgets[v].dividedBy(weight[v]).negated();
          }
          phragmen(committee, loads, resolute, out);
        }
        case "equal-shares-with-av-completion" -> approvalVotingCompletion(committee, resolute, out);
        default -> out.add(Committee.of(committee));
      }
      return;
    }
    for (int c = 0; c < m; c++) {
      if (price[c] != null && price[c].compareTo(best) == 0) {
        Rational[] next = budgets.clone();
        for (int v = 0; v < n; v++) {
          if (approves(v, c)) {
            next[v] = next[v].minus(next[v].min(price[c].times(weight[v])));
          }
        }
        List<Integer> bigger = new ArrayList<>(committee);
        bigger.add(c);
        equalShares(bigger, next, ruleId, resolute, out);
        if (resolute) {
          return;
        }
      }
    }
  }

  private Rational approvalWeight(int c) {
    Rational total = Rational.ZERO;
    for (int v = 0; v < n; v++) {
      if (approves(v, c)) {
        total = total.plus(weight[v]);
      }
    }
    return total;
  }

  /** abcvoting's av_phase, by enumerating every AV committee of each size. */
  private void approvalVotingCompletion(List<Integer> committee, boolean resolute, TreeSet<Committee> out) {
    for (int size = k - committee.size(); size <= m; size++) {
      TreeSet<Committee> found = new TreeSet<>();
      for (Committee av : approvalVoting(size)) {
        TreeSet<Integer> union = new TreeSet<>(av.members());
        union.addAll(committee);
        if (union.size() == k) {
          found.add(Committee.of(union));
        }
      }
      if (!found.isEmpty()) {
        out.add(found.first());
        if (!resolute) {
          out.addAll(found);
        }
        return;
      }
    }
    throw new AssertionError("no AV completion");
  }

  /** Every committee of the given size with maximal total approval weight. */
  private List<Committee> approvalVoting(int size) {
    Rational[] score = new Rational[m];
    for (int c = 0; c < m; c++) {
      score[c] = approvalWeight(c);
    }
    List<Committee> best = new ArrayList<>();
    Rational[] bestScore = {null};
    combinations(size, 0, new ArrayList<>(), members -> {
      Rational total = Rational.ZERO;
      for (int c : members) {
        total = total.plus(score[c]);
      }
      int order = bestScore[0] == null ? 1 : total.compareTo(bestScore[0]);
      if (order > 0) {
        best.clear();
        bestScore[0] = total;
      }
      if (order >= 0) {
        best.add(Committee.of(members));
      }
    });
    return best;
  }

  private void combinations(int size, int from, List<Integer> chosen, java.util.function.Consumer<List<Integer>> action) {
    if (chosen.size() == size) {
      action.accept(chosen);
      return;
    }
    for (int c = from; c < m; c++) {
      chosen.add(c);
      combinations(size, c + 1, chosen, action);
      chosen.remove(chosen.size() - 1);
    }
  }

  private Committee increment() {
    List<Integer> approved = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      if (approvalWeight(c).signum() > 0) {
        approved.add(c);
      }
    }
    if (approved.size() < k) {
      for (int c = 0; c < m && approved.size() < k; c++) {
        if (!approved.contains(c)) {
          approved.add(c);
        }
      }
      return Committee.of(approved);
    }
    for (long size = k; ; size++) {
      TreeSet<Committee> out = new TreeSet<>();
      equalShares(new ArrayList<>(), startBudgets(Rational.of(size)), "none", true, out);
      if (out.first().size() == k) {
        return out.first();
      }
    }
  }

  // ---- Phragmén–Eneström ----

  private void enestroem(List<Integer> committee, Rational[] budgets, boolean resolute, TreeSet<Committee> out) {
    if (committee.size() == k) {
      out.add(Committee.of(committee));
      return;
    }
    Rational price = totalWeight.dividedBy(k);
    Rational[] support = new Rational[m];
    Rational best = null;
    for (int c = 0; c < m; c++) {
      if (committee.contains(c)) {
        continue;
      }
      support[c] = Rational.ZERO;
      for (int v = 0; v < n; v++) {
        if (approves(v, c) && budgets[v].signum() > 0) {
          support[c] = support[c].plus(budgets[v]);
        }
      }
      if (best == null || support[c].compareTo(best) > 0) {
        best = support[c];
      }
    }
    Rational multiplier = best.compareTo(price) > 0 ? best.minus(price).dividedBy(best) : Rational.ZERO;
    for (int c = 0; c < m; c++) {
      if (support[c] != null && support[c].compareTo(best) == 0) {
        Rational[] next = budgets.clone();
        for (int v = 0; v < n; v++) {
          if (approves(v, c)) {
            next[v] = next[v].times(multiplier);
          }
        }
        List<Integer> bigger = new ArrayList<>(committee);
        bigger.add(c);
        enestroem(bigger, next, resolute, out);
        if (resolute) {
          return;
        }
      }
    }
  }

  // ---- maximin support ----

  /** min over nonempty T ⊆ members of w(N(T)) / |T|, by enumerating every T. */
  private Rational supportValue(List<Integer> members) {
    Rational best = null;
    int size = members.size();
    for (int mask = 1; mask < (1 << size); mask++) {
      Rational covered = Rational.ZERO;
      for (int v = 0; v < n; v++) {
        for (int i = 0; i < size; i++) {
          if ((mask & (1 << i)) != 0 && approves(v, members.get(i))) {
            covered = covered.plus(weight[v]);
            break;
          }
        }
      }
      Rational ratio = covered.dividedBy(Integer.bitCount(mask));
      if (best == null || ratio.compareTo(best) < 0) {
        best = ratio;
      }
    }
    return best;
  }

  private void maximinSupport(List<Integer> committee, boolean resolute, TreeSet<Committee> out) {
    if (committee.size() == k) {
      out.add(Committee.of(committee));
      return;
    }
    Rational[] value = new Rational[m];
    Rational best = null;
    for (int c = 0; c < m; c++) {
      if (!committee.contains(c)) {
        List<Integer> bigger = new ArrayList<>(committee);
        bigger.add(c);
        value[c] = supportValue(bigger);
        if (best == null || value[c].compareTo(best) > 0) {
          best = value[c];
        }
      }
    }
    for (int c = 0; c < m; c++) {
      if (value[c] != null && value[c].compareTo(best) == 0) {
        List<Integer> bigger = new ArrayList<>(committee);
        bigger.add(c);
        maximinSupport(bigger, resolute, out);
        if (resolute) {
          return;
        }
      }
    }
  }

  // ---- minimax-Phragmén ----

  /**
   * Every committee of k approved candidates (all approved ones plus any unapproved ones if fewer
   * than k are approved) with the smallest maximum load, where the smallest maximum load of W is
   * max over nonempty T ⊆ W of |T| / w(N(T)) (Hall's condition for distributing the loads), by
   * brute force over committees and their subsets.
   */
  private void minimaxPhragmen(TreeSet<Committee> out) {
    List<Integer> approved = new ArrayList<>();
    List<Integer> unapproved = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      boolean any = false;
      for (int v = 0; v < n; v++) {
        any |= approves(v, c);
      }
      (any ? approved : unapproved).add(c);
    }
    Rational best = null;
    for (int set = 0; set < 1 << m; set++) {
      if (Integer.bitCount(set) != k) {
        continue;
      }
      List<Integer> members = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if ((set >> c & 1) == 1) {
          members.add(c);
        }
      }
      if (approved.size() < k) {
        if (members.containsAll(approved)) {
          out.add(Committee.of(members));
        }
        continue;
      }
      if (!approved.containsAll(members)) {
        continue;
      }
      Rational maxLoad = Rational.ZERO;
      for (int sub = set; sub > 0; sub = (sub - 1) & set) {
        Rational reached = Rational.ZERO;
        for (int v = 0; v < n; v++) {
          for (int c = 0; c < m; c++) {
            if ((sub >> c & 1) == 1 && approves(v, c)) {
              reached = reached.plus(weight[v]);
              break;
            }
          }
        }
        maxLoad = maxLoad.max(Rational.of(Integer.bitCount(sub)).dividedBy(reached));
      }
      int versus = best == null ? -1 : maxLoad.compareTo(best);
      if (versus < 0) {
        out.clear();
        best = maxLoad;
      }
      if (versus <= 0) {
        out.add(Committee.of(members));
      }
    }
  }
}
