package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.approval;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.instance;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.order;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.ordinal;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.outcome;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.rule;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.Decision;
import org.junit.jupiter.api.Test;

/** Sequential Phragmén on tiny approval elections worked out by hand. */
class SequentialPhragmenTest {
  private static final String RULE = "sequential_phragmen";

  @Test
  void stopsAtTheFirstBestProjectThatNoLongerFits() {
    // Budget 10; a 4, b 4, c 3, d 6 (no votes), e 11 (over the budget: removed), f 1 (no votes).
    // Ballots {a,c}, {a}, {b}, {c,e}.
    // Round 1: a (0+4)/2 = 2, b 4/1 = 4, c 3/2 = 3/2, d and f infinite → c; v1, v4 carry 3/2.
    // Round 2: a (3/2 + 0 + 4)/2 = 11/4, b 4 → a; v1, v2 carry 11/4. Spent 7.
    // Round 3: b 4 is best but 4 > 3 left: stop, although f would fit.
    BudgetOutcome outcome =
        outcome(
            RULE,
            instance("10", "a=4", "b=4", "c=3", "d=6", "e=11", "f=1"),
            approval("a,c", "a", "b", "c,e"));

    assertThat(order(outcome)).containsExactly("c", "a");
    assertThat(outcome.totalCost()).isEqualByComparingTo("7");
    assertThat(outcome.leftover()).isEqualByComparingTo("3");
    assertThat(outcome.isExhaustive()).isFalse();
  }

  @Test
  void loadsCarriedFromEarlierRoundsDelayProjectsOfTheSameVoters() {
    // Budget 100; x 30 by v1..v3, y 20 by v1, v2, z 12 by v4.
    // Round 1: x 10, y 10, z 12 → x (id before y); v1..v3 carry 10.
    // Round 2: y (10 + 10 + 20)/2 = 20, z 12 → z. Round 3: y.
    BudgetOutcome outcome =
        outcome(RULE, instance("100", "x=30", "y=20", "z=12"), approval("x,y", "x,y", "x", "z"));

    assertThat(order(outcome)).containsExactly("x", "z", "y");
    assertThat(outcome.winners()).extracting(ProjectId::value).containsExactly("x", "y", "z");
  }

  @Test
  void projectsWithoutApproversComeLastWithInfiniteLoad() {
    // After a, z1 and z2 tie at infinity; both fit, so they are funded in id order.
    BudgetOutcome all = outcome(RULE, instance("10", "a=4", "z1=2", "z2=3"), approval("a"));
    assertThat(order(all)).containsExactly("a", "z1", "z2");

    // With z2 at 5: z1 and z2 both fit after a (4 + 5 ≤ 10), z1 is funded; then z2 does not fit.
    BudgetOutcome some = outcome(RULE, instance("10", "a=4", "z1=2", "z2=5"), approval("a"));
    assertThat(order(some)).containsExactly("a", "z1");
  }

  @Test
  void aTiedMinimiserThatDoesNotFitStopsTheRuleEvenIfAnotherFits() {
    // Budget 4; c 1 by v4 comes first (load 1). Then a 2 by v1 and b 4 by v2, v3 tie at load 2;
    // b does not fit in the 3 left, so the rule stops although a would fit.
    BudgetInstance instance = instance("4", "a=2", "b=4", "c=1");
    BudgetProfile profile = approval("a", "b", "b", "c");

    BudgetOutcome outcome = outcome(RULE, instance, profile);
    assertThat(order(outcome)).containsExactly("c");
    assertThat(outcome.isExhaustive()).isFalse();
    // Stopping is not a choice: REFUSE decides the same.
    assertThat(order(run(RULE, instance, profile, TieBreaking.REFUSE).valueOrThrow()))
        .containsExactly("c");
  }

  @Test
  void tiesGoToTheSmallestIdInPlainStringOrderOrAreRefused() {
    BudgetInstance instance = instance("10", "2=2", "11=2");
    BudgetProfile profile = approval("2", "11");

    assertThat(order(outcome(RULE, instance, profile))).containsExactly("11", "2");
    Decision<BudgetOutcome> refused = run(RULE, instance, profile, TieBreaking.REFUSE);
    assertThat(refused.isAccepted()).isFalse();
    assertThat(refused.violations().get(0).code()).isEqualTo(BudgetRuleCode.TIE);
    assertThat(refused.violations().get(0).message()).contains("projects 11, 2", "load 2");
  }

  @Test
  void votesThenCostPrefersTheProjectWithMoreApprovers() {
    // a 1 by v1 and b 2 by v2, v3 both reach load 1.
    BudgetInstance instance = instance("10", "a=1", "b=2");
    BudgetProfile profile = approval("a", "b", "b");

    assertThat(order(outcome(RULE, instance, profile))).containsExactly("a", "b");
    assertThat(order(run(RULE, instance, profile, TieBreaking.VOTES_THEN_COST).valueOrThrow()))
        .containsExactly("b", "a");
  }

  @Test
  void loadsAreExactFractions() {
    // a 1 by v1..v3, b 2 by v1..v4, c 0.75 by v5.
    // Round 1: a 1/3, b 2/4, c 3/4 → a; v1..v3 carry 1/3.
    // Round 2: b (3 × 1/3 + 2)/4 = 3/4 and c 3/4 tie exactly; b comes first by id.
    BudgetInstance instance = instance("10", "a=1", "b=2", "c=0.75");
    BudgetProfile profile = approval("a,b", "a,b", "a,b", "b", "c");

    assertThat(order(outcome(RULE, instance, profile))).containsExactly("a", "b", "c");
    Decision<BudgetOutcome> refused = run(RULE, instance, profile, TieBreaking.REFUSE);
    assertThat(refused.violations().get(0).message()).contains("projects b, c", "load 3/4");
  }

  @Test
  void appliesToApprovalBallotsOnly() {
    assertThat(rule(RULE).appliesTo(VoteType.APPROVAL)).isTrue();
    assertThat(rule(RULE).appliesTo(VoteType.CHOOSE_ONE)).isTrue();
    assertThat(rule(RULE).appliesTo(VoteType.ORDINAL)).isFalse();
    assertThat(rule(RULE).appliesTo(VoteType.CUMULATIVE)).isFalse();
    assertThatThrownBy(() -> outcome(RULE, instance("1", "a=1"), ordinal("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sequential_phragmen does not apply to ordinal ballots");
  }
}
