package io.github.tongxin.governance.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.community.Layer;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import java.math.BigInteger;
import java.util.Map;

/** The identities every run must satisfy, checked from the outside. */
final class ScenarioChecks {
  private ScenarioChecks() {}

  static void assertFiguresAddUp(Scenario scenario, ScenarioResult result) {
    ScenarioResult.Projects projects = result.projects();
    ScenarioResult.Fund fund = result.fund();
    assertThat(projects.proposed()).containsOnlyKeys(Category.values());
    assertThat(projects.proposedByLayer()).containsOnlyKeys(Layer.values());
    // Layers, categories and totals agree.
    assertThat(sum(projects.proposedByLayer())).isEqualTo(sum(projects.proposed())).isEqualTo(projects.proposedTotal());
    assertThat(sum(projects.recommendedByLayer())).isEqualTo(sum(projects.recommended())).isEqualTo(projects.recommendedTotal());
    assertThat(sum(projects.fundedByLayer())).isEqualTo(sum(projects.funded())).isEqualTo(projects.fundedTotal());
    assertThat(Amount.sum(projects.fundedCostByLayer().values()))
        .isEqualTo(Amount.sum(projects.fundedCost().values()))
        .isEqualTo(projects.fundedCostTotal());
    for (Layer layer : Layer.values()) {
      assertThat(projects.fundedByLayer().get(layer)).isBetween(0, projects.recommendedByLayer().get(layer));
      assertThat(projects.recommendedByLayer().get(layer)).isLessThanOrEqualTo(projects.proposedByLayer().get(layer));
    }
    // The money.
    assertThat(fund.budget()).isEqualTo(scenario.budget());
    assertThat(fund.granted().plus(fund.crowdfunded())).isEqualTo(projects.fundedCostTotal());
    assertThat(fund.granted()).isLessThanOrEqualTo(scenario.budget());
    assertThat(fund.paid()).isLessThanOrEqualTo(fund.granted());
    assertThat(fund.paid().isNegative()).isFalse();
    assertThat(fund.remaining()).isEqualTo(fund.granted().minus(fund.paid()));
    assertThat(fund.spent()).isBetween(fund.paid(), fund.paid().plus(fund.crowdfunded()));
    assertThat(fund.income()).isEqualTo(scenario.budget().plus(fund.crowdfunded()));
    assertThat(fund.meetsSpendingRule())
        .isEqualTo(
            BigInteger.valueOf(fund.spent().fen()).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(scenario.fund().rules().minSpendingPercent()).multiply(BigInteger.valueOf(fund.income().fen()))) >= 0);
    // Every run's metrics name the same figures.
    Map<String, Double> metrics = result.metrics();
    assertThat(metrics.get("projects_funded"))
        .isEqualTo(metrics.get("projects_funded_core") + metrics.get("projects_funded_middle") + metrics.get("projects_funded_outer"));
    assertThat(metrics.get("funded_cost_yuan")).isEqualTo(fund.granted().plus(fund.crowdfunded()).fen() / 100.0);
    assertThat(metrics.get("remaining_yuan")).isEqualTo(fund.remaining().fen() / 100.0);
    assertThat(metrics.get("spending_rule_met")).isEqualTo(fund.meetsSpendingRule() ? 1.0 : 0.0);
  }

  private static int sum(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
