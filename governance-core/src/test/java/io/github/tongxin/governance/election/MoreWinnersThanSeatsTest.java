package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.dealt;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.community.ResidentId;
import org.junit.jupiter.api.Test;

/**
 * More candidates with a majority than seats: most votes win, and a tie at the cut-off goes to a
 * re-vote among the tied, never a silent pick (Shanghai measures Art. 20). Ten of twelve voters
 * vote; the standard slate; every member count below is more than half of 10 except where said.
 */
class MoreWinnersThanSeatsTest {
  private final Electorate electorate = electorate(12);

  private RoundResult count(ImmutableMap<ResidentId, Integer> memberVotes) {
    return Tally.count(
        RULES,
        electorate,
        standardSlate(RULES, electorate),
        round(10, dealt(10, ImmutableMap.of(v(1), 6, v(2), 4), memberVotes)));
  }

  @Test
  void sixMajorityWinnersForFiveSeatsLeaveOutTheOneWithFewestVotes() {
    RoundResult result =
        count(ImmutableMap.of(v(3), 10, v(4), 9, v(5), 8, v(6), 7, v(7), 7, v(8), 6));
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isZero();
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5), v(6), v(7));
    assertThat(members.tied()).isEmpty();
    assertThat(members.tiedSeats()).isZero();
    assertThat(members.unfilledSeats()).isZero();
    assertThat(members.followUp()).isEqualTo(FollowUp.NONE);
    assertThat(members.supplementaryCandidates()).isEmpty();
    assertThat(english(result.report()))
        .contains(
            "members: 6 qualify for 5 seats; most votes win: [V003, V004, V005, V006, V007]"
                + " — Shanghai villagers' committee election measures Art. 20");
  }

  @Test
  void aTieAboveTheCutOffIsHarmless() {
    ContestResult members =
        count(ImmutableMap.of(v(3), 10, v(4), 10, v(5), 8, v(6), 7, v(7), 7, v(8), 6))
            .contest(Contest.MEMBERS)
            .orElseThrow();
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5), v(6), v(7));
    assertThat(members.tied()).isEmpty();
  }

  @Test
  void aTieAtTheCutOffGoesToAReVoteNeverASilentPick() {
    RoundResult result =
        count(ImmutableMap.of(v(3), 10, v(4), 9, v(5), 8, v(6), 7, v(7), 6, v(8), 6));
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5), v(6));
    assertThat(members.tied()).containsExactly(v(7), v(8));
    assertThat(members.tiedSeats()).isEqualTo(1);
    assertThat(members.unfilledSeats()).isZero();
    assertThat(members.followUp()).isEqualTo(FollowUp.RE_VOTE);
    assertThat(members.supplementaryCandidates()).isEmpty();
    assertThat(english(result.report()))
        .contains(
            "members: 6 qualify for 5 seats; most votes win: [V003, V004, V005, V006];"
                + " tied at 6 votes for 1 seats: re-vote among [V007, V008]"
                + " — Shanghai villagers' committee election measures Art. 20");
  }

  @Test
  void threeTiedForTheLastTwoSeatsAllGoToTheReVote() {
    ContestResult members =
        count(ImmutableMap.of(v(3), 10, v(4), 9, v(5), 8, v(6), 6, v(7), 6, v(8), 6))
            .contest(Contest.MEMBERS)
            .orElseThrow();
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5));
    assertThat(members.tied()).containsExactly(v(6), v(7), v(8));
    assertThat(members.tiedSeats()).isEqualTo(2);
    assertThat(members.unfilledSeats()).isZero();
    assertThat(members.followUp()).isEqualTo(FollowUp.RE_VOTE);
  }

  @Test
  void aTieAmongCandidatesWithoutMajorityIsNoReVote() {
    // V006 and V007 have 5 of 10 each, exactly half: no majority, so a shortfall, not a tie
    ContestResult members =
        count(ImmutableMap.of(v(3), 10, v(4), 9, v(5), 8, v(6), 5, v(7), 5, v(8), 1))
            .contest(Contest.MEMBERS)
            .orElseThrow();
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5));
    assertThat(members.tied()).isEmpty();
    assertThat(members.unfilledSeats()).isEqualTo(2);
    assertThat(members.followUp()).isEqualTo(FollowUp.SUPPLEMENTARY_BALLOT);
    assertThat(members.supplementaryCandidates()).containsExactly(v(6), v(7), v(8));
  }
}
