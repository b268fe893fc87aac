package io.github.tongxin.governance.scenario;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tongxin.governance.money.Amount;
import org.quicktheories.core.Gen;

/** Small generated scenarios: 1–3 communities, a few buildings each, 400–2,000 households. */
final class ScenarioGenerators {
  private ScenarioGenerators() {}

  /** Scenarios on generated zones, with varied budgets, budgeting rules and fund models. */
  static Gen<Scenario> scenarios() {
    Gen<Integer> communities = integers().between(1, 3);
    Gen<Integer> buildingsPerCommunity = integers().between(2, 12);
    Gen<Integer> households = integers().between(400, 2_000);
    Gen<Long> seeds = longs().between(0, 1_000_000);
    Gen<Scenario> zones =
        communities
            .zip(buildingsPerCommunity, households, (c, b, h) -> new int[] {c, c * b, h})
            .zip(seeds, (size, seed) -> Scenario.generated(size[0], size[1], size[2], seed));
    Gen<Integer> budgets = integers().between(5_000, 400_000);
    Gen<Integer> rules = integers().between(0, 2);
    Gen<Integer> means = integers().between(1, 99);
    return zones
        .zip(budgets, rules, (s, budget, rule) ->
            s.withBudget(Amount.ofYuan(budget))
                .withBudgetRule(
                    rule == 0 ? "greedy_cost_sat" : rule == 1 ? "mes_cost_sat" : "mes_cost_sat_add1_greedy_cost"))
        .zip(means, means, (s, crowd, done) ->
            s.withFund(
                s.fund()
                    .withCrowdfunding(BetaModel.of(crowd / 100.0, 5))
                    .withCompletion(BetaModel.of(done / 100.0, 5))))
        .describedAs(s -> s.sitePlans().size() + " communities, "
            + s.sitePlans().stream().mapToInt(p -> p.size()).sum() + " buildings, "
            + s.sitePlans().stream().mapToLong(p -> p.totalHouseholds()).sum() + " households, seed "
            + s.seed() + ", budget " + s.budget() + ", " + s.budgetRule() + ", " + s.fund());
  }
}
