package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.dealt;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.community.ResidentId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A re-vote among candidates tied at the cut-off (Shanghai Art. 20): most votes win, with no
 * one-third floor. Nine of ten voters vote, nine ballots.
 */
class ReVoteAmongTiedCandidatesTest {
  private static final List<ResidentId> TIED = List.of(v(6), v(7), v(8));
  private final Electorate electorate = electorate(10);

  private ContestResult reVote(int seats, int v6, int v7, int v8) {
    RoundResult result =
        Tally.countReVote(
            RULES,
            electorate,
            Contest.MEMBERS,
            seats,
            TIED,
            round(9, dealt(9, ImmutableMap.of(), ImmutableMap.of(v(6), v6, v(7), v7, v(8), v8))));
    assertThat(result.isValid()).isTrue();
    return result.contest(Contest.MEMBERS).orElseThrow();
  }

  @Test
  void mostVotesWinEvenBelowOneThird() {
    // 2 of 9 ballots is below one third (3), yet the re-vote has no floor.
    ContestResult result = reVote(1, 2, 1, 1);
    assertThat(result.kind()).isEqualTo(BallotKind.RE_VOTE);
    assertThat(result.elected()).containsExactly(v(6));
    assertThat(result.tied()).isEmpty();
    assertThat(result.unfilledSeats()).isZero();
    assertThat(result.followUp()).isEqualTo(FollowUp.NONE);
  }

  @Test
  void aNewTieIsReportedAgain() {
    ContestResult result = reVote(1, 3, 3, 1);
    assertThat(result.elected()).isEmpty();
    assertThat(result.tied()).containsExactly(v(6), v(7));
    assertThat(result.tiedSeats()).isEqualTo(1);
    assertThat(result.followUp()).isEqualTo(FollowUp.RE_VOTE);
  }

  @Test
  void theCouncilOutcomeTakesTheReVoteAsSettlingTheTie() {
    ContestResult settled = reVote(1, 4, 2, 1);
    CouncilOutcome outcome = CouncilOutcome.of(RULES, electorate, List.of(settled));
    assertThat(outcome.council().members()).containsExactly(v(6));
    assertThat(outcome.followUp()).isNotEqualTo(FollowUp.RE_VOTE);
  }

  @Test
  void needsMoreTiedCandidatesThanSeats() {
    assertThatThrownBy(
            () ->
                Tally.countReVote(
                    RULES, electorate, Contest.MEMBERS, 3, TIED, round(9, dealt(9, ImmutableMap.of(), ImmutableMap.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a re-vote needs more tied candidates than seats");
  }
}
