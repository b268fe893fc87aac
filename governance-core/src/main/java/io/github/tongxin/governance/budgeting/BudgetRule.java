package io.github.tongxin.governance.budgeting;

import io.github.tongxin.governance.Decision;

/**
 * A participatory-budgeting rule, defined exactly as pabutools defines it (exact rationals) and
 * named by the id the issue tracker and the command line use (e.g. {@code "greedy_cost_sat"},
 * {@code "mes_cost_sat_add1_greedy_cost"}).
 *
 * <p>Implementations are immutable, stateless and thread-safe.
 *
 * <pre>{@code
 * BudgetRule mes = BudgetRules.byId("mes_cost_sat").orElseThrow();
 * Decision<BudgetOutcome> outcome = mes.apply(instance, profile, TieBreaking.LEXICOGRAPHIC);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface BudgetRule {
  /**
   * The rule's id.
   *
   * @return the id
   */
  String id();

  /**
   * Whether the rule applies to ballots of a type (e.g. sequential Phragmén needs approval
   * ballots; Borda rules need ordinal ones).
   *
   * @param type the vote type
   * @return {@code true} if {@link #apply} accepts such profiles
   */
  boolean appliesTo(VoteType type);

  /**
   * Runs the rule.
   *
   * @param instance the budget and projects
   * @param profile the ballots; of a type the rule {@linkplain #appliesTo applies to}
   * @param tieBreaking how ties are broken; {@link TieBreaking#REFUSE} makes a tie a rejection
   * @return the outcome, or (only with {@code REFUSE}) a rejection naming the tied projects
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rule does not apply to the profile's type, or a
   *     ballot names a project not in the instance
   */
  Decision<BudgetOutcome> apply(BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking);
}
