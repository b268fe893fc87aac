package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableList;

/**
 * The rules of this family, registered in {@link BudgetRules}: greedy utilitarian welfare under six
 * satisfaction measures, sequential Phragmén and the exact utilitarian optimum, each as pabutools
 * 1.2.3 computes it.
 *
 * <table>
 *   <caption>Rule ids and the pabutools calls they reproduce</caption>
 *   <tr><th>id</th><th>pabutools</th><th>ballots</th></tr>
 *   <tr><td>{@code greedy_cost_sat}</td><td>{@code greedy_utilitarian_welfare(sat_class=Cost_Sat)}:
 *       greedy by votes</td><td>any</td></tr>
 *   <tr><td>{@code greedy_cardinality_sat}</td><td>{@code ... sat_class=Cardinality_Sat}: votes per
 *       unit of cost</td><td>any</td></tr>
 *   <tr><td>{@code greedy_score_times_cost_sat}</td><td>custom additive points × cost: greedy by total
 *       score</td><td>cumulative, scoring</td></tr>
 *   <tr><td>{@code greedy_additive_cardinal_sat}</td><td>{@code ... sat_class=Additive_Cardinal_Sat}:
 *       score per unit of cost</td><td>cumulative, scoring</td></tr>
 *   <tr><td>{@code greedy_borda_times_cost_sat}</td><td>custom additive Borda × cost: greedy by total
 *       Borda score</td><td>ordinal</td></tr>
 *   <tr><td>{@code greedy_additive_borda_sat}</td><td>{@code ... sat_class=Additive_Borda_Sat}: Borda
 *       score per unit of cost</td><td>ordinal</td></tr>
 *   <tr><td>{@code sequential_phragmen}</td><td>{@code sequential_phragmen}</td><td>approval</td></tr>
 *   <tr><td>{@code max_welfare_cost_sat}</td><td>{@code max_additive_utilitarian_welfare(sat_class=Cost_Sat)},
 *       {@code PRIMAL_DUAL}</td><td>any</td></tr>
 * </table>
 */
final class GreedyFamily {
  private GreedyFamily() {}

  static ImmutableList<BudgetRule> rules() {
    return ImmutableList.of(
        new GreedyWelfare("greedy_cost_sat", SatisfactionMeasure.COST),
        new GreedyWelfare("greedy_cardinality_sat", SatisfactionMeasure.CARDINALITY),
        new GreedyWelfare("greedy_score_times_cost_sat", SatisfactionMeasure.SCORE_TIMES_COST),
        new GreedyWelfare("greedy_additive_cardinal_sat", SatisfactionMeasure.ADDITIVE_CARDINAL),
        new GreedyWelfare("greedy_borda_times_cost_sat", SatisfactionMeasure.BORDA_TIMES_COST),
        new GreedyWelfare("greedy_additive_borda_sat", SatisfactionMeasure.ADDITIVE_BORDA),
        new SequentialPhragmen(),
        new MaxWelfare("max_welfare_cost_sat", SatisfactionMeasure.COST));
  }
}
