package io.github.tongxin.governance.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.community.FormationBounds;
import io.github.tongxin.governance.community.Layer;
import io.github.tongxin.governance.money.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final Scenario JIADING = Scenario.jiading();

  @Test
  void aRunIsAPureFunctionOfTheScenario() {
    ScenarioResult first = JIADING.run();
    assertThat(JIADING.run()).isEqualTo(first);
    assertThat(JIADING.withSeed(JIADING.seed() + 1).run()).isNotEqualTo(first);
  }

  @Test
  void figuresAddUp() {
    ScenarioResult result = JIADING.run();
    assertThat(result.formation().households()).isEqualTo(24_300);
    assertThat(result.councils().elections()).isEqualTo(result.formation().groups());
    assertThat(result.councils().seats()).isEqualTo(6 * result.formation().groups());
    assertThat(result.councils().complete() * 6).isLessThanOrEqualTo(result.councils().seatsFilled());
    assertThat(result.fund().granted()).isLessThanOrEqualTo(JIADING.budget());
    assertThat(result.projects().fundedTotal()).isLessThanOrEqualTo(result.projects().recommendedTotal());
    assertThat(result.projects().recommendedTotal()).isLessThanOrEqualTo(result.projects().proposedTotal());
    assertThat(result.projects().proposedTotal()).isPositive();
    assertThat(result.metrics().keySet()).startsWith("groups", "groups_within_bounds");
    ScenarioChecks.assertFiguresAddUp(JIADING, result);
    for (Layer layer : Layer.values()) {
      assertThat(result.projects().proposedByLayer().get(layer)).as("%s", layer).isPositive();
    }
    assertThat(result.fund().crowdfunded().isPositive()).isTrue();
    assertThat(result.fund().remaining().isPositive()).isTrue();
  }

  @Test
  void crowdfundingLowersTheCostChargedToTheFund() {
    // Nearly all of every cost crowdfunded: the fund can pay for every recommended project.
    ScenarioResult generous = JIADING.withFund(JIADING.fund().withCrowdfunding(BetaModel.of(0.98, 500))).run();
    assertThat(generous.projects().fundedTotal()).isEqualTo(generous.projects().recommendedTotal());
    assertThat(generous.fund().crowdfunded()).isGreaterThan(generous.fund().granted());
    ScenarioResult scarce = JIADING.withFund(JIADING.fund().withCrowdfunding(BetaModel.of(0.001, 500))).run();
    assertThat(scarce.projects().fundedTotal()).isLessThan(generous.projects().fundedTotal());
  }

  @Test
  void slowerProjectsPayLessOfTheSameGrants() {
    ScenarioResult usual = JIADING.run();
    ScenarioResult slow = JIADING.withFund(JIADING.fund().withCompletion(BetaModel.of(0.3, 8))).run();
    assertThat(slow.projects()).isEqualTo(usual.projects());
    assertThat(slow.fund().granted()).isEqualTo(usual.fund().granted());
    assertThat(slow.fund().paid()).isLessThan(usual.fund().paid());
    assertThat(usual.fund().meetsSpendingRule()).isTrue();
    assertThat(slow.fund().meetsSpendingRule()).isFalse();
  }

  @Test
  void onlyABuildingsOwnHouseholdsVoteOnItsProjects() {
    // Only single-building projects, approved by every voter of their building.
    ProposalModel buildingsOnly =
        ProposalModel.builder()
            .proposalsPerGroup(0)
            .communityProjectsPerCommunity(0)
            .buildingProjectsPerGroup(1)
            .buildingApproval(1)
            .participation(1)
            .build();
    Scenario scenario = Scenario.generated(1, 12, 600, 5).withProposals(buildingsOnly);
    ScenarioResult result = scenario.run();
    assertThat(result.projects().proposedByLayer()).containsEntry(Layer.CORE, 0).containsEntry(Layer.MIDDLE, 0);
    assertThat(result.projects().proposedByLayer().get(Layer.OUTER)).isPositive();
    // A voter approves only its own building's projects, so fewer than all households vote.
    assertThat(result.projects().voters()).isLessThan(600);
  }

  @Test
  void greedyFundsUntilTheNextProjectNoLongerFits() {
    ScenarioResult generous = JIADING.withBudget(Amount.ofYuan(100_000_000)).run();
    assertThat(generous.projects().fundedTotal()).isEqualTo(generous.projects().recommendedTotal());
    ScenarioResult tight = JIADING.withBudget(Amount.ofYuan(40_000)).run();
    assertThat(tight.projects().fundedTotal()).isLessThanOrEqualTo(8);
  }

  @Test
  void lowerTurnoutVoidsMoreElections() {
    List<Sweep.Run<Double, ScenarioResult>> runs =
        Sweep.run(
            List.of(1.0, 0.8),
            10,
            JIADING.seed(),
            (factor, random) -> JIADING.withTurnout(JIADING.turnout().scaledBy(factor)).run(random),
            2,
            Sweep.Listener.NONE,
            System::nanoTime);
    double usual = runs.subList(0, 10).stream().mapToInt(r -> r.result().councils().turnoutFailures()).average().orElseThrow();
    double lower = runs.subList(10, 20).stream().mapToInt(r -> r.result().councils().turnoutFailures()).average().orElseThrow();
    assertThat(lower).isGreaterThan(usual + 10);
  }

  @Test
  void changingOneModelLeavesTheOtherModelsDrawsAlone() {
    ScenarioResult usual = JIADING.run();
    ScenarioResult lowTurnout = JIADING.withTurnout(JIADING.turnout().scaledBy(0.8)).run();
    assertThat(lowTurnout.projects()).isEqualTo(usual.projects());
    assertThat(lowTurnout.councils()).isNotEqualTo(usual.councils());
    ScenarioResult mes = JIADING.withBudgetRule("mes_cost_sat").run();
    assertThat(mes.councils()).isEqualTo(usual.councils());
    assertThat(mes.projects().proposed()).isEqualTo(usual.projects().proposed());
    assertThat(mes.projects().voters()).isEqualTo(usual.projects().voters());
  }

  @Test
  void aStricterPanelLeavesFewerProjectsToFund() {
    ScenarioResult usual = JIADING.run();
    ScenarioResult strict =
        JIADING.withPanelRules(new io.github.tongxin.governance.project.PanelRules(
            5, JIADING.panelRules().weights(), 1, io.github.tongxin.governance.project.PanelScore.of(8))).run();
    assertThat(strict.projects().proposed()).isEqualTo(usual.projects().proposed());
    assertThat(strict.projects().recommendedTotal()).isLessThan(usual.projects().recommendedTotal());
    assertThat(usual.projects().recommendedTotal()).isLessThan(usual.projects().proposedTotal());
  }

  @Test
  void smallerGroupsMeanMoreGroups() {
    ScenarioResult hundred = JIADING.withBounds(new FormationBounds(100, 75, 125)).run();
    ScenarioResult threeHundred = JIADING.withBounds(new FormationBounds(300, 225, 375)).run();
    assertThat(hundred.formation().groups()).isGreaterThan(threeHundred.formation().groups());
  }

  @Test
  void aGeneratedZoneOfGivenSizeRunsToo() {
    ScenarioResult result = Scenario.generated(3, 60, 1_800, 11).run();
    assertThat(result.formation().households()).isEqualTo(1_800);
    assertThat(result.councils().voted()).isLessThanOrEqualTo(result.councils().registered());
    // 250 voters per 100 households in every group.
    assertThat(result.councils().registered()).isBetween(1_800L * 250 / 100 - result.formation().groups(), 1_800L * 250 / 100);
  }

  @Test
  void callerMistakesNameTheValue() {
    assertThatThrownBy(() -> JIADING.withBudgetRule("greedy")).hasMessageContaining("'greedy'");
    assertThatThrownBy(() -> BetaModel.of(1.0, 5)).hasMessageContaining("1.0");
    assertThatThrownBy(() -> JIADING.turnout().scaledBy(2)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> ProposalModel.standard().withBuildingApproval(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buildingApproval must be 0..1: 1.5");
    assertThatThrownBy(() -> ProposalModel.standard().withCommunityProjectsPerCommunity(-1))
        .hasMessageContaining("communityProjectsPerCommunity must be 0..50: -1.0");
    assertThatThrownBy(() -> ProposalModel.standard().withBuildingMinimumCost(Amount.ofYuan(9_000)))
        .hasMessageContaining("buildingMaximumCost must be whole yuan, at least buildingMinimumCost 9,000.00: 8,000.00");
    assertThatThrownBy(() -> FundModel.standard().withCompletion(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("completion");
  }
}
