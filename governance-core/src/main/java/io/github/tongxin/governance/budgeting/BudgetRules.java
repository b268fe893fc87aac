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
 * <p>The Method of Equal Shares family ({@code method_of_equal_shares}): every voter gets an
 * equal share {@code B/n} of the budget; each round funds the project that its supporters can pay
 * for with the smallest ρ, where every supporter pays {@code min(money left, ρ·u)} and {@code u}
 * is their satisfaction with the project; the rule stops when no project is affordable. Outcomes
 * carry every voter's exact payments ({@link BudgetOutcome#payments()}).
 *
 * <ul>
 *   <li>{@code mes_cost_sat} (satisfaction = cost, any ballots), {@code mes_cardinality_sat} (1
 *       per approved project), {@code mes_additive_cardinal_sat} (points: cumulative, scoring),
 *       {@code mes_additive_borda_sat} (ordinal, Borda score {@code len − position − 1}): one run.
 *       Usually not exhaustive.
 *   <li>{@code mes_cost_sat_add1}: pabutools' {@code voter_budget_increment=1}: reruns MES with
 *       every share raised by one currency unit until the outcome is exhaustive over the
 *       supported projects, or returns the last affordable outcome when the next would exceed
 *       {@code B}. Computed without visiting every unit (stretches of shares that provably repeat
 *       the same run are skipped), with the same result as the unit-by-unit scan.
 *   <li>{@code mes_cost_sat_add1_greedy_cost} (the rule of Wieliczka, Świecie and Assen), {@code
 *       mes_additive_cardinal_sat_add1_greedy_score}, {@code
 *       mes_additive_borda_sat_add1_greedy_borda}: add1 then, unless exhaustive, the greedy rule
 *       by votes, total points or total Borda score over what is left ({@code
 *       completion_by_rule_combination}). Completed projects carry no payments.
 * </ul>
 *
 * <p>Under {@link TieBreaking#REFUSE} an Equal Shares rule refuses when two projects share the
 * smallest ρ in any run it computes (for add1, in any of the scanned runs), or when its greedy
 * completion meets a tie. Under {@link TieBreaking#REFUSE} a greedy rule refuses when, as it funds a project, another
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
 * <pre>{@code
 * BudgetOutcome mes =
 *     BudgetRules.byId("mes_cost_sat_add1_greedy_cost").orElseThrow()
 *         .apply(file.instance(), file.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();
 * mes.selectionOrder(); // [3, 9, 11, 2, 13, 14, 5, 6, 12, 7] for Assen 2024
 * mes.payments().get(0); // what the first voter paid, per project, exactly
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
