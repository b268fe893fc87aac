package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.EqualSharesExamples.approval;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.ids;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.instance;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.pays;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.project;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the Method of Equal Shares rules break, or refuse to break, ties. */
class EqualSharesTieBreakingTest {
  private static Decision<BudgetOutcome> decide(
      String rule, BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    return BudgetRules.byId(rule).orElseThrow().apply(instance, profile, tieBreaking);
  }

  /** In {@link EqualSharesRulesTest#THREE}, A and B tie in round 1 (ρ = 1/2). */
  @Test
  void lexicographicTakesTheSmallerId() {
    assertThat(run("mes_cost_sat", EqualSharesRulesTest.THREE, EqualSharesRulesTest.THREE_VOTES).selectionOrder())
        .isEqualTo(ids("A", "B"));
  }

  /**
   * Votes then cost: A and B are both named by two voters; B (12) is cheaper than A (15). After
   * B, v1 and v3 keep 4: A is unaffordable (4 + 10 < 15) and C costs v2 9.
   */
  @Test
  void votesThenCostTakesTheCheaperOfEquallyNamedProjects() {
    BudgetOutcome o =
        run(
            "mes_cost_sat",
            EqualSharesRulesTest.THREE,
            EqualSharesRulesTest.THREE_VOTES,
            TieBreaking.VOTES_THEN_COST);
    assertThat(o.selectionOrder()).isEqualTo(ids("B", "C"));
    assertThat(o.tieBreaking()).isEqualTo(TieBreaking.VOTES_THEN_COST);
    assertThat(o.payments()).containsExactly(pays("B=6"), pays("C=9"), pays("B=6"));
  }

  @Test
  void votesThenCostPrefersTheMoreNamedProject() {
    // cumulative: P and Q tie at ρ = 2; Q is named by two voters, P by one
    BudgetOutcome o =
        run(
            "mes_additive_cardinal_sat",
            EqualSharesRulesTest.POINTS,
            EqualSharesRulesTest.POINTS_VOTES,
            TieBreaking.VOTES_THEN_COST);
    // after Q (v1 pays 2, v2 pays 4) neither P (4.5 < 6) nor R (2.5 < 8) is affordable
    assertThat(o.selectionOrder()).isEqualTo(ids("Q"));
    assertThat(o.payments()).containsExactly(pays("Q=2"), pays("Q=4"));
  }

  @Test
  void refuseRejectsNamingTheTiedProjects() {
    Decision<BudgetOutcome> d =
        decide("mes_cost_sat", EqualSharesRulesTest.THREE, EqualSharesRulesTest.THREE_VOTES, TieBreaking.REFUSE);
    assertThat(d.isAccepted()).isFalse();
    Violation v = d.violations().get(0);
    assertThat(v.code()).isEqualTo(BudgetRuleCode.TIE);
    assertThat(v.code().code()).isEqualTo("TIE");
    assertThat(v.code().bilingualName()).isEqualTo("项目并列，拒绝裁决 tie between projects not broken");
    assertThat(v.message()).contains("mes_cost_sat").contains("projects A, B (").contains("budget of B/n");
  }

  @Test
  void refuseAcceptsWhenNothingTies() {
    BudgetOutcome o =
        run("mes_cost_sat", EqualSharesRulesTest.FOUR, EqualSharesRulesTest.FOUR_VOTES, TieBreaking.REFUSE);
    assertThat(o.selectionOrder()).isEqualTo(ids("X"));
    assertThat(o.tieBreaking()).isEqualTo(TieBreaking.REFUSE);
  }

  /**
   * pabutools refuses a tie in any run of the add1 scan, even one whose outcome it would then
   * discard: in {@link EqualSharesRulesTest#OVER}, the run at k = 3 ties Y and Z and costs too
   * much (the rule returns the run at k = 2), yet {@code REFUSE} rejects.
   */
  @Test
  void refuseRejectsATieInADiscardedRunOfTheScan() {
    Decision<BudgetOutcome> d =
        decide("mes_cost_sat_add1", EqualSharesRulesTest.OVER, EqualSharesRulesTest.OVER_VOTES, TieBreaking.REFUSE);
    assertThat(d.isAccepted()).isFalse();
    assertThat(d.violations().get(0).message()).contains("projects Y, Z (").contains("B/n + 3 per voter");
  }

  /**
   * Greedy completion: budget 10, one voter approves A (4); U1 and U2 (3 each) have no supporter.
   * MES buys A; U1 and U2 both have density 0 and both fit: a tie.
   */
  @Test
  void greedyCompletionTies() {
    BudgetInstance instance = instance("10", project("A", "4"), project("U1", "3"), project("U2", "3"));
    BudgetProfile votes = approval("A");
    assertThat(run("mes_cost_sat_add1_greedy_cost", instance, votes).selectionOrder())
        .isEqualTo(ids("A", "U1", "U2"));
    Decision<BudgetOutcome> d = decide("mes_cost_sat_add1_greedy_cost", instance, votes, TieBreaking.REFUSE);
    assertThat(d.isAccepted()).isFalse();
    assertThat(d.violations().get(0).code()).isEqualTo(BudgetRuleCode.TIE);
    assertThat(d.violations().get(0).message()).contains("projects U1, U2 (").contains("greedy completion");
  }

  /** A tie that does not matter (one of the two no longer fits) is no tie. */
  @Test
  void greedyCompletionIgnoresEqualDensitiesThatDoNotFit() {
    BudgetInstance instance = instance("10", project("A", "4"), project("U1", "3"), project("U2", "7"));
    BudgetOutcome o = run("mes_cost_sat_add1_greedy_cost", instance, approval("A"), TieBreaking.REFUSE);
    assertThat(o.selectionOrder()).isEqualTo(ids("A", "U1"));
  }

  private static PabulibFile assen() throws Exception {
    Path folder = SharedData.folder("pabulib");
    return Pabulib.readOrThrow(
        Files.readString(folder.resolve("Netherlands_Assen_2024.pb"), StandardCharsets.UTF_8));
  }

  /**
   * Assen 2024: in the add1 scan, at B/n + 102 per voter and after 3 and 9, projects 2 and 11
   * have exactly the same ρ. pabutools' lexicographic order takes "11" ("11" &lt; "2").
   */
  @Test
  void assenTieOfTwoAndEleven() throws Exception {
    PabulibFile assen = assen();
    MesSetup setup =
        EqualSharesProperties.setup(assen.instance(), assen.profile(), SatisfactionMeasure.COST, TieBreaking.REFUSE);
    IteratedMes mes = new IteratedMes(setup);
    MesRun run = new MesRun(setup, mes.budgetAt(102), mes.denominator());
    run.run();
    assertThat(run.rounds()).isEqualTo(2);
    assertThat(List.of(setup.ids[run.selected(0)], setup.ids[run.selected(1)])).isEqualTo(ids("3", "9"));
    assertThat(run.tie()).hasSize(2);
    assertThat(List.of(setup.ids[run.tie()[0]], setup.ids[run.tie()[1]]))
        .containsExactlyInAnyOrderElementsOf(ids("2", "11"));

    List<ProjectId> lexicographic =
        run("mes_cost_sat_add1", assen.instance(), assen.profile()).selectionOrder();
    assertThat(lexicographic).isEqualTo(ids("3", "9", "11", "2", "13", "14", "5", "6", "12"));

    Decision<BudgetOutcome> refused =
        decide("mes_cost_sat_add1_greedy_cost", assen.instance(), assen.profile(), TieBreaking.REFUSE);
    assertThat(refused.isAccepted()).isFalse();
    assertThat(refused.violations().get(0).message())
        .contains("11, 2")
        .contains("B/n + 102 per voter")
        .contains("after 2 selections");

    // equalshares.net's order: 2 is named by at least as many voters as 11 and is cheaper
    List<ProjectId> votes =
        run("mes_cost_sat_add1", assen.instance(), assen.profile(), TieBreaking.VOTES_THEN_COST)
            .selectionOrder();
    assertThat(votes.indexOf(ProjectId.of("2"))).isLessThan(votes.indexOf(ProjectId.of("11")));
  }

  /** Plain MES on Assen has no tie: every tie-breaking gives pabutools' outcome. */
  @Test
  void assenPlainMesHasNoTie() throws Exception {
    PabulibFile assen = assen();
    for (TieBreaking t : TieBreaking.values()) {
      assertThat(run("mes_cost_sat", assen.instance(), assen.profile(), t).selectionOrder())
          .isEqualTo(ids("3", "9", "2", "13", "11", "14", "12"));
    }
  }
}
