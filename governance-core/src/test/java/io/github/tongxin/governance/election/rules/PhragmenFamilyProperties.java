package io.github.tongxin.governance.election.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.election.rules.RulesGenerators.Election;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of every rule of {@link PhragmenFamily} over generated elections. */
class PhragmenFamilyProperties {
  private static final ImmutableList<CommitteeRule> RULES = PhragmenFamily.rules();

  /** Small elections, sparse to dense, so that ties are common. */
  private static Gen<Election> elections() {
    return range(0, 2).flatMap(d -> RulesGenerators.elections(8, 7, new int[] {25, 45, 70}[d]));
  }

  /** A permutation of 0..size-1 drawn from a seed. */
  private static int[] permutation(int size, int seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean allowsSmallerCommittees(CommitteeRule rule) {
    return rule.id().equals("equal-shares-without-completion");
  }

  @Test
  void permutingVotersNeverChangesAResult() {
    qt().withExamples(150)
        .forAll(elections(), integers().all())
        .checkAssert(
            (election, seed) -> {
              ApprovalProfile permuted =
                  RulesGenerators.permuteVoters(
                      election.profile(), permutation(election.profile().voters(), seed));
              int k = election.committeeSize();
              for (CommitteeRule rule : RULES) {
                assertThat(rule.resolute(permuted, k))
                    .as(rule.id())
                    .isEqualTo(rule.resolute(election.profile(), k));
                if (!rule.isResoluteOnly()) {
                  assertThat(rule.irresolute(permuted, k))
                      .as(rule.id())
                      .isEqualTo(rule.irresolute(election.profile(), k));
                }
              }
            });
  }

  @Test
  void relabellingCandidatesRelabelsTheIrresoluteCommittees() {
    qt().withExamples(150)
        .forAll(elections(), integers().all())
        .checkAssert(
            (election, seed) -> {
              int[] relabel = permutation(election.profile().candidates(), seed);
              ApprovalProfile renamed = RulesGenerators.relabelCandidates(election.profile(), relabel);
              int k = election.committeeSize();
              for (CommitteeRule rule : RULES) {
                if (rule.isResoluteOnly()) {
                  continue;
                }
                TreeSet<Committee> expected = new TreeSet<>();
                for (Committee c : rule.irresolute(election.profile(), k)) {
                  expected.add(RulesGenerators.relabel(c, relabel));
                }
                assertThat(rule.irresolute(renamed, k)).as(rule.id()).containsExactlyElementsOf(expected);
              }
            });
  }

  @Test
  void everyCommitteeHasKDistinctCandidates() {
    qt().withExamples(200)
        .forAll(elections())
        .checkAssert(
            election -> {
              int k = election.committeeSize();
              int m = election.profile().candidates();
              for (CommitteeRule rule : RULES) {
                List<Committee> committees = new ArrayList<>();
                committees.add(rule.resolute(election.profile(), k));
                if (!rule.isResoluteOnly()) {
                  committees.addAll(rule.irresolute(election.profile(), k));
                }
                for (Committee c : committees) {
                  // Committee members are distinct by construction (a sorted set).
                  if (allowsSmallerCommittees(rule)) {
                    assertThat(c.size()).as(rule.id()).isBetween(0, k);
                  } else {
                    assertThat(c.size()).as(rule.id()).isEqualTo(k);
                  }
                  assertThat(c.members()).as(rule.id()).allSatisfy(x -> assertThat(x).isBetween(0, m - 1));
                }
              }
            });
  }

  @Test
  void theResoluteCommitteeIsTheFirstBranchOfTheIrresoluteOnes() {
    qt().withExamples(200)
        .forAll(elections())
        .checkAssert(
            election -> {
              int k = election.committeeSize();
              for (CommitteeRule rule : RULES) {
                if (!rule.isResoluteOnly()) {
                  ImmutableList<Committee> all = rule.irresolute(election.profile(), k);
                  assertThat(all).as(rule.id()).isNotEmpty().isSorted().doesNotHaveDuplicates();
                  assertThat(all).as(rule.id()).contains(rule.resolute(election.profile(), k));
                }
              }
            });
  }

  /** Small elections, half of them with voter weights from {0.5, 1, 1.5, 2, 3}. */
  private static Gen<Election> weightedOrNot() {
    String[] choices = {"0.5", "1", "1.5", "2", "3"};
    return elections()
        .zip(
            integers().all(),
            (election, seed) -> {
              if (seed % 2 == 0) {
                return election;
              }
              Random random = new Random(seed);
              List<BigDecimal> weights = new ArrayList<>();
              for (int v = 0; v < election.profile().voters(); v++) {
                weights.add(new BigDecimal(choices[random.nextInt(choices.length)]));
              }
              return new Election(election.profile().withWeights(weights), election.committeeSize());
            });
  }

  @Test
  void agreesWithAPlainExactReadingOfAbcvoting() {
    qt().withExamples(300)
        .forAll(weightedOrNot())
        .checkAssert(
            election -> {
              PhragmenFamilyReference reference =
                  new PhragmenFamilyReference(election.profile(), election.committeeSize());
              for (CommitteeRule rule : RULES) {
                assertThat(rule.resolute(election.profile(), election.committeeSize()))
                    .as(rule.id())
                    .isEqualTo(reference.run(rule.id(), true).first());
                if (!rule.isResoluteOnly()) {
                  assertThat(rule.irresolute(election.profile(), election.committeeSize()))
                      .as(rule.id())
                      .containsExactlyElementsOf(reference.run(rule.id(), false));
                }
              }
            });
  }

  /**
   * Larger profiles made of a few party ballots (many voters with identical ballots): exact ties
   * deep into the rounds, and many distinct voter histories.
   */
  private static Gen<Election> partyElections() {
    return range(4, 9)
        .flatMap(
            m ->
                range(1, 4)
                    .flatMap(
                        parties ->
                            intArrays(range(10, 50), range(0, 99))
                                .zip(
                                    range(2, m - 1),
                                    (marks, k) -> new Election(partyProfile(m, parties, marks), k))));
  }

  private static ApprovalProfile partyProfile(int m, int parties, int[] marks) {
    List<List<Integer>> ballots = new ArrayList<>();
    for (int g = 0; g < parties; g++) {
      List<Integer> ballot = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if ((marks[(g * 7 + c) % marks.length] + 13 * g + 29 * c) % 100 < 35) {
          ballot.add(c);
        }
      }
      ballots.add(ballot);
    }
    List<List<Integer>> voters = new ArrayList<>();
    for (int mark : marks) {
      voters.add(ballots.get(mark % parties));
    }
    return ApprovalProfile.of(m, voters);
  }

  @Test
  void agreesWithThePlainReadingOnLargerPartyProfiles() {
    qt().withExamples(150)
        .forAll(partyElections())
        .checkAssert(
            election -> {
              PhragmenFamilyReference reference =
                  new PhragmenFamilyReference(election.profile(), election.committeeSize());
              for (CommitteeRule rule : RULES) {
                assertThat(rule.resolute(election.profile(), election.committeeSize()))
                    .as(rule.id())
                    .isEqualTo(reference.run(rule.id(), true).first());
              }
            });
  }
}
