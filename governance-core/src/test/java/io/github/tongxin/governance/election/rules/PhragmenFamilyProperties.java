package io.github.tongxin.governance.election.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.election.rules.RulesGenerators.Election;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

  private static boolean hasWeightBelowOne(ApprovalProfile profile) {
    return profile.weights().stream().anyMatch(w -> w.compareTo(BigDecimal.ONE) < 0);
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
                if (rule.id().equals("minimaxphragmen") && hasWeightBelowOne(election.profile())) {
                  assertThatThrownBy(() -> rule.resolute(election.profile(), election.committeeSize()))
                      .isInstanceOf(IllegalArgumentException.class)
                      .hasMessageContaining("minimaxphragmen needs voter weights of at least 1");
                  continue;
                }
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

  // ---- proportionality: EJR for Equal Shares, PJR for seq-Phragmén ----

  /**
   * Whether a committee violates extended justified representation: some group S of voters with
   * |S| ≥ ℓ·n/k who all approve ℓ common candidates, none of whom has ℓ approved members. Brute
   * force over every group of voters (n ≤ 12); only for unweighted profiles.
   */
  static boolean violatesEjr(ApprovalProfile profile, int k, Committee committee) {
    int n = profile.voters();
    int[] satisfaction = new int[n];
    for (int v = 0; v < n; v++) {
      for (int c : profile.ballots().get(v)) {
        if (committee.contains(c)) {
          satisfaction[v]++;
        }
      }
    }
    for (int group = 1; group < 1 << n; group++) {
      int ell = cohesiveness(profile, k, group);
      if (ell == 0) {
        continue;
      }
      boolean everyoneBelow = true;
      for (int v = 0; v < n; v++) {
        if ((group >> v & 1) == 1 && satisfaction[v] >= ell) {
          everyoneBelow = false;
        }
      }
      if (everyoneBelow) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a committee violates proportional justified representation: some group S with |S| ≥
   * ℓ·n/k who all approve ℓ common candidates, while fewer than ℓ members are approved by anyone
   * in S.
   */
  static boolean violatesPjr(ApprovalProfile profile, int k, Committee committee) {
    int n = profile.voters();
    for (int group = 1; group < 1 << n; group++) {
      int ell = cohesiveness(profile, k, group);
      if (ell == 0) {
        continue;
      }
      Set<Integer> covered = new HashSet<>();
      for (int v = 0; v < n; v++) {
        if ((group >> v & 1) == 1) {
          for (int c : profile.ballots().get(v)) {
            if (committee.contains(c)) {
              covered.add(c);
            }
          }
        }
      }
      if (covered.size() < ell) {
        return true;
      }
    }
    return false;
  }

  /** The largest ℓ for which the group (a bit set of voters) is ℓ-cohesive, or 0. */
  private static int cohesiveness(ApprovalProfile profile, int k, int group) {
    int n = profile.voters();
    Set<Integer> common = null;
    for (int v = 0; v < n; v++) {
      if ((group >> v & 1) == 1) {
        Set<Integer> ballot = new HashSet<>(profile.ballots().get(v));
        if (common == null) {
          common = ballot;
        } else {
          common.retainAll(ballot);
        }
      }
    }
    int size = Integer.bitCount(group);
    // ℓ ≤ |S|·k/n, i.e. ℓ·n ≤ |S|·k.
    return Math.min(common == null ? 0 : common.size(), size * k / n);
  }

  @Test
  void theCheckersFindTheTextbookViolationOfApprovalVoting() {
    // Four voters {0,1,2}, two voters {3}; k = 3, n = 6. The {3}-voters are a third of the voters
    // with one common candidate: they deserve one seat. AV elects {0,1,2}: EJR and PJR fail.
    ApprovalProfile p =
        ApprovalProfile.of(
            4,
            List.of(List.of(0, 1, 2), List.of(0, 1, 2), List.of(0, 1, 2), List.of(0, 1, 2), List.of(3), List.of(3)));
    assertThat(violatesEjr(p, 3, Committee.of(0, 1, 2))).isTrue();
    assertThat(violatesPjr(p, 3, Committee.of(0, 1, 2))).isTrue();
    assertThat(violatesEjr(p, 3, Committee.of(0, 1, 3))).isFalse();
    assertThat(violatesPjr(p, 3, Committee.of(0, 1, 3))).isFalse();
    // The rules themselves give the {3}-voters their seat.
    assertThat(CommitteeRules.byId("seqphragmen").orElseThrow().resolute(p, 3)).isEqualTo(Committee.of(0, 1, 3));
    assertThat(CommitteeRules.byId("equal-shares").orElseThrow().resolute(p, 3)).isEqualTo(Committee.of(0, 1, 3));
  }

  @Test
  void everyEqualSharesCommitteeSatisfiesEjr() {
    // Peters and Skowron (2020): the Method of Equal Shares satisfies EJR; completing a committee
    // only adds members, which keeps EJR.
    qt().withExamples(150)
        .forAll(elections())
        .checkAssert(
            election -> {
              int k = election.committeeSize();
              for (String id :
                  List.of("equal-shares", "equal-shares-with-av-completion", "equal-shares-without-completion")) {
                CommitteeRule rule = CommitteeRules.byId(id).orElseThrow();
                for (Committee c : rule.irresolute(election.profile(), k)) {
                  assertThat(violatesEjr(election.profile(), k, c)).as(id + " " + c).isFalse();
                }
              }
            });
  }

  @Test
  void everySeqPhragmenCommitteeSatisfiesPjr() {
    // Brill, Freeman, Janson and Lackner (2017): sequential Phragmén satisfies PJR, whatever the
    // tie-breaking.
    CommitteeRule rule = CommitteeRules.byId("seqphragmen").orElseThrow();
    qt().withExamples(150)
        .forAll(elections())
        .checkAssert(
            election -> {
              int k = election.committeeSize();
              for (Committee c : rule.irresolute(election.profile(), k)) {
                assertThat(violatesPjr(election.profile(), k, c)).as(c.toString()).isFalse();
              }
            });
  }

  @Test
  void completionOnlyAddsToTheEqualSharesPhaseAndRepeatedCallsAgree() {
    CommitteeRule alone = CommitteeRules.byId("equal-shares-without-completion").orElseThrow();
    qt().withExamples(150)
        .forAll(weightedOrNot())
        .checkAssert(
            election -> {
              int k = election.committeeSize();
              Committee phase = alone.resolute(election.profile(), k);
              for (String id : List.of("equal-shares", "equal-shares-with-av-completion")) {
                CommitteeRule rule = CommitteeRules.byId(id).orElseThrow();
                Committee completed = rule.resolute(election.profile(), k);
                assertThat(completed.members()).as(id).containsAll(phase.members());
                assertThat(rule.resolute(election.profile(), k)).as(id).isEqualTo(completed);
                assertThat(rule.irresolute(election.profile(), k))
                    .as(id)
                    .isEqualTo(rule.irresolute(election.profile(), k));
              }
            });
  }
}
