package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.blanks;
import static io.github.tongxin.governance.election.ElectionFixtures.dealt;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.Council;
import io.github.tongxin.governance.community.ResidentId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every statutory threshold at its boundary and one either side. */
class StatutoryThresholdBoundariesTest {

  /** More than half of 200 registered voters must vote (Villagers' Art. 15). */
  @Nested
  class Turnout {
    private final Electorate electorate = electorate(200);
    private final CandidateSlate slate = standardSlate(RULES, electorate);

    private RoundResult withVoters(int voted) {
      return Tally.count(RULES, electorate, slate, round(voted, blanks(voted)));
    }

    @Test
    void ninetyNineOf200VoidTheRound() {
      RoundResult result = withVoters(99);
      assertThat(result.status()).isEqualTo(RoundStatus.VOID_TURNOUT);
    }

    @Test
    void exactlyHalfVoidsTheRound() {
      RoundResult result = withVoters(100);
      assertThat(result.status()).isEqualTo(RoundStatus.VOID_TURNOUT);
      assertThat(result.isValid()).isFalse();
      assertThat(result.voted()).isEqualTo(100);
      assertThat(result.registered()).isEqualTo(200);
      assertThat(result.contests()).isEmpty();
      assertThat(english(result.report()))
          .contains(
              "turnout: 100 of 200 registered voters voted, > 1/2: not met, the round is void"
                  + " — Villagers' Committees Organic Law (2018) Art. 15");
    }

    @Test
    void halfPlusOneMakeTheRoundValid() {
      RoundResult result = withVoters(101);
      assertThat(result.status()).isEqualTo(RoundStatus.VALID);
      assertThat(result.isValid()).isTrue();
      assertThat(result.contests()).containsOnlyKeys(Contest.LEADER, Contest.MEMBERS);
      assertThat(english(result.report()))
          .contains(
              "turnout: 101 of 200 registered voters voted, > 1/2: met"
                  + " — Villagers' Committees Organic Law (2018) Art. 15");
    }

    @Test
    void theTurnoutThresholdIsARule() {
      ElectionRules third = RULES.withTurnoutThreshold(Threshold.atLeast(1, 3));
      Electorate small = electorate(9);
      CandidateSlate slate9 = standardSlate(third, small);
      assertThat(Tally.count(third, small, slate9, round(2, blanks(2))).status())
          .isEqualTo(RoundStatus.VOID_TURNOUT);
      assertThat(Tally.count(third, small, slate9, round(3, blanks(3))).status())
          .isEqualTo(RoundStatus.VALID);
    }
  }

  /**
   * A candidate needs more than half of the votes of those who voted (Villagers' Art. 15): 10 of 12
   * registered voters vote.
   */
  @Nested
  class ElectionMajority {
    private final Electorate electorate = electorate(12);
    private final CandidateSlate slate = standardSlate(RULES, electorate);

    private ContestResult leaderWith(int forV001, int forV002, int voted, int ballots) {
      List<Ballot> papers =
          dealt(ballots, ImmutableMap.of(v(1), forV001, v(2), forV002), ImmutableMap.of());
      RoundResult result = Tally.count(RULES, electorate, slate, round(voted, papers));
      assertThat(result.isValid()).isTrue();
      return result.contest(Contest.LEADER).orElseThrow();
    }

    @Test
    void oneBelowHalfIsNotElected() {
      assertThat(leaderWith(4, 6, 10, 10).elected()).containsExactly(v(2));
    }

    @Test
    void exactlyHalfIsNotElected() {
      ContestResult leader = leaderWith(5, 5, 10, 10);
      assertThat(leader.votes()).containsEntry(v(1), 5).containsEntry(v(2), 5);
      assertThat(leader.base()).isEqualTo(10);
      assertThat(leader.elected()).isEmpty();
      assertThat(leader.unfilledSeats()).isEqualTo(1);
    }

    @Test
    void halfPlusOneIsElected() {
      ContestResult leader = leaderWith(6, 4, 10, 10);
      assertThat(leader.elected()).containsExactly(v(1));
      assertThat(leader.unfilledSeats()).isZero();
    }

    @Test
    void theBaseIsThoseWhoVotedNotTheBallotsCollected() {
      // 10 voted, 9 ballots in the box: 5 of 10 is no majority although 5 of 9 would be
      ContestResult leader = leaderWith(5, 4, 10, 9);
      assertThat(leader.base()).isEqualTo(10);
      assertThat(leader.elected()).isEmpty();
      assertThat(leaderWith(6, 3, 10, 9).elected()).containsExactly(v(1));
    }
  }

  /** A supplementary winner needs at least one third of the 9 ballots cast (Villagers' Art. 15). */
  @Nested
  class SupplementaryFloor {
    private final Electorate electorate = electorate(10);

    private ContestResult supplementary(int forV003, int forV004) {
      List<Ballot> papers =
          dealt(9, ImmutableMap.of(), ImmutableMap.of(v(3), forV003, v(4), forV004));
      RoundResult result =
          Tally.countSupplementary(
              RULES, electorate, Contest.MEMBERS, 1, List.of(v(3), v(4)), round(9, papers));
      assertThat(result.isValid()).isTrue();
      return result.contest(Contest.MEMBERS).orElseThrow();
    }

    @Test
    void oneBelowAThirdIsNotElected() {
      ContestResult members = supplementary(2, 1);
      assertThat(members.base()).isEqualTo(9);
      assertThat(members.elected()).isEmpty();
      assertThat(members.unfilledSeats()).isEqualTo(1);
    }

    @Test
    void exactlyAThirdOfTheBallotsCastIsElected() {
      ContestResult members = supplementary(3, 2);
      assertThat(members.elected()).containsExactly(v(3));
      assertThat(members.unfilledSeats()).isZero();
    }

    @Test
    void oneAboveAThirdIsElected() {
      assertThat(supplementary(4, 2).elected()).containsExactly(v(3));
    }
  }

  /** Recall (Villagers' Art. 16) among 200 registered voters. */
  @Nested
  class RecallThresholds {
    private final Electorate electorate = electorate(200);
    private final Council council = Council.of(v(1), vs(2, 6));

    private Decision<Integer> signedBy(List<ResidentId> signatories) {
      return Recall.initiate(RULES, electorate, council, v(1), signatories);
    }

    @Test
    void oneBelowAFifthMayNotStartARecall() {
      assertThat(signedBy(vs(1, 39)).violations())
          .containsExactly(
              Violation.of(
                  ElectionCode.RECALL_TOO_FEW_SIGNATURES,
                  "39 valid signatures of 200 voters; ≥ 1/5 needed"));
    }

    @Test
    void exactlyAFifthMayStartARecall() {
      assertThat(signedBy(vs(1, 40))).isEqualTo(Decision.accepted(40));
    }

    @Test
    void oneAboveAFifthMayStartARecall() {
      assertThat(signedBy(vs(1, 41))).isEqualTo(Decision.accepted(41));
    }

    @Test
    void exactlyHalfOfRegisteredVotersVotingIsTooFew() {
      RecallResult result = Recall.vote(RULES, electorate, v(1), 100, 100);
      assertThat(result.outcome()).isEqualTo(RecallOutcome.FAILED_TURNOUT);
      assertThat(result.report()).hasSize(1);
    }

    @Test
    void halfPlusOneVotingIsEnough() {
      RecallResult result = Recall.vote(RULES, electorate, v(1), 101, 101);
      assertThat(result.outcome()).isEqualTo(RecallOutcome.RECALLED);
    }

    @Test
    void exactlyHalfOfThoseVotingApprovingIsTooFew() {
      assertThat(Recall.vote(RULES, electorate, v(1), 120, 60).outcome())
          .isEqualTo(RecallOutcome.FAILED_APPROVAL);
      assertThat(Recall.vote(RULES, electorate, v(1), 101, 50).outcome())
          .isEqualTo(RecallOutcome.FAILED_APPROVAL);
    }

    @Test
    void halfPlusOneOfThoseVotingApprovingRecalls() {
      assertThat(Recall.vote(RULES, electorate, v(1), 120, 61).outcome())
          .isEqualTo(RecallOutcome.RECALLED);
      assertThat(Recall.vote(RULES, electorate, v(1), 101, 51).outcome())
          .isEqualTo(RecallOutcome.RECALLED);
    }
  }
}
