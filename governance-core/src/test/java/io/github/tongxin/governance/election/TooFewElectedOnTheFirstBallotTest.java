package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.ballot;
import static io.github.tongxin.governance.election.ElectionFixtures.blanks;
import static io.github.tongxin.governance.election.ElectionFixtures.concat;
import static io.github.tongxin.governance.election.ElectionFixtures.dealt;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.slate;
import static io.github.tongxin.governance.election.ElectionFixtures.times;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.votesFor;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.community.ResidentId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fewer elected than seats: the seats left go to a supplementary ballot among the best placed not
 * elected, seats left plus the surplus, everyone tied at the last place included (Villagers' Art.
 * 15; Shanghai Art. 21). Ten of twelve voters vote; leader candidates V001, V002 (V001 elected with
 * 6); member candidates V003..V010.
 */
class TooFewElectedOnTheFirstBallotTest {
  private final Electorate electorate = electorate(12);

  private RoundResult count(ElectionRules rules, ImmutableMap<ResidentId, Integer> memberVotes) {
    return Tally.count(
        rules,
        electorate,
        slate(rules, electorate, vs(1, 2), vs(3, 10)),
        round(10, dealt(10, ImmutableMap.of(v(1), 6, v(2), 4), memberVotes)));
  }

  private static ImmutableMap<ResidentId, Integer> votes(int... counts) {
    ImmutableMap.Builder<ResidentId, Integer> result = ImmutableMap.builder();
    for (int i = 0; i < counts.length; i++) {
      result.put(v(3 + i), counts[i]);
    }
    return result.buildOrThrow();
  }

  @Test
  void twoSeatsLeftGoToTheNextThreeAndEveryoneTiedWithTheThird() {
    RoundResult result = count(RULES, votes(9, 8, 6, 5, 4, 3, 3, 3));
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5));
    assertThat(members.unfilledSeats()).isEqualTo(2);
    assertThat(members.followUp()).isEqualTo(FollowUp.SUPPLEMENTARY_BALLOT);
    assertThat(members.supplementaryCandidates()).containsExactly(v(6), v(7), v(8), v(9), v(10));
    assertThat(english(result.report()))
        .contains(
            "members: 2 seats left; supplementary ballot among [V006, V007, V008, V009, V010]"
                + " (seats left + 1, ties at the last place included)"
                + " — Villagers' Committees Organic Law (2018) Art. 15");
  }

  @Test
  void aTieAboveTheLastPlaceAddsNobody() {
    ContestResult members =
        count(RULES, votes(9, 8, 6, 5, 4, 4, 2, 0)).contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.supplementaryCandidates()).containsExactly(v(6), v(7), v(8));
  }

  @Test
  void candidatesWithoutVotesMayBeSupplementaryCandidates() {
    ContestResult members =
        count(RULES, votes(9, 8, 7, 6, 2, 0, 0, 0)).contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5), v(6));
    assertThat(members.unfilledSeats()).isEqualTo(1);
    // seats left 1 + surplus 1 = 2: V007, then V008 at 0 votes with V009 and V010 tied with it
    assertThat(members.supplementaryCandidates()).containsExactly(v(7), v(8), v(9), v(10));
  }

  @Test
  void theSurplusIsARule() {
    ElectionRules two = ElectionRules.builder().supplementarySurplus(2).build();
    ContestResult members =
        count(two, votes(9, 8, 6, 5, 4, 3, 2, 1)).contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.supplementaryCandidates()).containsExactly(v(6), v(7), v(8), v(9));
  }

  @Test
  void fewerCandidatesLeftThanWantedAreAllOnTheSupplementaryBallot() {
    ElectionRules four = ElectionRules.builder().supplementarySurplus(4).build();
    ContestResult members =
        count(four, votes(9, 8, 7, 6, 2, 1, 1, 0)).contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.unfilledSeats()).isEqualTo(1);
    assertThat(members.supplementaryCandidates()).containsExactly(v(7), v(8), v(9), v(10));
  }

  @Test
  void aWrittenInPersonWithVotesIsAmongTheBestPlaced() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(votesFor(v(1)), votesFor(v(3), v(4), v(5)))),
            times(4, ballot(votesFor(v(2)), votesFor(v(6)).withWriteIns(List.of(v(11))))));
    RoundResult result =
        Tally.count(
            RULES, electorate, slate(RULES, electorate, vs(1, 2), vs(3, 8)), round(10, ballots));
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5));
    assertThat(members.unfilledSeats()).isEqualTo(2);
    // seats left 2 + 1: V006 and V011 with 4, V007 with 0, and V008 tied with V007
    assertThat(members.supplementaryCandidates()).containsExactly(v(6), v(11), v(7), v(8));
  }

  @Test
  void aLeaderContestWithoutMajoritySendsBothCandidatesToTheSupplementaryBallot() {
    RoundResult result =
        Tally.count(
            RULES,
            electorate,
            slate(RULES, electorate, vs(1, 2), vs(3, 8)),
            round(
                10,
                concat(dealt(8, ImmutableMap.of(v(1), 5, v(2), 3), ImmutableMap.of()), blanks(2))));
    ContestResult leader = result.contest(Contest.LEADER).orElseThrow();
    assertThat(leader.elected()).isEmpty();
    assertThat(leader.unfilledSeats()).isEqualTo(1);
    assertThat(leader.supplementaryCandidates()).containsExactly(v(1), v(2));
  }
}
