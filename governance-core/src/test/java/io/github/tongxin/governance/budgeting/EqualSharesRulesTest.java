package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.EqualSharesExamples.approval;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.cumulative;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.ids;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.instance;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.ordinal;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.pays;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.project;
import static io.github.tongxin.governance.budgeting.EqualSharesExamples.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Method of Equal Shares rules on tiny elections whose outcomes are worked out by hand in the
 * comments (ρ is what a supporter pays per unit of utility).
 */
class EqualSharesRulesTest {
  /**
   * Budget 30, three voters (10 each). A (15) by v1, v2; B (12) by v1, v3; C (9) by v2.
   *
   * <p>Cost satisfaction, round 1: ρ(A) = 15/30 = 1/2 (7.5 each), ρ(B) = 12/24 = 1/2 (6 each),
   * ρ(C) = 1. A and B tie; "A" < "B". After A: v1 2.5, v2 2.5, v3 10. Round 2: C is unaffordable
   * (2.5 < 9); for B, v1 cannot pay 6, so v1 pays 2.5 and v3 pays 9.5 (ρ = 19/24). Nothing is
   * left: [A, B], 27.
   */
  static final BudgetInstance THREE = instance("30", project("A", "15"), project("B", "12"), project("C", "9"));

  static final BudgetProfile THREE_VOTES = approval("A,B", "A,C", "B");

  @Test
  void costSatisfactionOnThreeVoters() {
    BudgetOutcome o = run("mes_cost_sat", THREE, THREE_VOTES);
    assertThat(o.rule()).isEqualTo("mes_cost_sat");
    assertThat(o.tieBreaking()).isEqualTo(TieBreaking.LEXICOGRAPHIC);
    assertThat(o.selectionOrder()).isEqualTo(ids("A", "B"));
    assertThat(o.totalCost()).isEqualByComparingTo("27");
    assertThat(o.leftover()).isEqualByComparingTo("3");
    assertThat(o.isExhaustive()).isTrue(); // C (9) does not fit in 3
    assertThat(o.payments())
        .containsExactly(pays("A=15/2", "B=5/2"), pays("A=15/2"), pays("B=19/2"));
  }

  /**
   * Cardinality satisfaction on the same election: ρ(A) = 15/2, ρ(B) = 12/2 = 6, ρ(C) = 9. B
   * first (v1, v3 keep 4). Round 2: A is unaffordable (4 + 10 < 15), C costs v2 9.
   */
  @Test
  void cardinalitySatisfactionOnThreeVoters() {
    BudgetOutcome o = run("mes_cardinality_sat", THREE, THREE_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("B", "C"));
    assertThat(o.totalCost()).isEqualByComparingTo("21");
    assertThat(o.leftover()).isEqualByComparingTo("9");
    assertThat(o.isExhaustive()).isTrue();
    assertThat(o.payments()).containsExactly(pays("B=6"), pays("C=9"), pays("B=6"));
  }

  /**
   * Budget 20, two voters. X (13) by both, Y (5) by v1, Z (4) by v2, W (2) by nobody.
   *
   * <p>At 10 each: X costs 6.5 each (ρ = 1/2 beats ρ = 1 of Y and Z); then 3.5 is too little for
   * Y and for Z: [X], 13, and Y would still fit, so add1 goes on. At 11 each: after X, v1 has
   * 4.5 (< 5) and v2 4.5 (≥ 4): [X, Z], 17; Y (5) no longer fits in 3, so the outcome is
   * exhaustive over the supported projects and add1 stops (W, unsupported, would fit). The
   * greedy completion then adds W.
   */
  static final BudgetInstance FOUR =
      instance("20", project("X", "13"), project("Y", "5"), project("Z", "4"), project("W", "2"));

  static final BudgetProfile FOUR_VOTES = approval("X,Y", "X,Z");

  @Test
  void plainMesStopsEarly() {
    BudgetOutcome o = run("mes_cost_sat", FOUR, FOUR_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("X"));
    assertThat(o.leftover()).isEqualByComparingTo("7");
    assertThat(o.isExhaustive()).isFalse();
    assertThat(o.payments()).containsExactly(pays("X=13/2"), pays("X=13/2"));
  }

  @Test
  void addOneRaisesTheShareUntilTheSupportedProjectsAreExhausted() {
    BudgetOutcome o = run("mes_cost_sat_add1", FOUR, FOUR_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("X", "Z"));
    assertThat(o.totalCost()).isEqualByComparingTo("17");
    assertThat(o.isExhaustive()).isFalse(); // W (2) fits in 3 but has no supporter
    assertThat(o.payments()).containsExactly(pays("X=13/2"), pays("X=13/2", "Z=4"));
  }

  @Test
  void greedyCompletionFillsWhatAddOneLeaves() {
    BudgetOutcome o = run("mes_cost_sat_add1_greedy_cost", FOUR, FOUR_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("X", "Z", "W"));
    assertThat(o.totalCost()).isEqualByComparingTo("19");
    assertThat(o.leftover()).isEqualByComparingTo("1");
    assertThat(o.isExhaustive()).isTrue();
    // the completion adds no payments
    assertThat(o.payments()).containsExactly(pays("X=13/2"), pays("X=13/2", "Z=4"));
  }

  /**
   * Budget 11, two voters. X (5) by both, Y (6) by v1, Z (6) by v2. At 5.5 + k each, X costs
   * 2.5 each and leaves 3 + k: Y and Z need 6, so k = 0, 1, 2 give [X] (not exhaustive: Y fits in
   * 6). At k = 3 each voter keeps 6: Y and Z (ρ = 1 both; "Y" first) are both bought, 17 > 11, so
   * add1 returns the run at k = 2, where everyone had 7.5 and paid 5/2 for X. The completion
   * then takes Y (density 1, "Y" before "Z"), which fits exactly.
   */
  static final BudgetInstance OVER =
      instance("11", project("X", "5"), project("Y", "6"), project("Z", "6"));

  static final BudgetProfile OVER_VOTES = approval("X,Y", "X,Z");

  @Test
  void addOneReturnsThePreviousRunWhenTheNextCostsTooMuch() {
    BudgetOutcome o = run("mes_cost_sat_add1", OVER, OVER_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("X"));
    assertThat(o.payments()).containsExactly(pays("X=5/2"), pays("X=5/2"));
    BudgetOutcome completed = run("mes_cost_sat_add1_greedy_cost", OVER, OVER_VOTES);
    assertThat(completed.selectionOrder()).isEqualTo(ids("X", "Y"));
    assertThat(completed.leftover()).isEqualByComparingTo("0");
  }

  /**
   * Budget 13, two voters (6.5 each), cumulative points. P (6): v1 3 points; Q (6): v1 1, v2 2;
   * R (8): v2 2; T (1): nobody.
   *
   * <p>Round 1: ρ(P) = 6/3 = 2 (v1 pays 6), ρ(Q) = 6/3 = 2 (v1 2, v2 4), R unaffordable (6.5 <
   * 8). P and Q tie; "P" first; v1 keeps 0.5. Round 2, Q: v1 pays its 0.5, v2 pays 5.5 (ρ =
   * 11/4). [P, Q], 12: R does not fit in 1, so add1 stops at once, and the completion by total
   * points adds T (0 points, but it fits).
   */
  static final BudgetInstance POINTS =
      instance("13", project("P", "6"), project("Q", "6"), project("R", "8"), project("T", "1"));

  static final BudgetProfile POINTS_VOTES = cumulative("P:3,Q:1", "Q:2,R:2");

  @Test
  void additiveCardinalSatisfaction() {
    BudgetOutcome o = run("mes_additive_cardinal_sat", POINTS, POINTS_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("P", "Q"));
    assertThat(o.isExhaustive()).isFalse();
    assertThat(o.payments()).containsExactly(pays("P=6", "Q=1/2"), pays("Q=11/2"));
  }

  @Test
  void additiveCardinalSatisfactionCompletedByPoints() {
    BudgetOutcome o = run("mes_additive_cardinal_sat_add1_greedy_score", POINTS, POINTS_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("P", "Q", "T"));
    assertThat(o.leftover()).isEqualByComparingTo("0");
    assertThat(o.isExhaustive()).isTrue();
    assertThat(o.payments()).containsExactly(pays("P=6", "Q=1/2"), pays("Q=11/2"));
  }

  /**
   * Budget 9, three voters (3 each), Borda scores {@code len − position − 1}. v1: A > B > C (2, 1,
   * 0); v2: B > A (1, 0); v3: C > A > B (2, 1, 0). D (2) is ranked by nobody. So A has supporters
   * v1 (2), v3 (1); B has v1 (1), v2 (1); C has v3 (2); a last-ranked project gets no support.
   *
   * <p>Round 1: ρ(A) = 2/3 (v1 4/3, v3 2/3), ρ(B) = 1, ρ(C) = 3/2 (v3 pays 3). Round 2: B at ρ =
   * 1; C is unaffordable (v3 has 7/3). [A, B], 4: C would fit. add1 at 4 each also buys C (v3
   * has 10/3 ≥ 3): [A, B, C], 7, exhaustive over the supported projects; the completion by Borda
   * score adds D, which fits in 2.
   */
  static final BudgetInstance BORDA =
      instance("9", project("A", "2"), project("B", "2"), project("C", "3"), project("D", "2"));

  static final BudgetProfile BORDA_VOTES = ordinal("A,B,C", "B,A", "C,A,B");

  @Test
  void additiveBordaSatisfaction() {
    BudgetOutcome o = run("mes_additive_borda_sat", BORDA, BORDA_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("A", "B"));
    assertThat(o.leftover()).isEqualByComparingTo("5");
    assertThat(o.isExhaustive()).isFalse();
    assertThat(o.payments()).containsExactly(pays("A=4/3", "B=1"), pays("B=1"), pays("A=2/3"));
  }

  @Test
  void additiveBordaSatisfactionIteratedAndCompletedByBorda() {
    BudgetOutcome o = run("mes_additive_borda_sat_add1_greedy_borda", BORDA, BORDA_VOTES);
    assertThat(o.selectionOrder()).isEqualTo(ids("A", "B", "C", "D"));
    assertThat(o.leftover()).isEqualByComparingTo("0");
    assertThat(o.payments())
        .containsExactly(pays("A=4/3", "B=1"), pays("B=1"), pays("A=2/3", "C=3"));
  }

  /**
   * Budget 10, two voters. F (0) by v1, G (4) by both, H (0) by nobody. Cardinality: F is free
   * and selected first; G costs 2 each. Cost satisfaction: a project of cost 0 gives no
   * satisfaction, so F has no supporter and MES never selects it; the greedy completion then
   * takes F and H (density 0, id order).
   */
  static final BudgetInstance FREE =
      instance("10", project("F", "0"), project("G", "4"), project("H", "0"));

  static final BudgetProfile FREE_VOTES = approval("F,G", "G");

  @Test
  void projectsOfCostZero() {
    BudgetOutcome cardinality = run("mes_cardinality_sat", FREE, FREE_VOTES);
    assertThat(cardinality.selectionOrder()).isEqualTo(ids("F", "G"));
    assertThat(cardinality.isExhaustive()).isFalse(); // H costs 0
    assertThat(cardinality.payments()).containsExactly(pays("G=2"), pays("G=2"));
    assertThat(run("mes_cost_sat", FREE, FREE_VOTES).selectionOrder()).isEqualTo(ids("G"));
    BudgetOutcome completed = run("mes_cost_sat_add1_greedy_cost", FREE, FREE_VOTES);
    assertThat(completed.selectionOrder()).isEqualTo(ids("G", "F", "H"));
    assertThat(completed.payments()).containsExactly(pays("G=2"), pays("G=2"));
  }

  /** Decimal costs and budgets are exact: budget 10.5, three voters (3.5 each). */
  @Test
  void decimalMoney() {
    BudgetInstance decimal = instance("10.5", project("A", "6.3"), project("B", "4.15"));
    BudgetOutcome o = run("mes_cost_sat", decimal, approval("A,B", "A", "B"));
    // ρ(A) = ρ(B) = 1/2 (3.15 and 2.075 each): "A"; then v1 has 0.35 and v3 3.5 for B: v1 pays
    // 0.35 and v3 4.15 − 0.35 = 3.8 > 3.5, so B is unaffordable (3.85 < 4.15)
    assertThat(o.selectionOrder()).isEqualTo(ids("A"));
    assertThat(o.totalCost()).isEqualByComparingTo("6.3");
    assertThat(o.payments()).containsExactly(pays("A=63/20"), pays("A=63/20"), pays());
  }

  @Test
  void noVotersSelectNothingByMes() {
    BudgetProfile none = approval();
    assertThat(run("mes_cost_sat_add1", FOUR, none).selectionOrder()).isEmpty();
    BudgetOutcome completed = run("mes_cost_sat_add1_greedy_cost", FOUR, none);
    // every density is 0: id order W, X (2 + 13), then Y (5): 20
    assertThat(completed.selectionOrder()).isEqualTo(ids("W", "X", "Y"));
    assertThat(completed.payments()).isEmpty();
  }

  @Test
  void registryHoldsEveryEqualSharesRule() {
    assertThat(BudgetRules.ids())
        .contains(
            "mes_cost_sat",
            "mes_cardinality_sat",
            "mes_additive_cardinal_sat",
            "mes_additive_borda_sat",
            "mes_cost_sat_add1",
            "mes_cost_sat_add1_greedy_cost",
            "mes_additive_cardinal_sat_add1_greedy_score",
            "mes_additive_borda_sat_add1_greedy_borda");
  }

  @Test
  void rulesApplyToTheirBallotTypes() {
    BudgetRule cost = BudgetRules.byId("mes_cost_sat_add1_greedy_cost").orElseThrow();
    assertThat(cost.appliesTo(VoteType.APPROVAL)).isTrue();
    assertThat(cost.appliesTo(VoteType.CHOOSE_ONE)).isTrue();
    assertThat(cost.appliesTo(VoteType.ORDINAL)).isTrue(); // Cost_Sat reads any ballot
    BudgetRule points = BudgetRules.byId("mes_additive_cardinal_sat").orElseThrow();
    assertThat(points.appliesTo(VoteType.CUMULATIVE)).isTrue();
    assertThat(points.appliesTo(VoteType.SCORING)).isTrue();
    assertThat(points.appliesTo(VoteType.APPROVAL)).isFalse();
    BudgetRule borda = BudgetRules.byId("mes_additive_borda_sat").orElseThrow();
    assertThat(borda.appliesTo(VoteType.ORDINAL)).isTrue();
    assertThat(borda.appliesTo(VoteType.CUMULATIVE)).isFalse();
    assertThat(cost.toString()).isEqualTo("mes_cost_sat_add1_greedy_cost");
  }

  @Test
  void rejectsBallotsOfAnotherType() {
    BudgetRule borda = BudgetRules.byId("mes_additive_borda_sat").orElseThrow();
    assertThatThrownBy(() -> borda.apply(THREE, THREE_VOTES, TieBreaking.LEXICOGRAPHIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mes_additive_borda_sat")
        .hasMessageContaining("approval");
  }

  @Test
  void rejectsBallotsNamingUnknownProjects() {
    assertThatThrownBy(() -> run("mes_cost_sat", THREE, approval("A,Q")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project Q");
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(BudgetInstance.class, THREE)
            .setDefault(BudgetProfile.class, THREE_VOTES)
            .setDefault(TieBreaking.class, TieBreaking.LEXICOGRAPHIC)
            .setDefault(VoteType.class, VoteType.APPROVAL);
    for (BudgetRule rule : EqualSharesFamily.rules()) {
      tester.testAllPublicInstanceMethods(rule);
    }
  }

  @Test
  void budgetLargerThanEverythingSelectsEverySupportedProject() {
    BudgetOutcome o = run("mes_cost_sat", instance("1000", project("A", "15"), project("B", "12")), approval("A", "A,B"));
    assertThat(o.winners()).isEqualTo(ids("A", "B"));
    assertThat(o.totalCost()).isEqualByComparingTo(new BigDecimal("27"));
    assertThat(o.payments().get(0).values()).containsExactly(EqualSharesExamples.fraction("15/2"));
    assertThat(List.copyOf(o.payments().get(1).keySet())).isEqualTo(ids("A", "B"));
  }
}
