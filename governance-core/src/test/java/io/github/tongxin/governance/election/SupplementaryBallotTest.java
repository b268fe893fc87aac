package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.ballot;
import static io.github.tongxin.governance.election.ElectionFixtures.blanks;
import static io.github.tongxin.governance.election.ElectionFixtures.concat;
import static io.github.tongxin.governance.election.ElectionFixtures.dealt;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.marks;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.times;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.votesFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.ResidentId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The supplementary ballot (另行选举, Villagers' Art. 15): most votes win, each winner with at least
 * one third of the ballots cast. Nine of ten voters vote, nine ballots: the floor is 3.
 */
class SupplementaryBallotTest {
  private static final List<ResidentId> CANDIDATES = List.of(v(6), v(7), v(8));
  private final Electorate electorate = electorate(10);

  private RoundResult count(int seats, List<Ballot> ballots) {
    return Tally.countSupplementary(
        RULES, electorate, Contest.MEMBERS, seats, CANDIDATES, round(9, ballots));
  }

  private ContestResult members(int seats, int v6, int v7, int v8) {
    RoundResult result =
        count(seats, dealt(9, ImmutableMap.of(), ImmutableMap.of(v(6), v6, v(7), v7, v(8), v8)));
    assertThat(result.isValid()).isTrue();
    return result.contest(Contest.MEMBERS).orElseThrow();
  }

  @Test
  void theTwoWithMostVotesAboveTheFloorFillTwoSeats() {
    ContestResult members = members(2, 5, 4, 2);
    assertThat(members.kind()).isEqualTo(BallotKind.SUPPLEMENTARY);
    assertThat(members.seats()).isEqualTo(2);
    assertThat(members.base()).isEqualTo(9);
    assertThat(members.votes())
        .containsEntry(v(6), 5)
        .containsEntry(v(7), 4)
        .containsEntry(v(8), 2);
    assertThat(members.elected()).containsExactly(v(6), v(7));
    assertThat(members.unfilledSeats()).isZero();
    assertThat(members.followUp()).isEqualTo(FollowUp.NONE);
    assertThat(members.supplementaryCandidates()).isEmpty();
  }

  @Test
  void pluralityWinsWithoutAMajority() {
    // 4 of 9 is no majority but above the floor; V007's 3 reaches the floor too but comes second
    ContestResult members = members(1, 4, 3, 2);
    assertThat(members.elected()).containsExactly(v(6));
  }

  @Test
  void aTieAtTheCutOffGoesToAReVote() {
    ContestResult members = members(2, 5, 4, 4);
    assertThat(members.elected()).containsExactly(v(6));
    assertThat(members.tied()).containsExactly(v(7), v(8));
    assertThat(members.tiedSeats()).isEqualTo(1);
    assertThat(members.unfilledSeats()).isZero();
    assertThat(members.followUp()).isEqualTo(FollowUp.RE_VOTE);
  }

  @Test
  void aTieBelowTheFloorIsNoTie() {
    ContestResult members = members(2, 5, 2, 2);
    assertThat(members.elected()).containsExactly(v(6));
    assertThat(members.tied()).isEmpty();
    assertThat(members.unfilledSeats()).isEqualTo(1);
    // what happens to the seat is for CouncilOutcome to say
    assertThat(members.followUp()).isEqualTo(FollowUp.NONE);
  }

  @Test
  void theFloorCountsEveryBallotCastIncludingVoidAndBlankOnes() {
    List<Ballot> ballots =
        concat(
            times(3, ballot(ContestMarks.none(), votesFor(v(6)))),
            times(2, ballot(ContestMarks.none(), votesFor(v(7)))),
            // two names for one seat: void
            times(2, ballot(ContestMarks.none(), votesFor(v(7), v(8)))),
            blanks(2));
    ContestResult members = count(1, ballots).contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isEqualTo(2);
    assertThat(members.base()).isEqualTo(9);
    assertThat(members.votes()).containsEntry(v(6), 3).containsEntry(v(7), 2);
    assertThat(members.elected()).containsExactly(v(6));
  }

  @Test
  void votesForOthersAreIgnored() {
    List<Ballot> ballots =
        concat(
            times(4, ballot(ContestMarks.none(), votesFor(v(6)))),
            times(3, ballot(ContestMarks.none(), ContestMarks.none().withWriteIns(List.of(v(9))))),
            times(2, ballot(ContestMarks.none(), marks(v(3), Mark.FOR))));
    RoundResult result = count(1, ballots);
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.votes()).containsOnlyKeys(v(6), v(7), v(8));
    assertThat(members.elected()).containsExactly(v(6));
    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.MARK_FOR_NON_CANDIDATE,
                "members (supplementary): a vote for V009, who is not a candidate, is ignored"),
            Violation.of(
                ElectionCode.MARK_FOR_NON_CANDIDATE,
                "members: a mark for V003, who is not a candidate, is ignored"));
  }

  @Test
  void theTurnoutStillApplies() {
    RoundResult result =
        Tally.countSupplementary(
            RULES, electorate, Contest.MEMBERS, 1, CANDIDATES, round(5, blanks(5)));
    assertThat(result.status()).isEqualTo(RoundStatus.VOID_TURNOUT);
    assertThat(result.contests()).isEmpty();
  }

  @Test
  void theReportShowsEachCandidateAgainstTheFloor() {
    RoundResult result =
        count(1, dealt(9, ImmutableMap.of(), ImmutableMap.of(v(6), 3, v(7), 2, v(8), 0)));
    assertThat(english(result.report()))
        .contains(
            "members (supplementary): V006 has 3 of 9 ballots cast, ≥ 1/3: reaches the floor"
                + " — Villagers' Committees Organic Law (2018) Art. 15",
            "members (supplementary): V007 has 2 of 9 ballots cast, ≥ 1/3: below the floor"
                + " — Villagers' Committees Organic Law (2018) Art. 15");
  }

  @Test
  void callerMistakes() {
    Round round = round(9, blanks(9));
    assertThatThrownBy(
            () ->
                Tally.countSupplementary(RULES, electorate, Contest.MEMBERS, 0, CANDIDATES, round))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seats must be at least 1: 0");
    assertThatThrownBy(
            () -> Tally.countSupplementary(RULES, electorate, Contest.MEMBERS, 1, List.of(), round))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a supplementary ballot needs candidates");
    assertThatThrownBy(
            () ->
                Tally.countSupplementary(
                    RULES, electorate, Contest.MEMBERS, 1, List.of(v(6), v(6)), round))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates must not repeat: [V006, V006]");
  }
}
