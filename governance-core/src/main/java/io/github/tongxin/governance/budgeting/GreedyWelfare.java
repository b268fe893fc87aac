package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.internal.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * pabutools' {@code greedy_utilitarian_welfare(instance, profile, sat_class=...)}: walk the
 * projects by decreasing satisfaction per unit of cost and fund each one that still fits; a project
 * that does not fit is skipped, not the end of the walk.
 *
 * <p>The order is pabutools': projects by id, then stably by the tie-breaking's preference, then
 * stably by decreasing density {@code total satisfaction / cost}. For additive measures the density
 * of a project with no positive satisfaction is 0 and of a project costing nothing (with positive
 * satisfaction) is infinite; for {@link SatisfactionMeasure#ADDITIVE_BORDA}, which pabutools runs
 * through its general round-based scheme, a project costing nothing is always infinite.
 *
 * <p>Under {@link TieBreaking#REFUSE} the rule refuses when, at the moment it funds a project,
 * another project that also fits has the same density: the round-based reading of the rule (each
 * round funds a best project among those that fit) would have to choose between them.
 */
final class GreedyWelfare implements BudgetRule {
  private final String id;
  private final SatisfactionMeasure measure;

  GreedyWelfare(String id, SatisfactionMeasure measure) {
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
    return extend(tally, tieBreaking, id, "", List.of())
        .map(selection -> tally.outcome(id, tieBreaking, selection, List.of()));
  }

  /**
   * pabutools' rule started from an {@code initial_budget_allocation} (the completion step of
   * {@code completion_by_rule_combination}): the projects of {@code initial} count as funded and
   * the walk, over the other projects, spends what they leave.
   *
   * @param rule the id reported in a refusal
   * @param stage where in {@code rule} this runs, for a refusal (e.g. {@code " in the greedy
   *     completion"}); empty for the rule itself
   * @param initial project indices already funded, in order
   * @return {@code initial} followed by the projects this rule adds, or a refused tie
   */
  Decision<List<Integer>> extend(
      BudgetTally tally,
      TieBreaking tieBreaking,
      String rule,
      String stage,
      List<Integer> initial) {
    BigDecimal[] total = tally.totalSatisfaction(measure);
    Density[] density = new Density[tally.size()];
    for (int q = 0; q < density.length; q++) {
      density[q] = density(total[q], tally.costs[q]);
    }
    boolean[] funded = new boolean[tally.size()];
    List<Integer> selection = new ArrayList<>(initial);
    BigDecimal remaining = tally.budget();
    for (int q : initial) {
      funded[q] = true;
      remaining = remaining.subtract(tally.costs[q]);
    }
    Integer[] order =
        Arrays.stream(tally.preferenceOrder(tieBreaking)).filter(q -> !funded[q]).toArray(Integer[]::new);
    // Stable: among equal densities the tie-breaking's order stays.
    Arrays.sort(order, (p, q) -> density[q].compareTo(density[p]));
    for (int i = 0; i < order.length; i++) {
      int project = order[i];
      if (tally.costs[project].compareTo(remaining) > 0) {
        continue;
      }
      if (tieBreaking == TieBreaking.REFUSE) {
        List<Integer> tied = new ArrayList<>();
        for (int j = i + 1;
            j < order.length && density[order[j]].compareTo(density[project]) == 0;
            j++) {
          if (tally.costs[order[j]].compareTo(remaining) <= 0) {
            tied.add(order[j]);
          }
        }
        if (!tied.isEmpty()) {
          tied.add(project);
          return tally.refuseTie(
              rule,
              tied,
              "equal "
                  + measure.pabutoolsName()
                  + " per unit of cost, "
                  + density[project]
                  + stage);
        }
      }
      selection.add(project);
      remaining = remaining.subtract(tally.costs[project]);
    }
    return Decision.accepted(selection);
  }

  private Density density(BigDecimal total, BigDecimal cost) {
    if (cost.signum() == 0) {
      return measure.additiveInPabutools() && total.signum() <= 0 ? Density.ZERO : Density.INFINITE;
    }
    if (measure.additiveInPabutools() && total.signum() <= 0) {
      return Density.ZERO;
    }
    return Density.of(Rational.of(total).dividedBy(Rational.of(cost)));
  }

  @Override
  public String toString() {
    return id;
  }

  /** A satisfaction per unit of cost, or infinity. */
  private record Density(boolean infinite, Rational value) implements Comparable<Density> {
    static final Density ZERO = new Density(false, Rational.ZERO);
    static final Density INFINITE = new Density(true, Rational.ZERO);

    static Density of(Rational value) {
      return new Density(false, value);
    }

    @Override
    public int compareTo(Density other) {
      if (infinite || other.infinite) {
        return Boolean.compare(infinite, other.infinite);
      }
      return value.compareTo(other.value);
    }

    @Override
    public String toString() {
      return infinite ? "infinite" : value.toString();
    }
  }
}
