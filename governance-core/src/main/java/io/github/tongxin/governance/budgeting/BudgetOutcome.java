package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * What a budgeting rule funds: the projects in the order selected, their total cost, the budget
 * left, whether the outcome is exhaustive (no unselected project fits in what is left), and for
 * the Method of Equal Shares what every voter paid.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BudgetOutcome {
  BudgetOutcome() {}

  /**
   * The id of the rule that produced the outcome, e.g. {@code "mes_cost_sat_add1_greedy_cost"}.
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * The tie-breaking used.
   *
   * @return the tie-breaking
   */
  public abstract TieBreaking tieBreaking();

  /**
   * The funded projects, in the order the rule selected them.
   *
   * @return the selection order
   */
  public abstract ImmutableList<ProjectId> selectionOrder();

  /**
   * The funded projects in id order (plain string order).
   *
   * @return the winners, sorted
   */
  @Value.Derived
  public ImmutableList<ProjectId> winners() {
    return ImmutableList.sortedCopyOf(selectionOrder());
  }

  /**
   * The total cost of the funded projects.
   *
   * @return the total cost
   */
  public abstract BigDecimal totalCost();

  /**
   * The budget left: budget minus total cost.
   *
   * @return the leftover
   */
  public abstract BigDecimal leftover();

  /**
   * Whether no unselected project costs at most the leftover.
   *
   * @return {@code true} if exhaustive
   */
  public abstract boolean isExhaustive();

  /**
   * For rules with a payment system (Method of Equal Shares): each voter's payments, by voter
   * index in the profile, then by project; empty for other rules. A voter's payments never
   * exceed their share, and the payments for a project sum to its cost (for the projects MES
   * itself selected; completion steps add no payments).
   *
   * @return the payments
   */
  public abstract ImmutableList<ImmutableMap<ProjectId, Fraction>> payments();

  /**
   * Builds an outcome (for rule implementations and tests).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BudgetOutcome}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableBudgetOutcome.Builder {
    Builder() {}
  }
}
