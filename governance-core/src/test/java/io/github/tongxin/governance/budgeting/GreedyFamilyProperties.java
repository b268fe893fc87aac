package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.BudgetingGenerators.elections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.budgeting.BudgetingGenerators.Costs;
import io.github.tongxin.governance.budgeting.BudgetingGenerators.Election;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of the greedy family (greedy rules, sequential Phragmén, maximum welfare) on small
 * random elections of every vote type, under every tie-breaking.
 */
class GreedyFamilyProperties {
  private static final int EXAMPLES = 300;

  private static final List<String> GREEDY =
      List.of(
          "greedy_cost_sat",
          "greedy_cardinality_sat",
          "greedy_score_times_cost_sat",
          "greedy_additive_cardinal_sat",
          "greedy_borda_times_cost_sat",
          "greedy_additive_borda_sat");

  private static final String PHRAGMEN = "sequential_phragmen";
  private static final String MAX_WELFARE = "max_welfare_cost_sat";

  /** The family's rules that apply to the election's ballots. */
  private static List<BudgetRule> rules(Election election) {
    return election.applicable(GreedyFamily.rules());
  }

  @Test
  void everyOutcomeIsFeasibleAndReportsItsCostAndExhaustivenessTruthfully() {
    qt().withExamples(EXAMPLES)
        .forAll(elections(10, 8, Costs.DECIMALS))
        .checkAssert(
            election -> {
              for (BudgetRule rule : rules(election)) {
                for (TieBreaking tieBreaking : TieBreaking.values()) {
                  Decision<BudgetOutcome> decision =
                      rule.apply(election.instance(), election.profile(), tieBreaking);
                  if (!decision.isAccepted()) {
                    assertThat(tieBreaking).as(rule.id()).isEqualTo(TieBreaking.REFUSE);
                    assertThat(decision.violations())
                        .singleElement()
                        .satisfies(v -> assertThat(v.code()).isEqualTo(BudgetRuleCode.TIE));
                    continue;
                  }
                  BudgetOutcome outcome = decision.valueOrThrow();
                  BudgetInstance instance = election.instance();
                  BigDecimal total = BigDecimal.ZERO;
                  for (ProjectId id : outcome.selectionOrder()) {
                    total = total.add(instance.project(id).cost());
                  }
                  assertThat(new HashSet<>(outcome.selectionOrder()))
                      .hasSameSizeAs(outcome.selectionOrder());
                  assertThat(outcome.totalCost()).isEqualByComparingTo(total);
                  assertThat(total).as(rule.id()).isLessThanOrEqualTo(instance.budget());
                  assertThat(outcome.leftover())
                      .isEqualByComparingTo(instance.budget().subtract(total));
                  boolean exhaustive =
                      instance.projects().values().stream()
                          .allMatch(
                              p ->
                                  outcome.selectionOrder().contains(p.id())
                                      || p.cost().compareTo(outcome.leftover()) > 0);
                  assertThat(outcome.isExhaustive()).as(rule.id()).isEqualTo(exhaustive);
                  assertThat(outcome.rule()).isEqualTo(rule.id());
                  assertThat(outcome.tieBreaking()).isEqualTo(tieBreaking);
                  assertThat(outcome.payments()).isEmpty();
                }
              }
            });
  }

  @Test
  void greedyOutcomesAreExhaustive() {
    // The walk looks at every project; one it skipped did not fit then and fits even less later.
    qt().withExamples(EXAMPLES)
        .forAll(elections(10, 8, Costs.DECIMALS))
        .checkAssert(
            election -> {
              for (BudgetRule rule : rules(election)) {
                if (!GREEDY.contains(rule.id())) {
                  continue;
                }
                for (TieBreaking tieBreaking :
                    List.of(TieBreaking.LEXICOGRAPHIC, TieBreaking.VOTES_THEN_COST)) {
                  assertThat(
                          rule.apply(election.instance(), election.profile(), tieBreaking)
                              .valueOrThrow()
                              .isExhaustive())
                      .as(rule.id())
                      .isTrue();
                }
              }
            });
  }

  /** Greedy by votes as a city would write it down. */
  private static List<String> sortByVotesTakeWhatFits(Election election, boolean cheaperFirst) {
    Map<ProjectId, Integer> votes = new HashMap<>();
    for (BudgetBallot ballot : election.profile().ballots()) {
      for (ProjectId id : ballot.projects()) {
        votes.merge(id, 1, Integer::sum);
      }
    }
    List<BudgetProject> projects = new ArrayList<>(election.instance().projects().values());
    Comparator<BudgetProject> byVotes =
        Comparator.comparingInt(p -> -votes.getOrDefault(p.id(), 0));
    if (cheaperFirst) {
      byVotes = byVotes.thenComparing(BudgetProject::cost);
    }
    projects.sort(byVotes.thenComparing(BudgetProject::id));
    List<String> funded = new ArrayList<>();
    BigDecimal left = election.instance().budget();
    for (BudgetProject project : projects) {
      if (project.cost().compareTo(left) <= 0) {
        funded.add(project.id().value());
        left = left.subtract(project.cost());
      }
    }
    return funded;
  }

  @Test
  void greedyByVotesSortsByVotesAndTakesEachProjectThatFits() {
    qt().withExamples(EXAMPLES)
        .forAll(elections(12, 10, Costs.POSITIVE_INTEGERS))
        .checkAssert(
            election -> {
              BudgetRule rule = BudgetRules.byId("greedy_cost_sat").orElseThrow();
              BudgetOutcome lexicographic =
                  rule.apply(election.instance(), election.profile(), TieBreaking.LEXICOGRAPHIC)
                      .valueOrThrow();
              assertThat(GreedyFamilyFixtures.order(lexicographic))
                  .isEqualTo(sortByVotesTakeWhatFits(election, false));
              BudgetOutcome votesThenCost =
                  rule.apply(election.instance(), election.profile(), TieBreaking.VOTES_THEN_COST)
                      .valueOrThrow();
              assertThat(GreedyFamilyFixtures.order(votesThenCost))
                  .isEqualTo(sortByVotesTakeWhatFits(election, true));
            });
  }

  @Test
  void permutingVotersNeverChangesTheDecision() {
    qt().withExamples(EXAMPLES)
        .forAll(elections(8, 8, Costs.DECIMALS), intArrays(constant(8), range(0, 1000)))
        .checkAssert(
            (election, swaps) -> {
              int[] order = BudgetingGenerators.permutation(election.profile().voters(), swaps);
              BudgetProfile permuted = BudgetingGenerators.permuteVoters(election.profile(), order);
              for (BudgetRule rule : rules(election)) {
                for (TieBreaking tieBreaking : TieBreaking.values()) {
                  assertThat(rule.apply(election.instance(), permuted, tieBreaking))
                      .as(rule.id())
                      .isEqualTo(rule.apply(election.instance(), election.profile(), tieBreaking));
                }
              }
            });
  }

  @Test
  void renamingProjectsRenamesTheOutcomeWhenThereIsNoTie() {
    qt().withExamples(EXAMPLES)
        .forAll(elections(10, 8, Costs.INTEGERS), intArrays(constant(10), range(0, 1000)))
        .checkAssert(
            (election, swaps) -> {
              List<ProjectId> ids = new ArrayList<>(election.instance().projects().keySet());
              int[] shuffle = BudgetingGenerators.permutation(ids.size(), swaps);
              Map<ProjectId, ProjectId> names = new HashMap<>();
              for (int i = 0; i < ids.size(); i++) {
                names.put(ids.get(i), ProjectId.of("p" + ids.get(shuffle[i]).value()));
              }
              Election renamed = BudgetingGenerators.rename(election, names);
              for (BudgetRule rule : rules(election)) {
                if (!rule.apply(election.instance(), election.profile(), TieBreaking.REFUSE)
                    .isAccepted()) {
                  continue;
                }
                BudgetOutcome before =
                    rule.apply(election.instance(), election.profile(), TieBreaking.LEXICOGRAPHIC)
                        .valueOrThrow();
                BudgetOutcome after =
                    rule.apply(renamed.instance(), renamed.profile(), TieBreaking.LEXICOGRAPHIC)
                        .valueOrThrow();
                List<ProjectId> expected =
                    before.selectionOrder().stream().map(names::get).toList();
                if (rule.id().equals(MAX_WELFARE)) {
                  // Only the set is determined: funded projects come in efficiency order, and
                  // equally efficient ones in id order.
                  assertThat(after.selectionOrder()).containsExactlyInAnyOrderElementsOf(expected);
                } else {
                  assertThat(after.selectionOrder()).as(rule.id()).isEqualTo(expected);
                }
                assertThat(
                        rule.apply(renamed.instance(), renamed.profile(), TieBreaking.REFUSE)
                            .isAccepted())
                    .as(rule.id())
                    .isTrue();
              }
            });
  }

  @Test
  void withoutTiesTheTieBreakingDoesNotMatter() {
    qt().withExamples(EXAMPLES)
        .forAll(elections(10, 8, Costs.INTEGERS))
        .checkAssert(
            election -> {
              for (BudgetRule rule : rules(election)) {
                Decision<BudgetOutcome> refuse =
                    rule.apply(election.instance(), election.profile(), TieBreaking.REFUSE);
                if (!refuse.isAccepted()) {
                  continue;
                }
                for (TieBreaking tieBreaking :
                    List.of(TieBreaking.LEXICOGRAPHIC, TieBreaking.VOTES_THEN_COST)) {
                  BudgetOutcome other =
                      rule.apply(election.instance(), election.profile(), tieBreaking)
                          .valueOrThrow();
                  if (rule.id().equals(MAX_WELFARE)) {
                    assertThat(other.winners()).isEqualTo(refuse.valueOrThrow().winners());
                  } else {
                    assertThat(other.selectionOrder())
                        .as(rule.id())
                        .isEqualTo(refuse.valueOrThrow().selectionOrder());
                  }
                }
              }
            });
  }

  @Test
  void refusalsHappenAndTheGeneratorsCoverEveryVoteType() {
    Set<VoteType> types = new HashSet<>();
    int[] refusals = new int[1];
    qt().withExamples(EXAMPLES)
        .forAll(elections(8, 6, Costs.INTEGERS))
        .checkAssert(
            election -> {
              types.add(election.profile().type());
              for (BudgetRule rule : rules(election)) {
                refusals[0] +=
                    rule.apply(election.instance(), election.profile(), TieBreaking.REFUSE)
                            .isAccepted()
                        ? 0
                        : 1;
              }
            });
    assertThat(types).containsExactlyInAnyOrder(VoteType.values());
    assertThat(refusals[0]).isPositive();
  }

  /** The largest Σ votes × cost over the feasible sets of projects, by enumeration. */
  private static BigDecimal bruteForceCostWelfare(Election election) {
    List<BudgetProject> projects = new ArrayList<>(election.instance().projects().values());
    BigDecimal[] value = new BigDecimal[projects.size()];
    for (int i = 0; i < projects.size(); i++) {
      value[i] = welfare(election, List.of(projects.get(i).id()));
    }
    BigDecimal best = BigDecimal.ZERO;
    for (int set = 0; set < 1 << projects.size(); set++) {
      BigDecimal cost = BigDecimal.ZERO;
      BigDecimal welfare = BigDecimal.ZERO;
      for (int i = 0; i < projects.size(); i++) {
        if ((set & 1 << i) != 0) {
          cost = cost.add(projects.get(i).cost());
          welfare = welfare.add(value[i]);
        }
      }
      if (cost.compareTo(election.instance().budget()) <= 0 && welfare.compareTo(best) > 0) {
        best = welfare;
      }
    }
    return best;
  }

  /** Σ over voters of the cost of the funded projects they name. */
  private static BigDecimal welfare(Election election, List<ProjectId> funded) {
    BigDecimal welfare = BigDecimal.ZERO;
    for (BudgetBallot ballot : election.profile().ballots()) {
      for (ProjectId id : funded) {
        if (ballot.projects().contains(id)) {
          welfare = welfare.add(election.instance().project(id).cost());
        }
      }
    }
    return welfare;
  }

  @Test
  void maxWelfareReachesTheBruteForceOptimumWithWholeCosts() {
    qt().withExamples(EXAMPLES)
        .forAll(elections(10, 8, Costs.INTEGERS))
        .checkAssert(
            election -> {
              BudgetRule rule = BudgetRules.byId(MAX_WELFARE).orElseThrow();
              BigDecimal optimum = bruteForceCostWelfare(election);
              for (TieBreaking tieBreaking :
                  List.of(TieBreaking.LEXICOGRAPHIC, TieBreaking.VOTES_THEN_COST)) {
                BudgetOutcome outcome =
                    rule.apply(election.instance(), election.profile(), tieBreaking).valueOrThrow();
                assertThat(welfare(election, outcome.selectionOrder()))
                    .isEqualByComparingTo(optimum);
              }
            });
  }

  @Test
  void phragmenOnlyFundsProjectsWithinTheBudgetAndStopsRatherThanSkips() {
    // Each project funded fitted when it was funded, so the costs of the selection order,
    // summed as it goes, never pass the budget; and the stop leaves a best project unfunded.
    qt().withExamples(EXAMPLES)
        .forAll(elections(VoteType.APPROVAL, 10, 8, Costs.DECIMALS))
        .checkAssert(
            election -> {
              BudgetOutcome outcome =
                  BudgetRules.byId(PHRAGMEN)
                      .orElseThrow()
                      .apply(election.instance(), election.profile(), TieBreaking.LEXICOGRAPHIC)
                      .valueOrThrow();
              assertThat(outcome.totalCost()).isLessThanOrEqualTo(election.instance().budget());
              Set<ProjectId> funded = new HashSet<>(outcome.selectionOrder());
              boolean affordableLeft =
                  election.instance().projects().values().stream()
                      .anyMatch(
                          p ->
                              !funded.contains(p.id())
                                  && p.cost().compareTo(election.instance().budget()) <= 0);
              if (affordableLeft) {
                // Something was left that cost at most the budget: the rule stopped at a best
                // project that did not fit in what was left.
                assertThat(
                        election.instance().projects().values().stream()
                            .anyMatch(
                                p ->
                                    !funded.contains(p.id())
                                        && p.cost().compareTo(outcome.leftover()) > 0))
                    .isTrue();
              }
            });
  }
}
