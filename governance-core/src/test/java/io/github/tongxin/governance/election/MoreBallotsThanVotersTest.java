package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.ballot;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.inPerson;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.times;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.votesFor;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More ballots in the box than voters who voted voids the round (Shanghai measures Art. 19;
 * Electoral Law Art. 44). Ten registered voters; eight vote.
 */
class MoreBallotsThanVotersTest {
  private final Electorate electorate = electorate(10);
  private final CandidateSlate slate = standardSlate(RULES, electorate);
  private final Ballot paper = ballot(votesFor(v(1)), votesFor(vs(3, 7)));

  private RoundResult count(List<Attendance> pollBook, int ballots) {
    return Tally.count(
        RULES, electorate, slate, Round.of(pollBook, List.of(), times(ballots, paper)));
  }

  @Test
  void nineBallotsFromEightVotersVoidTheRound() {
    RoundResult result = count(inPerson(vs(1, 8)), 9);
    assertThat(result.status()).isEqualTo(RoundStatus.VOID_TOO_MANY_BALLOTS);
    assertThat(result.isValid()).isFalse();
    assertThat(result.voted()).isEqualTo(8);
    assertThat(result.collected()).isEqualTo(9);
    assertThat(result.contests()).isEmpty();
    assertThat(result.contest(Contest.LEADER)).isEmpty();
    assertThat(english(result.report()))
        .containsExactly(
            "10 registered voters, 4 residents excluded"
                + " — Urban Residents' Committees Organic Law (2018) Art. 8",
            "ballots collected 9 > voters who voted 8: the round is void — Electoral Law Art. 44");
  }

  @Test
  void eightBallotsFromEightVotersStand() {
    RoundResult result = count(inPerson(vs(1, 8)), 8);
    assertThat(result.status()).isEqualTo(RoundStatus.VALID);
    assertThat(result.collected()).isEqualTo(8);
    assertThat(english(result.report()))
        .contains(
            "ballots collected 8 ≤ voters who voted 8: the round stands — Electoral Law Art. 44");
    assertThat(result.contest(Contest.LEADER).orElseThrow().elected()).containsExactly(v(1));
  }

  @Test
  void fewerBallotsThanVotersStand() {
    RoundResult result = count(inPerson(vs(1, 8)), 7);
    assertThat(result.status()).isEqualTo(RoundStatus.VALID);
    assertThat(result.voted()).isEqualTo(8);
    assertThat(result.contest(Contest.LEADER).orElseThrow().base()).isEqualTo(8);
  }

  @Test
  void aVoterListedTwiceInThePollBookIsOneVoter() {
    List<Attendance> pollBook = new ArrayList<>(inPerson(vs(1, 8)));
    pollBook.add(Attendance.inPerson(v(8)));
    RoundResult result = count(pollBook, 9);
    assertThat(result.voted()).isEqualTo(8);
    assertThat(result.status()).isEqualTo(RoundStatus.VOID_TOO_MANY_BALLOTS);
  }

  @Test
  void theVoidRoundIsCheckedBeforeTheTurnout() {
    RoundResult result = count(inPerson(vs(1, 3)), 4);
    assertThat(result.status()).isEqualTo(RoundStatus.VOID_TOO_MANY_BALLOTS);
  }
}
