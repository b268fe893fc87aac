package io.github.tongxin.governance.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.community.Layer;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import org.junit.jupiter.api.Test;

class ScenarioResultTest {
  private static final Amount MILLION = Amount.ofYuan(1_000_000);

  private static ScenarioResult.Fund spending(Amount budget, Amount crowdfunded, Amount spent) {
    // All of the spending is grant money paid, except what only the crowdfunding can cover.
    Amount paid = spent.compareTo(budget) <= 0 ? spent : budget;
    return new ScenarioResult.Fund(budget, budget, crowdfunded, paid, spent, 70);
  }

  @Test
  void exactlySeventyPercentOfTheIncomeMeetsTheSpendingRule() {
    assertThat(spending(MILLION, Amount.ZERO, Amount.ofYuan(700_000)).meetsSpendingRule()).isTrue();
    // Income 1,000,000.10: 70% is 700,000.07 exactly.
    Amount dime = Amount.ofFen(10);
    assertThat(spending(MILLION, dime, Amount.ofFen(70_000_007)).meetsSpendingRule()).isTrue();
  }

  @Test
  void oneFenBelowSeventyPercentDoesNot() {
    assertThat(spending(MILLION, Amount.ZERO, Amount.ofFen(69_999_999)).meetsSpendingRule()).isFalse();
    assertThat(spending(MILLION, Amount.ofFen(10), Amount.ofFen(70_000_006)).meetsSpendingRule()).isFalse();
  }

  @Test
  void crowdfundingRaisesTheIncomeTheRuleMeasuresAgainst() {
    // 700,000 is 70% of the budget but not of the budget plus 100,000 crowdfunded.
    ScenarioResult.Fund year = spending(MILLION, Amount.ofYuan(100_000), Amount.ofYuan(700_000));
    assertThat(year.income()).isEqualTo(Amount.ofYuan(1_100_000));
    assertThat(year.meetsSpendingRule()).isFalse();
    assertThat(spending(MILLION, Amount.ofYuan(100_000), Amount.ofYuan(770_000)).meetsSpendingRule()).isTrue();
  }

  @Test
  void remainingIsGrantedLessPaid() {
    ScenarioResult.Fund year =
        new ScenarioResult.Fund(MILLION, Amount.ofYuan(900_000), Amount.ofYuan(50_000), Amount.ofFen(60_000_001), Amount.ofFen(62_000_001), 70);
    assertThat(year.remaining()).isEqualTo(Amount.ofFen(29_999_999));
    assertThat(year.crowdfundedSpent()).isEqualTo(Amount.ofYuan(20_000));
  }

  @Test
  void inconsistentFundFiguresAreRefused() {
    assertThatThrownBy(() -> new ScenarioResult.Fund(MILLION, MILLION.plus(Amount.ofFen(1)), Amount.ZERO, Amount.ZERO, Amount.ZERO, 70))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("granted must be 0..budget 1,000,000.00: 1,000,000.01");
    assertThatThrownBy(() -> new ScenarioResult.Fund(MILLION, Amount.ofYuan(10), Amount.ZERO, Amount.ofYuan(11), Amount.ofYuan(11), 70))
        .hasMessageContaining("paid must be 0..granted 10.00: 11.00");
    assertThatThrownBy(() -> new ScenarioResult.Fund(MILLION, Amount.ofYuan(10), Amount.ofYuan(1), Amount.ofYuan(5), Amount.ofYuan(7), 70))
        .hasMessageContaining("spent must be paid 5.00 up to paid plus crowdfunded 6.00: 7.00");
    assertThatThrownBy(() -> new ScenarioResult.Fund(MILLION, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, 101))
        .hasMessageContaining("minSpendingPercent must be 0..100: 101");
    assertThatThrownBy(() -> new ScenarioResult.Fund(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, 70))
        .hasMessageContaining("budget must be positive: 0.00");
  }

  private static ImmutableSortedMap<Category, Integer> byCategory(int count) {
    return ImmutableSortedMap.of(Category.OTHER, count);
  }

  private static ImmutableSortedMap<Layer, Integer> byLayer(int core, int middle) {
    return ImmutableSortedMap.of(Layer.CORE, core, Layer.MIDDLE, middle);
  }

  private static ScenarioResult.Projects projects(int proposedCore, Amount costByLayer) {
    return new ScenarioResult.Projects(
        byCategory(3), byCategory(2), byCategory(1), ImmutableSortedMap.of(Category.OTHER, Amount.ofYuan(100)),
        byLayer(proposedCore, 3 - 1), byLayer(1, 1), byLayer(0, 1), ImmutableSortedMap.of(Layer.MIDDLE, costByLayer),
        5);
  }

  @Test
  void projectsByLayerMustAddUpToProjectsByCategory() {
    assertThat(projects(1, Amount.ofYuan(100)).proposedTotal()).isEqualTo(3);
    assertThatThrownBy(() -> projects(2, Amount.ofYuan(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("projects proposed: 3 by category but 4 by layer");
    assertThatThrownBy(() -> projects(1, Amount.ofYuan(99)))
        .hasMessageContaining("funded cost by category 100.00 differs from funded cost by layer 99.00");
  }

  @Test
  void aLayerCannotFundMoreThanItRecommends() {
    assertThatThrownBy(
            () ->
                new ScenarioResult.Projects(
                    byCategory(3), byCategory(2), byCategory(1), ImmutableSortedMap.of(Category.OTHER, Amount.ofYuan(100)),
                    byLayer(1, 2), byLayer(0, 2), byLayer(1, 0), ImmutableSortedMap.of(Layer.CORE, Amount.ofYuan(100)),
                    5))
        .hasMessageContaining("CORE projects: 0 ≤ funded ≤ recommended ≤ proposed fails: 1, 0, 1");
    assertThatThrownBy(
            () ->
                new ScenarioResult.Projects(
                    byCategory(3), byCategory(2), byCategory(1), ImmutableSortedMap.of(Category.OTHER, Amount.ofYuan(100)),
                    byLayer(1, 2), byLayer(1, 1), byLayer(0, 1), ImmutableSortedMap.of(Layer.CORE, Amount.ofYuan(100)),
                    5))
        .hasMessageContaining("CORE projects: funded cost 100.00 needs a funded project (0 funded)");
  }

  @Test
  void theFundedCostIsTheGrantsPlusTheCrowdfunding() {
    ScenarioResult.Formation formation = new ScenarioResult.Formation(1, 1, 200);
    ScenarioResult.Councils councils = new ScenarioResult.Councils(1, 0, 1, 6, 6, 500, 400);
    ScenarioResult.Projects projects = projects(1, Amount.ofYuan(100));
    ScenarioResult ok =
        new ScenarioResult(formation, councils, projects, new ScenarioResult.Fund(MILLION, Amount.ofYuan(90), Amount.ofYuan(10), Amount.ZERO, Amount.ZERO, 70));
    assertThat(ok.metrics()).containsEntry("funded_cost_yuan", 100.0).containsEntry("crowdfunded_yuan", 10.0).containsEntry("spending_rule_met", 0.0);
    assertThatThrownBy(
            () -> new ScenarioResult(formation, councils, projects, new ScenarioResult.Fund(MILLION, Amount.ofYuan(90), Amount.ofYuan(9), Amount.ZERO, Amount.ZERO, 70)))
        .hasMessageContaining("funded cost 100.00 is not granted 90.00 plus crowdfunded 9.00");
  }

  @Test
  void metricsHaveStableNamesPerLayer() {
    ScenarioResult result = Scenario.generated(2, 20, 800, 3).run();
    assertThat(result.metrics().keySet())
        .containsSubsequence(
            "granted_yuan",
            "projects_proposed_core", "projects_recommended_core", "projects_funded_core", "funded_cost_yuan_core",
            "projects_proposed_middle", "projects_recommended_middle", "projects_funded_middle", "funded_cost_yuan_middle",
            "projects_proposed_outer", "projects_recommended_outer", "projects_funded_outer", "funded_cost_yuan_outer",
            "funded_cost_yuan", "crowdfunded_yuan", "paid_yuan", "spent_yuan", "remaining_yuan", "income_yuan",
            "spending_share", "spending_rule_met");
  }
}
