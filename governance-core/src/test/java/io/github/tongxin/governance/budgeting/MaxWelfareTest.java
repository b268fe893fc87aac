package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.approval;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.instance;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.order;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.outcome;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.Decision;
import org.junit.jupiter.api.Test;

/**
 * {@code max_welfare_cost_sat}: the utilitarian optimum under cost satisfaction (welfare = Σ votes
 * × cost of the funded projects), found by pabutools' primal–dual branch and bound.
 */
class MaxWelfareTest {
  private static final String RULE = "max_welfare_cost_sat";

  @Test
  void findsTheOptimumThatGreedyByVotesMisses() {
    // Budget 10; a 6 with 3 votes (welfare 18), b 5 and c 5 with 2 votes each (10 + 10 = 20).
    BudgetInstance instance = instance("10", "a=6", "b=5", "c=5");
    BudgetProfile profile = approval("a,b", "a,c", "a", "b,c");

    BudgetOutcome optimum = outcome(RULE, instance, profile);
    assertThat(order(optimum)).containsExactly("b", "c");
    assertThat(optimum.totalCost()).isEqualByComparingTo("10");
    assertThat(optimum.isExhaustive()).isTrue();
    assertThat(order(outcome("greedy_cost_sat", instance, profile))).containsExactly("a");
    // The optimum is unique, so refusing ties changes nothing.
    assertThat(run(RULE, instance, profile, TieBreaking.REFUSE).valueOrThrow().selectionOrder())
        .isEqualTo(optimum.selectionOrder());
  }

  @Test
  void amongEquallyGoodSetsTheFirstFoundInIdOrderWins() {
    // Budget 5; a and b cost 5 with one vote each: {a} and {b} both reach welfare 5.
    BudgetInstance instance = instance("5", "a=5", "b=5");
    BudgetProfile profile = approval("a", "b");

    assertThat(order(outcome(RULE, instance, profile))).containsExactly("a");
    Decision<BudgetOutcome> refused = run(RULE, instance, profile, TieBreaking.REFUSE);
    assertThat(refused.isAccepted()).isFalse();
    assertThat(refused.violations().get(0).code()).isEqualTo(BudgetRuleCode.TIE);
    assertThat(refused.violations().get(0).message()).contains(RULE, "projects a, b", "welfare 5");
  }

  @Test
  void votesThenCostOrdersEquallyEfficientProjectsCheapestFirst() {
    // Budget 6; x 6, y 3, z 3, one vote each: {x} and {y, z} both reach welfare 6. The search
    // starts from the prefix of the efficiency order that fits, so the order among equally
    // efficient projects decides: id order gives {x}, cheapest first gives {y, z}.
    BudgetInstance instance = instance("6", "x=6", "y=3", "z=3");
    BudgetProfile profile = approval("x", "y", "z");

    assertThat(order(outcome(RULE, instance, profile))).containsExactly("x");
    assertThat(order(run(RULE, instance, profile, TieBreaking.VOTES_THEN_COST).valueOrThrow()))
        .containsExactly("y", "z");
  }

  @Test
  void aProjectWithoutVotesIsFundedOnlyIfTheStartingPrefixHoldsIt() {
    // Budget 6; a 5 (2 votes), z 1 (none). Everything fits, so the first prefix is the answer.
    BudgetOutcome all = outcome(RULE, instance("6", "a=5", "z=1"), approval("a", "a"));
    assertThat(order(all)).containsExactly("a", "z");

    // With b 5 (1 vote) between them in efficiency order, the prefix stops at a and the search
    // never improves on it: z fits in the budget left but is not funded.
    BudgetInstance withB = instance("6", "a=5", "b=5", "z=1");
    BudgetProfile profile = approval("a", "a", "b");
    BudgetOutcome some = outcome(RULE, withB, profile);
    assertThat(order(some)).containsExactly("a");
    assertThat(some.isExhaustive()).isFalse();
    // Funding z too keeps the welfare: under REFUSE that is a tie.
    assertThat(run(RULE, withB, profile, TieBreaking.REFUSE).violations().get(0).message())
        .contains("projects z");
  }

  @Test
  void projectsCostingNothingHaveNoCostSatisfactionAndAreNotFunded() {
    // pabutools funds a free project only if its satisfaction is positive; Cost_Sat of a free
    // project is 0.
    BudgetOutcome outcome = outcome(RULE, instance("4", "a=4", "free=0"), approval("a,free"));

    assertThat(order(outcome)).containsExactly("a");
    assertThat(outcome.isExhaustive()).isFalse();
  }

  @Test
  void withDecimalCostsTheFlooredBoundCanMissTheOptimumAsInPabutools() {
    // Budget 9.96; a 9 and b 9.72, one vote each: {b} (welfare 9.72) beats {a} (9). Both are
    // equally efficient (1 per unit), a comes first and fits; the bound for adding b is
    // floor(0.96 × 1) = 0, so the search stops at {a}, exactly as pabutools does.
    BudgetInstance instance = instance("9.96", "a=9", "b=9.72");
    BudgetProfile profile = approval("a", "b");

    assertThat(order(outcome(RULE, instance, profile))).containsExactly("a");
    // REFUSE does not hide it: a set at least as good exists.
    assertThat(run(RULE, instance, profile, TieBreaking.REFUSE).violations().get(0).message())
        .contains("projects a, b");
  }

  @Test
  void noProjectsNoVotesNoBudget() {
    assertThat(outcome(RULE, instance("10"), approval()).selectionOrder()).isEmpty();
    assertThat(outcome(RULE, instance("0", "a=1"), approval("a")).selectionOrder()).isEmpty();
  }
}
