package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.budgeting.EqualSharesRule.Variant;
import java.util.List;

/**
 * The Method of Equal Shares rules, registered in {@link BudgetRules}, each the pabutools 1.2.3
 * call named below (exact rationals, tie-breaking as given):
 *
 * <table>
 *   <caption>Rule ids and pabutools calls</caption>
 *   <tr><th>id</th><th>ballots</th><th>pabutools</th></tr>
 *   <tr><td>{@code mes_cost_sat}</td><td>any</td>
 *       <td>{@code method_of_equal_shares(sat_class=Cost_Sat)}</td></tr>
 *   <tr><td>{@code mes_cardinality_sat}</td><td>any</td>
 *       <td>{@code method_of_equal_shares(sat_class=Cardinality_Sat)}</td></tr>
 *   <tr><td>{@code mes_additive_cardinal_sat}</td><td>cumulative, scoring</td>
 *       <td>{@code method_of_equal_shares(sat_class=Additive_Cardinal_Sat)}</td></tr>
 *   <tr><td>{@code mes_additive_borda_sat}</td><td>ordinal</td>
 *       <td>{@code method_of_equal_shares(sat_class=Additive_Borda_Sat)}</td></tr>
 *   <tr><td>{@code mes_cost_sat_add1}</td><td>any</td>
 *       <td>{@code method_of_equal_shares(sat_class=Cost_Sat, voter_budget_increment=1)}</td></tr>
 *   <tr><td>{@code mes_cost_sat_add1_greedy_cost}</td><td>any</td>
 *       <td>{@code completion_by_rule_combination([method_of_equal_shares,
 *       greedy_utilitarian_welfare], [{sat_class: Cost_Sat, voter_budget_increment: 1},
 *       {sat_class: Cost_Sat}])}</td></tr>
 *   <tr><td>{@code mes_additive_cardinal_sat_add1_greedy_score}</td><td>cumulative, scoring</td>
 *       <td>the same with {@code Additive_Cardinal_Sat}, then greedy by total points ({@code
 *       Score_Times_Cost_Sat} = points × cost)</td></tr>
 *   <tr><td>{@code mes_additive_borda_sat_add1_greedy_borda}</td><td>ordinal</td>
 *       <td>the same with {@code Additive_Borda_Sat}, then greedy by total Borda score ({@code
 *       Borda_Times_Cost_Sat} = Borda score × cost, Borda score = {@code len(ballot) − position −
 *       1})</td></tr>
 * </table>
 *
 * <p>Semantics shared by all of them (pabutools' {@code method_of_equal_shares}): every voter
 * starts with {@code B/n}; a voter supports a project to which the satisfaction gives a positive
 * value (so with Borda the last-ranked project of a ballot has no support from it, and with cost
 * satisfaction a project of cost 0 has none at all); projects without supporters are never
 * selected by MES; supported projects of cost 0 are selected at once (in id order; pabutools
 * appends them in set order); see {@link MesRun} for a round and {@link IteratedMes} for the
 * iterated variant. The completion ({@code completion_by_rule_combination}) runs the greedy rule
 * ({@link GreedyWelfare#extend}) from the MES outcome unless that outcome is already exhaustive.
 *
 * <p>Outcomes carry the MES payments: for every voter, what they paid for each project MES
 * selected, exactly (only positive payments are listed). A voter's payments never exceed the
 * per-voter budget of the run that produced the outcome ({@code B/n}, or {@code B/n + k} for the
 * iterated variant); the payments for each MES-selected project sum to its cost; projects of cost
 * 0 and projects added by a completion step carry no payments. With no voters at all, MES selects
 * nothing (pabutools divides by zero).
 */
final class EqualSharesFamily {
  private EqualSharesFamily() {}

  static ImmutableList<BudgetRule> rules() {
    List<GreedyWelfare> none = List.of();
    return ImmutableList.of(
        new EqualSharesRule("mes_cost_sat", SatisfactionMeasure.COST, Variant.PLAIN, none),
        new EqualSharesRule(
            "mes_cardinality_sat", SatisfactionMeasure.CARDINALITY, Variant.PLAIN, none),
        new EqualSharesRule(
            "mes_additive_cardinal_sat", SatisfactionMeasure.ADDITIVE_CARDINAL, Variant.PLAIN, none),
        new EqualSharesRule(
            "mes_additive_borda_sat", SatisfactionMeasure.ADDITIVE_BORDA, Variant.PLAIN, none),
        new EqualSharesRule("mes_cost_sat_add1", SatisfactionMeasure.COST, Variant.ADD1, none),
        new EqualSharesRule(
            "mes_cost_sat_add1_greedy_cost",
            SatisfactionMeasure.COST,
            Variant.ADD1,
            List.of(new GreedyWelfare("greedy_cost_sat", SatisfactionMeasure.COST))),
        new EqualSharesRule(
            "mes_additive_cardinal_sat_add1_greedy_score",
            SatisfactionMeasure.ADDITIVE_CARDINAL,
            Variant.ADD1,
            List.of(
                new GreedyWelfare(
                    "greedy_score_times_cost_sat", SatisfactionMeasure.SCORE_TIMES_COST))),
        new EqualSharesRule(
            "mes_additive_borda_sat_add1_greedy_borda",
            SatisfactionMeasure.ADDITIVE_BORDA,
            Variant.ADD1,
            List.of(
                new GreedyWelfare(
                    "greedy_borda_times_cost_sat", SatisfactionMeasure.BORDA_TIMES_COST))));
  }
}
