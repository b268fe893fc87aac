package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.internal.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * pabutools' {@code max_additive_utilitarian_welfare(instance, profile, sat_class=...)} with its
 * resolute default, the {@code PRIMAL_DUAL} knapsack branch and bound, reproduced step by step so
 * that it returns the same optimal set.
 *
 * <ol>
 *   <li>Projects costing nothing are funded first if their total satisfaction is positive and
 *       dropped otherwise.
 *   <li>The other projects are knapsack items (weight = cost, profit = total satisfaction), in the
 *       tie-breaking's order (id order by default; pabutools iterates its project set), then stably
 *       sorted by decreasing efficiency {@code profit / weight}.
 *   <li>The split item is the first that does not fit after the ones before it. A depth-first
 *       search starts from the prefix before it: while the tentative set fits, it records it if its
 *       profit beats the best so far (strictly), then tries adding the next item {@code b}, then
 *       skipping it; while it does not fit, it tries removing the last item {@code a} of the
 *       prefix, then keeping it. A branch is pruned when its profit plus {@code floor((capacity −
 *       weight) × efficiency)} of item {@code b} (when it fits) or {@code a} (when it does not) is
 *       not above the best so far. The floor makes the bound exact only for integer profits; with
 *       fractional profits (decimal costs) the search can, as in pabutools, miss the optimum.
 *   <li>The result is the prefix up to the best record's {@code a} plus the items between {@code a}
 *       and {@code b} chosen on the way to it, in efficiency order.
 * </ol>
 *
 * <p>All arithmetic is on exact integers: costs and profits scaled by powers of ten. Under {@link
 * TieBreaking#REFUSE} the rule refuses when another feasible set reaches at least the same welfare
 * (found by an exact search), naming the projects on which the two sets differ.
 */
final class MaxWelfare implements BudgetRule {
  private final String id;
  private final SatisfactionMeasure measure;

  MaxWelfare(String id, SatisfactionMeasure measure) {
    this.id = checkNotNull(id, "id");
    this.measure = checkNotNull(measure, "measure");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public boolean appliesTo(VoteType type) {
    return measure.appliesTo(checkNotNull(type, "type"));
  }

  @Override
  public Decision<BudgetOutcome> apply(
      BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    BudgetTally tally = BudgetTally.of(this, instance, profile, tieBreaking);
    BigDecimal[] profit = tally.totalSatisfaction(measure);
    List<Integer> selection = new ArrayList<>();
    List<Integer> itemList = new ArrayList<>();
    BigDecimal capacity = tally.budget();
    for (int q : tally.preferenceOrder(tieBreaking)) {
      if (tally.costs[q].signum() == 0) {
        if (profit[q].signum() > 0) {
          selection.add(q);
        }
      } else {
        itemList.add(q);
      }
    }
    Integer[] items = itemList.toArray(new Integer[0]);
    // Stable, by decreasing profit / cost (costs are positive: compare cross-products).
    BigDecimal[] costs = tally.costs;
    Arrays.sort(
        items, (p, q) -> profit[q].multiply(costs[p]).compareTo(profit[p].multiply(costs[q])));
    Knapsack knapsack = new Knapsack(tally.costs, profit, items, capacity);
    for (int i : knapsack.solve()) {
      selection.add(items[i]);
    }
    if (tieBreaking == TieBreaking.REFUSE) {
      Optional<Decision<BudgetOutcome>> refusal =
          refuseIfNotUnique(tally, profit, items, selection);
      if (refusal.isPresent()) {
        return refusal.get();
      }
    }
    return tally.accept(id, tieBreaking, selection);
  }

  /**
   * A refusal if a feasible set other than {@code selection} has at least its welfare: a superset
   * (some unselected project fits in the budget left; satisfactions are never negative) or a set
   * without one of the selected items (exact depth-first search with the fractional bound).
   */
  private Optional<Decision<BudgetOutcome>> refuseIfNotUnique(
      BudgetTally tally, BigDecimal[] profit, Integer[] items, List<Integer> selection) {
    Set<Integer> chosen = new HashSet<>(selection);
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal welfare = BigDecimal.ZERO;
    for (int q : selection) {
      spent = spent.add(tally.costs[q]);
      welfare = welfare.add(profit[q]);
    }
    BigDecimal left = tally.budget().subtract(spent);
    List<Integer> addable = new ArrayList<>();
    for (int q = 0; q < tally.size(); q++) {
      if (!chosen.contains(q) && tally.costs[q].compareTo(left) <= 0) {
        addable.add(q);
      }
    }
    if (!addable.isEmpty()) {
      return Optional.of(
          tally.refuseTie(
              id,
              addable,
              "each fits in the budget left, and funding it too keeps at least the welfare "
                  + welfare));
    }
    BigDecimal itemWelfare = welfare;
    for (int q : selection) {
      if (tally.costs[q].signum() == 0) {
        itemWelfare = itemWelfare.subtract(profit[q]);
      }
    }
    for (int q : selection) {
      if (tally.costs[q].signum() == 0) {
        continue;
      }
      Optional<List<Integer>> other =
          new ExactSearch(tally.costs, profit, items, q, itemWelfare).find(tally.budget());
      if (other.isPresent()) {
        Set<Integer> differ = new HashSet<>(other.get());
        for (int r : selection) {
          if (tally.costs[r].signum() > 0 && !differ.remove(r)) {
            differ.add(r);
          }
        }
        return Optional.of(
            tally.refuseTie(
                id,
                differ,
                "the sets differing in them both reach at least the welfare " + welfare));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }

  /** The primal–dual branch and bound over items sorted by decreasing efficiency. */
  private static final class Knapsack {
    private final BigInteger[] weight;
    private final BigInteger[] profit;

    /** Efficiency of each item, in profit units per scaled weight: num / den. */
    private final BigInteger[] efficiencyNum;

    private final BigInteger[] efficiencyDen;
    private final BigInteger profitScale;
    private final BigInteger capacity;
    private final int[] x;
    private BigInteger lowerBound = BigInteger.ZERO;
    private int aStar = -1;
    private int bStar = -1;

    Knapsack(BigDecimal[] costs, BigDecimal[] profits, Integer[] items, BigDecimal budget) {
      int weightScale = Math.max(budget.scale(), 0);
      int profitScaleDigits = 0;
      for (int q : items) {
        weightScale = Math.max(weightScale, costs[q].scale());
        profitScaleDigits = Math.max(profitScaleDigits, profits[q].scale());
      }
      int m = items.length;
      weight = new BigInteger[m];
      profit = new BigInteger[m];
      efficiencyNum = new BigInteger[m];
      efficiencyDen = new BigInteger[m];
      profitScale = BigInteger.TEN.pow(profitScaleDigits);
      for (int i = 0; i < m; i++) {
        weight[i] = costs[items[i]].movePointRight(weightScale).toBigIntegerExact();
        profit[i] = profits[items[i]].movePointRight(profitScaleDigits).toBigIntegerExact();
        // floor((C − W) × p / c) in profit units = floor((C' − W') × P' / (10^sp × W')).
        BigInteger num = profit[i];
        BigInteger den = profitScale.multiply(weight[i]);
        BigInteger g = num.gcd(den);
        efficiencyNum[i] = num.divide(g);
        efficiencyDen[i] = den.divide(g);
      }
      capacity = budget.movePointRight(weightScale).toBigIntegerExact();
      x = new int[m];
    }

    /** The positions of the chosen items, in item order. */
    List<Integer> solve() {
      int m = weight.length;
      List<Integer> result = new ArrayList<>();
      if (m == 0) {
        return result; // pabutools would fail on an empty item list; nothing to choose
      }
      BigInteger room = capacity;
      int split = -1;
      BigInteger splitWeight = BigInteger.ZERO;
      BigInteger splitProfit = BigInteger.ZERO;
      for (int i = 0; i < m; i++) {
        room = room.subtract(weight[i]);
        split = i;
        if (split == m - 1 && room.signum() >= 0) {
          split++;
        }
        if (room.signum() < 0) {
          break;
        }
        splitWeight = splitWeight.add(weight[i]);
        splitProfit = splitProfit.add(profit[i]);
      }
      branch(split - 1, split, splitProfit, splitWeight);
      for (int i = 0; i < m && i < bStar; i++) {
        if (i < aStar + 1) {
          x[i] = 1;
        }
        if (x[i] == 1) {
          result.add(i);
        }
      }
      return result;
    }

    private boolean branch(int a, int b, BigInteger profitSum, BigInteger weightSum) {
      boolean improved = false;
      if (weightSum.compareTo(capacity) <= 0) {
        if (profitSum.compareTo(lowerBound) > 0) {
          lowerBound = profitSum;
          aStar = a;
          bStar = b;
          improved = true;
        }
        if (b > weight.length - 1) {
          return improved;
        }
        if (profitSum.add(bound(weightSum, b)).compareTo(lowerBound) <= 0) {
          return improved;
        }
        if (branch(a, b + 1, profitSum.add(profit[b]), weightSum.add(weight[b]))) {
          x[b] = 1;
          improved = true;
        }
        if (branch(a, b + 1, profitSum, weightSum)) {
          x[b] = 0;
          improved = true;
        }
      } else {
        if (a < 0) {
          return false;
        }
        if (profitSum.add(bound(weightSum, a)).compareTo(lowerBound) <= 0) {
          return false;
        }
        if (branch(a - 1, b, profitSum.subtract(profit[a]), weightSum.subtract(weight[a]))) {
          x[a] = 0;
          improved = true;
        }
        if (branch(a - 1, b, profitSum, weightSum)) {
          x[a] = 1;
          improved = true;
        }
      }
      return improved;
    }

    /** {@code floor((capacity − weightSum) × efficiency(item))}, in scaled profit units. */
    private BigInteger bound(BigInteger weightSum, int item) {
      BigInteger[] qr =
          capacity
              .subtract(weightSum)
              .multiply(efficiencyNum[item])
              .divideAndRemainder(efficiencyDen[item]);
      BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
      return floor.multiply(profitScale);
    }
  }

  /**
   * Exact search for a feasible set of items, without one excluded project, whose profit reaches a
   * target: depth first in efficiency order, pruned by the fractional (linear relaxation) bound.
   */
  private static final class ExactSearch {
    private final Rational[] weight;
    private final Rational[] profit;
    private final int[] project;
    private final Rational target;
    private final List<Integer> chosen = new ArrayList<>();

    ExactSearch(
        BigDecimal[] costs,
        BigDecimal[] profits,
        Integer[] items,
        int excluded,
        BigDecimal target) {
      List<Integer> kept = new ArrayList<>();
      for (int q : items) {
        if (q != excluded) {
          kept.add(q);
        }
      }
      weight = new Rational[kept.size()];
      profit = new Rational[kept.size()];
      project = new int[kept.size()];
      for (int i = 0; i < project.length; i++) {
        project[i] = kept.get(i);
        weight[i] = Rational.of(costs[project[i]]);
        profit[i] = Rational.of(profits[project[i]]);
      }
      this.target = Rational.of(target);
    }

    /** The projects of a set reaching the target, or empty if there is none. */
    Optional<List<Integer>> find(BigDecimal budget) {
      return search(0, Rational.ZERO, Rational.of(budget)) ? Optional.of(chosen) : Optional.empty();
    }

    private boolean search(int k, Rational value, Rational room) {
      if (value.compareTo(target) >= 0) {
        return true;
      }
      if (k == project.length || value.plus(relaxation(k, room)).compareTo(target) < 0) {
        return false;
      }
      if (weight[k].compareTo(room) <= 0) {
        chosen.add(project[k]);
        if (search(k + 1, value.plus(profit[k]), room.minus(weight[k]))) {
          return true;
        }
        chosen.remove(chosen.size() - 1);
      }
      return search(k + 1, value, room);
    }

    /** The best profit of items k.. in room, items divisible (they are in efficiency order). */
    private Rational relaxation(int k, Rational room) {
      Rational value = Rational.ZERO;
      for (int i = k; i < project.length; i++) {
        if (weight[i].compareTo(room) <= 0) {
          value = value.plus(profit[i]);
          room = room.minus(weight[i]);
        } else {
          return value.plus(profit[i].times(room).dividedBy(weight[i]));
        }
      }
      return value;
    }
  }
}
