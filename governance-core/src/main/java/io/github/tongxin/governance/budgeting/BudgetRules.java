package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The participatory-budgeting rules Tongxin implements, by id.
 *
 * <p>Each rule reproduces one pabutools 1.2.3 call exactly (exact rationals, its order of
 * projects, its stopping rules), checked against pabutools' outcomes on real Pabulib elections.
 * The greedy family:
 *
 * <ul>
 *   <li>{@code greedy_cost_sat} (greedy by votes, the cities' usual rule), {@code
 *       greedy_cardinality_sat} (votes per unit of cost), {@code greedy_score_times_cost_sat} and
 *       {@code greedy_additive_cardinal_sat} (points: total, per unit of cost), {@code
 *       greedy_borda_times_cost_sat} and {@code greedy_additive_borda_sat} (ordinal ballots,
 *       Borda score {@code len − position − 1}: total, per unit of cost): {@code
 *       greedy_utilitarian_welfare}. Projects are walked by decreasing satisfaction per unit of
 *       cost (ties in the tie-breaking's order) and each one that still fits is funded; one that
 *       does not fit is skipped. Outcomes are always exhaustive.
 *   <li>{@code sequential_phragmen} (approval ballots): load balancing; stops, rather than skips,
 *       at the first best project that no longer fits. The selection order is the order of the
 *       rounds (pabutools returns its allocation sorted by id).
 *   <li>{@code max_welfare_cost_sat}: the utilitarian optimum under cost satisfaction, by
 *       pabutools' primal–dual knapsack branch and bound, which also decides which of several
 *       optimal sets is returned. Like pabutools, with decimal costs its floored bound can miss
 *       the optimum.
 * </ul>
 *
 * <p>Under {@link TieBreaking#REFUSE} a greedy rule refuses when, as it funds a project, another
 * project that also fits is equally good; sequential Phragmén when several projects share the
 * smallest new load and all fit; {@code max_welfare_cost_sat} when another feasible set reaches
 * at least the same welfare. The refusal's {@link BudgetRuleCode#TIE} violation names the tied
 * projects.
 *
 * <pre>{@code
 * BudgetRule greedy = BudgetRules.byId("greedy_cost_sat").orElseThrow();
 * BudgetOutcome outcome =
 *     greedy.apply(file.instance(), file.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();
 * outcome.selectionOrder(); // [3, 9, 8, 11, 2, 13, 14] for Assen 2024
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BudgetRules {
  private static final ImmutableMap<String, BudgetRule> RULES = index();

  private BudgetRules() {}

  private static ImmutableMap<String, BudgetRule> index() {
    ImmutableMap.Builder<String, BudgetRule> rules = ImmutableMap.builder();
    for (BudgetRule rule : GreedyFamily.rules()) {
      rules.put(rule.id(), rule);
    }
    for (BudgetRule rule : EqualSharesFamily.rules()) {
      rules.put(rule.id(), rule);
    }
    return rules.buildOrThrow();
  }

  /**
   * Every rule, in a fixed order.
   *
   * @return the rules
   */
  public static ImmutableList<BudgetRule> all() {
    return RULES.values().asList();
  }

  /**
   * The ids of every rule.
   *
   * @return the ids
   */
  public static ImmutableList<String> ids() {
    return RULES.keySet().asList();
  }

  /**
   * The rule with an id.
   *
   * @param id the id, e.g. {@code "greedy_cost_sat"}
   * @return the rule, or empty if none has that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<BudgetRule> byId(String id) {
    return Optional.ofNullable(RULES.get(checkNotNull(id, "id")));
  }
}
