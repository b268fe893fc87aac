package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.approval;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.cumulative;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.instance;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.order;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.ordinal;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.outcome;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The six greedy rules on tiny elections worked out by hand, and their tie-breaking.
 *
 * <p>The approval example: budget 10; a costs 6, b 2, c 4, d 1; ballots {a,b}, {a,b}, {a,c}, so a
 * has 3 votes, b 2, c 1, d none.
 */
class GreedyWelfareTest {
  private static final BudgetInstance ABCD = instance("10", "a=6", "b=2", "c=4", "d=1");
  private static final BudgetProfile VOTES = approval("a,b", "a,b", "a,c");

  @Test
  void greedyByVotesSkipsAProjectThatNoLongerFitsAndWalksOn() {
    // By votes: a (3) leaves 4, b (2) leaves 2, c (1) costs 4 and is skipped, d (0) fits.
    BudgetOutcome outcome = outcome("greedy_cost_sat", ABCD, VOTES);

    assertThat(order(outcome)).containsExactly("a", "b", "d");
    assertThat(outcome.winners()).extracting(ProjectId::value).containsExactly("a", "b", "d");
    assertThat(outcome.totalCost()).isEqualByComparingTo("9");
    assertThat(outcome.leftover()).isEqualByComparingTo("1");
    assertThat(outcome.isExhaustive()).isTrue();
    assertThat(outcome.rule()).isEqualTo("greedy_cost_sat");
    assertThat(outcome.tieBreaking()).isEqualTo(TieBreaking.LEXICOGRAPHIC);
    assertThat(outcome.payments()).isEmpty();
  }

  @Test
  void greedyByVotesPerUnitOfCostPutsCheapPopularProjectsFirst() {
    // Votes per unit of cost: b 2/2 = 1, a 3/6 = 1/2, c 1/4, d 0. b leaves 8, a leaves 2, c is
    // skipped, d fits.
    BudgetOutcome outcome = outcome("greedy_cardinality_sat", ABCD, VOTES);

    assertThat(order(outcome)).containsExactly("b", "a", "d");
    assertThat(outcome.leftover()).isEqualByComparingTo("1");
  }

  @Test
  void aProjectCostingNothingHasNoCostSatisfactionButInfiniteCardinalityDensity() {
    // z costs 0 and has 2 votes: its Cost_Sat is 2 × 0 = 0, so pabutools gives it density 0
    // (after a); under Cardinality_Sat its density is infinite (before a).
    BudgetInstance instance = instance("5", "a=5", "z=0");
    BudgetProfile profile = approval("a,z", "z");

    assertThat(order(outcome("greedy_cost_sat", instance, profile))).containsExactly("a", "z");
    assertThat(order(outcome("greedy_cardinality_sat", instance, profile)))
        .containsExactly("z", "a");
  }

  @Test
  void cumulativeBallotsGreedyByTotalScoreAndByScorePerUnitOfCost() {
    // Budget 10; p costs 10, q 5, r 5. Points: p 3 + 1 = 4, q 2 + 1 = 3, r 4.
    BudgetInstance instance = instance("10", "p=10", "q=5", "r=5");
    BudgetProfile profile = cumulative("p:3,q:2", "q:1,r:4", "p:1");

    // By total score: p and r tie at 4, p first by id; p uses the whole budget.
    BudgetOutcome byScore = outcome("greedy_score_times_cost_sat", instance, profile);
    assertThat(order(byScore)).containsExactly("p");
    assertThat(byScore.isExhaustive()).isTrue();
    // Per unit of cost: r 4/5, q 3/5, p 4/10: r and q fill the budget.
    assertThat(order(outcome("greedy_additive_cardinal_sat", instance, profile)))
        .containsExactly("r", "q");
  }

  @Test
  void ordinalBallotsGreedyByBordaScoreTheLastRankedProjectScoringZero() {
    // Budget 5; w costs 0 (named by no one), x 4, y 2, z 1. Ballots [x,y,z], [y,x], [z]. Borda
    // len − position − 1: x 2 + 0 = 2, y 1 + 1 = 2, z 0 + 0 = 0, w 0.
    BudgetInstance instance = instance("5", "w=0", "x=4", "y=2", "z=1");
    BudgetProfile profile = ordinal("x,y,z", "y,x", "z");

    // Borda × cost is additive: density = total Borda; x and y tie at 2 (x first), w and z
    // have no satisfaction (density 0, w first). x leaves 1, y is skipped, w and z fit.
    BudgetOutcome byBorda = outcome("greedy_borda_times_cost_sat", instance, profile);
    assertThat(order(byBorda)).containsExactly("x", "w", "z");
    assertThat(byBorda.totalCost()).isEqualByComparingTo("5");
    // Additive_Borda_Sat runs pabutools' general scheme: w (cost 0) is infinite and first, then
    // y 2/2 = 1, x 2/4, z 0/1. x no longer fits after y.
    BudgetOutcome perCost = outcome("greedy_additive_borda_sat", instance, profile);
    assertThat(order(perCost)).containsExactly("w", "y", "z");
    assertThat(perCost.leftover()).isEqualByComparingTo("2");
    assertThat(perCost.isExhaustive()).isTrue();
  }

  @Test
  void lexicographicTieBreakingPutsElevenBeforeTwo() {
    // "2" and "11" tie on one vote each; only one fits. Plain string order: "11" < "2".
    BudgetInstance instance = instance("5", "2=5", "11=5");
    BudgetProfile profile = approval("2", "11");

    assertThat(order(outcome("greedy_cost_sat", instance, profile))).containsExactly("11");
    assertThat(order(outcome("greedy_cardinality_sat", instance, profile))).containsExactly("11");
  }

  @Test
  void votesThenCostTieBreakingPrefersMoreVotesThenTheCheaperProject() {
    // Cardinality density ties at 1: a (1 vote, cost 1) and b (2 votes, cost 2); budget 2.
    BudgetInstance ab = instance("2", "a=1", "b=2");
    BudgetProfile abVotes = approval("b", "a,b");
    assertThat(
            order(
                run("greedy_cardinality_sat", ab, abVotes, TieBreaking.LEXICOGRAPHIC)
                    .valueOrThrow()))
        .containsExactly("a");
    assertThat(
            order(
                run("greedy_cardinality_sat", ab, abVotes, TieBreaking.VOTES_THEN_COST)
                    .valueOrThrow()))
        .containsExactly("b");
    // By votes, "1" (cost 4) and "2" (cost 3) tie at 2 votes; budget 4 takes one of them.
    BudgetInstance twelve = instance("4", "1=4", "2=3");
    BudgetProfile both = approval("1,2", "1,2");
    assertThat(
            order(run("greedy_cost_sat", twelve, both, TieBreaking.LEXICOGRAPHIC).valueOrThrow()))
        .containsExactly("1");
    BudgetOutcome cheaper =
        run("greedy_cost_sat", twelve, both, TieBreaking.VOTES_THEN_COST).valueOrThrow();
    assertThat(order(cheaper)).containsExactly("2");
    assertThat(cheaper.tieBreaking()).isEqualTo(TieBreaking.VOTES_THEN_COST);
  }

  @Test
  void refuseTurnsATieIntoARejectionNamingTheTiedProjects() {
    Decision<BudgetOutcome> decision =
        run(
            "greedy_cost_sat",
            instance("4", "1=4", "2=3"),
            approval("1,2", "1,2"),
            TieBreaking.REFUSE);

    assertThat(decision.isAccepted()).isFalse();
    assertThat(decision.violations()).hasSize(1);
    Violation violation = decision.violations().get(0);
    assertThat(violation.code()).isEqualTo(BudgetRuleCode.TIE);
    assertThat(violation.message()).contains("greedy_cost_sat", "projects 1, 2", "REFUSE");
  }

  @Test
  void refuseNamesTiedProjectsInIdOrder() {
    Decision<BudgetOutcome> decision =
        run(
            "greedy_cost_sat",
            instance("5", "2=5", "11=5"),
            approval("2", "11"),
            TieBreaking.REFUSE);

    assertThat(decision.violations().get(0).message()).contains("projects 11, 2");
  }

  @Test
  void refuseDecidesWhenOnlyOneOfTheEquallyDenseProjectsFits() {
    // a and b both have 2 votes, but a (6) does not fit in 5: no choice to make.
    Decision<BudgetOutcome> decision =
        run(
            "greedy_cost_sat",
            instance("5", "a=6", "b=5"),
            approval("a,b", "a,b"),
            TieBreaking.REFUSE);

    assertThat(order(decision.valueOrThrow())).containsExactly("b");
  }

  @Test
  void refuseWithoutTiesGivesTheLexicographicOutcome() {
    BudgetOutcome refuse = run("greedy_cost_sat", ABCD, VOTES, TieBreaking.REFUSE).valueOrThrow();

    assertThat(refuse.selectionOrder())
        .isEqualTo(outcome("greedy_cost_sat", ABCD, VOTES).selectionOrder());
    assertThat(refuse.tieBreaking()).isEqualTo(TieBreaking.REFUSE);
  }

  @Test
  void refuseSeesATieEvenWhenBothTiedProjectsAreFunded() {
    // The round-based reading must choose which of "1" and "2" comes first.
    Decision<BudgetOutcome> decision =
        run("greedy_cost_sat", instance("10", "1=4", "2=3"), approval("1,2"), TieBreaking.REFUSE);

    assertThat(decision.isAccepted()).isFalse();
  }

  @Test
  void decimalCostsAreExact() {
    // 0.1 + 0.2 fits exactly in 0.3, which binary floating point would not say.
    BudgetOutcome outcome =
        outcome("greedy_cost_sat", instance("0.3", "a=0.1", "b=0.2"), approval("a,b", "a"));

    assertThat(order(outcome)).containsExactly("a", "b");
    assertThat(outcome.leftover()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void anEmptyProfileFundsProjectsInIdOrderWhileTheyFit() {
    BudgetOutcome outcome =
        outcome("greedy_cost_sat", instance("7", "c=3", "a=5", "b=2"), approval());

    assertThat(order(outcome)).containsExactly("a", "b");
    assertThat(outcome.isExhaustive()).isTrue();
  }
}
