package io.github.tongxin.governance.election.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed examples for every rule of {@link ThieleFamily}. The expectations are worked out
 * in the comments.
 */
class ThieleFamilyTest {
  /**
   * Five voters, four candidates, k = 2: three voters approve {0, 1}, one approves {2}, one {3}.
   * Candidates 0 and 1 are clones; so are 2 and 3.
   */
  private static final ApprovalProfile CLONES =
      ApprovalProfile.of(
          4, List.of(List.of(0, 1), List.of(0, 1), List.of(0, 1), List.of(2), List.of(3)));

  /**
   * Fourteen voters, k = 2: four approve {0, 2}, four {1, 2}, three {0}, three {1}. AV and seq-PAV
   * take the popular 2 first; PAV and revseq-PAV prefer {0, 1}.
   */
  private static final ApprovalProfile CENTRE = centre();

  private static ApprovalProfile centre() {
    List<List<Integer>> ballots = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ballots.add(List.of(0, 2));
      ballots.add(List.of(1, 2));
    }
    for (int i = 0; i < 3; i++) {
      ballots.add(List.of(0));
      ballots.add(List.of(1));
    }
    return ApprovalProfile.of(3, ballots);
  }

  private static CommitteeRule rule(String id) {
    return CommitteeRules.byId(id).orElseThrow();
  }

  private static ImmutableList<Committee> committees(int[]... members) {
    ImmutableList.Builder<Committee> result = ImmutableList.builder();
    for (int[] m : members) {
      result.add(Committee.of(m));
    }
    return result.build();
  }

  private static void assertOutcome(
      String id, ApprovalProfile profile, int k, int[] resolute, int[]... irresolute) {
    assertThat(rule(id).resolute(profile, k)).as(id).isEqualTo(Committee.of(resolute));
    assertThat(rule(id).irresolute(profile, k)).as(id).isEqualTo(committees(irresolute));
  }

  private static int[] c(int... members) {
    return members;
  }

  @Test
  void registersEveryRuleWithBothNames() {
    assertThat(ThieleFamily.rules())
        .extracting(CommitteeRule::id)
        .containsExactly(
            "av", "sav", "pav", "slav", "cc", "lexcc", "geom2", "seqpav", "revseqpav",
            "seqslav", "seqcc", "minimaxav", "lexminimaxav", "monroe", "greedy-monroe",
            "consensus-rule", "trivial");
    assertThat(ThieleFamily.rules())
        .allSatisfy(
            r -> {
              assertThat(r.chineseName()).isNotBlank();
              assertThat(r.englishName()).isNotBlank();
              assertThat(r).hasToString(r.id());
            });
    assertThat(rule("pav").bilingualName()).isEqualTo("比例赞成投票 Proportional Approval Voting (PAV)");
    assertThat(rule("greedy-monroe").isResoluteOnly()).isTrue();
    assertThat(rule("monroe").isResoluteOnly()).isFalse();
  }

  @Test
  void approvalVotingTakesTheMostApproved() {
    // Approvals 3, 3, 1, 1: {0, 1}.
    assertOutcome("av", CLONES, 2, c(0, 1), c(0, 1));
    // Approvals 7, 7, 8: 2 and either of the tied 0 and 1; the lower index when resolute.
    assertOutcome("av", CENTRE, 2, c(0, 2), c(0, 2), c(1, 2));
  }

  @Test
  void satisfactionApprovalVotingSplitsEachVoterEqually() {
    // Shares 1/2 + 1/2 + 1/2 = 3/2 for 0 and 1, 1 for 2 and 3.
    assertOutcome("sav", CLONES, 2, c(0, 1), c(0, 1));
    // Weighted, with an empty ballot: weight 3 on {0, 1, 2} gives 1 to each, weight 1.5 on {2},
    // weight 2 on {} gives nothing. Scores 1, 1, 2.5: 2 and a tie between 0 and 1.
    ApprovalProfile weighted =
        ApprovalProfile.of(3, List.of(List.of(0, 1, 2), List.of(2), List.<Integer>of()))
            .withWeights(List.of(new BigDecimal("3"), new BigDecimal("1.5"), new BigDecimal("2")));
    assertOutcome("sav", weighted, 2, c(0, 2), c(0, 2), c(1, 2));
    // One vote for many candidates counts less: {0} alone beats the three-way {1, 2, 3} twice.
    ApprovalProfile split =
        ApprovalProfile.of(4, List.of(List.of(0), List.of(1, 2, 3), List.of(1, 2, 3)));
    assertOutcome("sav", split, 1, c(0), c(0));
    assertOutcome("av", split, 1, c(1), c(1), c(2), c(3));
  }

  @Test
  void proportionalApprovalVotingMaximisesHarmonicSatisfaction() {
    // {0,1}: 3 (1 + 1/2) = 4.5; {0,2}: 3 + 1 = 4; {2,3}: 2.
    assertOutcome("pav", CLONES, 2, c(0, 1), c(0, 1));
    // {0,1}: 4 + 4 + 3 + 3 = 14; {0,2}: 4 (1 + 1/2) + 4 + 3 = 13.
    assertOutcome("pav", CENTRE, 2, c(0, 1), c(0, 1));
  }

  @Test
  void sainteLagueApprovalVotingWeighsTheSecondSeatAThird() {
    // {0,1}: 3 (1 + 1/3) = 4 ties with {0,2}, {0,3}, {1,2}, {1,3}: 3 + 1 = 4; {2,3}: 2.
    assertOutcome("slav", CLONES, 2, c(0, 1), c(0, 1), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
  }

  @Test
  void chamberlinCourantCoversTheMostVoters() {
    // One of 0, 1 and one of 2, 3 cover 4 voters; {0, 1} covers 3, {2, 3} covers 2.
    assertOutcome("cc", CLONES, 2, c(0, 2), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
  }

  @Test
  void lexicographicChamberlinCourantBreaksCoverageTiesByDoubleCover() {
    // The four committees covering 4 voters cover nobody twice: all tied.
    assertOutcome("lexcc", CLONES, 2, c(0, 2), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
    // Coverage: {0,1} covers all 14 voters; {0,2} misses the three {1}-voters, {1,2} the three
    // {0}-voters. So {0,1}, though nobody has two members.
    assertOutcome("lexcc", CENTRE, 2, c(0, 1), c(0, 1));
    // Three voters {0,1}, one {0}, one {1}, one {2}, k = 2: every pair covers 5 of the 6 voters
    // ({0,1} misses the {2}-voter, {0,2} the {1}-voter, {1,2} the {0}-voter). Covered twice:
    // 3 voters by {0,1}, nobody by the others.
    ApprovalProfile twice =
        ApprovalProfile.of(
            3,
            List.of(
                List.of(0, 1), List.of(0, 1), List.of(0, 1), List.of(0), List.of(1), List.of(2)));
    assertOutcome("lexcc", twice, 2, c(0, 1), c(0, 1));
    assertOutcome("cc", twice, 2, c(0, 1), c(0, 1), c(0, 2), c(1, 2));
  }

  @Test
  void twoGeometricRuleHalvesEachFurtherSeat() {
    // {0,1}: 3 (1 + 1/2) = 4.5 beats 4.
    assertOutcome("geom2", CLONES, 2, c(0, 1), c(0, 1));
    // {0,1}: 14; {0,2}: 4 * 1.5 + 4 + 3 = 13.
    assertOutcome("geom2", CENTRE, 2, c(0, 1), c(0, 1));
  }

  @Test
  void sequentialProportionalApprovalVotingAddsTheBestGainEachRound() {
    // Round 1: 0 and 1 tie at 3; round 2 the clone gains 3/2 > 1.
    assertOutcome("seqpav", CLONES, 2, c(0, 1), c(0, 1));
    // Round 1: 2 (8 approvals); round 2: 0 or 1 gain 4/2 + 3 = 5.
    assertOutcome("seqpav", CENTRE, 2, c(0, 2), c(0, 2), c(1, 2));
  }

  @Test
  void reverseSequentialProportionalApprovalVotingRemovesTheLeastLoss() {
    // From {0,1,2,3}: losses 3/2, 3/2, 1, 1; the higher index 3 goes first when resolute (either
    // way 2 and 3 both go).
    assertOutcome("revseqpav", CLONES, 2, c(0, 1), c(0, 1));
    // From {0,1,2}: losses 4/2 + 3 = 5, 5 and 4/2 + 4/2 = 4: 2 goes.
    assertOutcome("revseqpav", CENTRE, 2, c(0, 1), c(0, 1));
  }

  @Test
  void sequentialSainteLagueTiesInTheSecondRound() {
    // Round 1: 0 or 1. Round 2 after 0: the clone gains 3 * 1/3 = 1, as do 2 and 3.
    assertOutcome("seqslav", CLONES, 2, c(0, 1), c(0, 1), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
  }

  @Test
  void sequentialChamberlinCourantIgnoresCoveredVoters() {
    // Round 1: 0 or 1; round 2: the clone gains nothing, 2 and 3 gain 1.
    assertOutcome("seqcc", CLONES, 2, c(0, 2), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
  }

  @Test
  void minimaxApprovalVotingMinimisesTheLargestHammingDistance() {
    // Any committee misses 2 or 3, so some voter is at distance 3; {2,3} puts {0,1}-voters at 4.
    assertOutcome("minimaxav", CLONES, 2, c(0, 1), c(0, 1), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
    // Voter weights play no part.
    ApprovalProfile weighted =
        CLONES.withWeights(
            List.of(
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE));
    assertThat(rule("minimaxav").irresolute(weighted, 2))
        .isEqualTo(rule("minimaxav").irresolute(CLONES, 2));
  }

  @Test
  void lexicographicMinimaxComparesAllDistancesFromTheLargest() {
    // Sorted distances: {0,1}: 3,3,0,0,0; {0,2}: 3,2,2,2,1 (smaller at the second place).
    assertOutcome("lexminimaxav", CLONES, 2, c(0, 2), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
  }

  @Test
  void monroeFillsDistrictsOfThreeAndTwo() {
    // n = 5, k = 2: districts of 3 and 2. {0,2}: the three {0,1}-voters fill 0's district and the
    // {2}-voter sits with 2: 4 satisfied. {0,1}: only 3 voters approve either.
    assertOutcome("monroe", CLONES, 2, c(0, 2), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
    // n = 14, k = 2: districts of 7. {0,1}: 7 voters approve 0 and 7 approve 1: all 14.
    assertOutcome("monroe", CENTRE, 2, c(0, 1), c(0, 1));
  }

  @Test
  void greedyMonroeAssignsVotersInIndexOrder() {
    // Round 1 (district of 3): 0 and 1 tie at 3, 0 wins and takes voters 0, 1, 2.
    // Round 2 (district of 2): 2 and 3 tie at 1, 2 wins.
    assertThat(rule("greedy-monroe").resolute(CLONES, 2)).isEqualTo(Committee.of(0, 2));
    // Voters {0,1}, {0}, {1}, {1}, districts of 2: 1 wins (3 approvals) and takes voters 0 and 2;
    // then 0 has one approver left (voter 1) and wins.
    ApprovalProfile order =
        ApprovalProfile.of(
            3, List.of(List.of(0, 1), List.of(0), List.of(1), List.of(1)));
    assertThat(rule("greedy-monroe").resolute(order, 2)).isEqualTo(Committee.of(0, 1));
    assertThatThrownBy(() -> rule("greedy-monroe").irresolute(order, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("resolute");
  }

  @Test
  void consensusRuleChargesTheSupportersOfEachWinner() {
    // Round 1: budgets 1 each; support 3, 3, 1, 1. 0 wins (ties to the lowest); its three
    // supporters pay 5/3 each, leaving -2/3. Round 2: budgets 1/3, 1/3, 1/3, 2, 2: support of 1 is
    // 1, of 2 and 3 it is 2: 2 wins. The other orders give {0,3}, {1,2}, {1,3}.
    assertOutcome("consensus-rule", CLONES, 2, c(0, 2), c(0, 2), c(0, 3), c(1, 2), c(1, 3));
  }

  @Test
  void trivialRuleElectsEveryCommittee() {
    assertOutcome(
        "trivial", CLONES, 2, c(0, 1), c(0, 1), c(0, 2), c(0, 3), c(1, 2), c(1, 3), c(2, 3));
  }

  @Test
  void withoutVotersEveryCommitteeTies() {
    ApprovalProfile empty = ApprovalProfile.of(3, List.<List<Integer>>of());
    for (String id :
        List.of("av", "sav", "pav", "cc", "seqpav", "revseqpav", "minimaxav", "monroe",
            "consensus-rule")) {
      assertOutcome(id, empty, 2, c(0, 1), c(0, 1), c(0, 2), c(1, 2));
    }
    assertThat(rule("greedy-monroe").resolute(empty, 2)).isEqualTo(Committee.of(0, 1));
  }

  @Test
  void rulesForUnitWeightsRejectWeightedProfiles() {
    ApprovalProfile weighted =
        CLONES.withWeights(
            List.of(
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.5"),
                BigDecimal.ONE));
    for (String id : List.of("monroe", "greedy-monroe", "lexminimaxav")) {
      assertThatThrownBy(() -> rule(id).resolute(weighted, 2))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(id + " is defined only for unit weights");
    }
  }

  @Test
  void rejectsCommitteeSizesOutOfRange() {
    for (CommitteeRule r : ThieleFamily.rules()) {
      assertThatThrownBy(() -> r.resolute(CLONES, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("committeeSize must be 1..4");
      assertThatThrownBy(() -> r.resolute(CLONES, 5))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> r.resolute(null, 1)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void proportionalApprovalVotingIsExactWithLargeCommittees() {
    // Scaled PAV scores for k = 45 overflow a long, so the BigInteger engine answers; two blocs of
    // 60 and 30 voters share 45 seats 30 : 15 (D'Hondt).
    List<List<Integer>> ballots = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    for (int c = 0; c < 50; c++) {
      left.add(c);
      right.add(50 + c);
    }
    for (int v = 0; v < 60; v++) {
      ballots.add(left);
    }
    for (int v = 0; v < 30; v++) {
      ballots.add(right);
    }
    ApprovalProfile blocs = ApprovalProfile.of(100, ballots);
    Committee committee = rule("pav").resolute(blocs, 45);
    assertThat(committee.members().headSet(50)).hasSize(30);
    assertThat(committee.members()).startsWith(0, 1, 2).contains(50, 51, 64);
    assertThat(rule("seqpav").resolute(blocs, 45)).isEqualTo(committee);
  }
}
