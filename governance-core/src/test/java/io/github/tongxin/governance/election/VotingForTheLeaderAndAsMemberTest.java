package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.ballot;
import static io.github.tongxin.governance.election.ElectionFixtures.concat;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.marks;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.times;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.votesFor;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link HigherOfficeVotes}: whether a vote for an unsuccessful leader candidate also counts for
 * them as member. Ten of ten voters vote; the standard slate.
 *
 * <pre>
 *   3 papers: leader V001; members V003..V006, write-in V002
 *   4 papers: leader V001; members V003..V007
 *   2 papers: leader V002; members V003, V004, V007
 *   1 paper:  leader V002; members V005, write-in V002
 * </pre>
 *
 * V001 is elected leader with 7 votes. As member, V003 and V004 have 9, V005 8, V006 7, V007 6;
 * V002 has 4 write-ins as member and 3 leader votes, 2 of them on papers that do not already name
 * V002 as member.
 */
class VotingForTheLeaderAndAsMemberTest {
  private final Electorate electorate = electorate(10);

  private static List<Ballot> ballots() {
    return concat(
        times(3, ballot(votesFor(v(1)), votesFor(vs(3, 6)).withWriteIns(List.of(v(2))))),
        times(4, ballot(votesFor(v(1)), votesFor(vs(3, 7)))),
        times(2, ballot(votesFor(v(2)), votesFor(v(3), v(4), v(7)))),
        times(1, ballot(votesFor(v(2)), votesFor(v(5)).withWriteIns(List.of(v(2))))));
  }

  private RoundResult count(ElectionRules rules, List<Ballot> ballots) {
    return Tally.count(rules, electorate, standardSlate(rules, electorate), round(10, ballots));
  }

  @Test
  void byDefaultLeaderVotesStayInTheLeaderContest() {
    RoundResult result = count(RULES, ballots());
    assertThat(result.contest(Contest.LEADER).orElseThrow().elected()).containsExactly(v(1));
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.votes())
        .containsEntry(v(3), 9)
        .containsEntry(v(4), 9)
        .containsEntry(v(5), 8)
        .containsEntry(v(6), 7)
        .containsEntry(v(7), 6)
        .containsEntry(v(8), 0)
        .containsEntry(v(2), 4);
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5), v(6), v(7));
    assertThat(members.followUp()).isEqualTo(FollowUp.NONE);
  }

  @Test
  void addedLeaderVotesCountOnceForTheUnsuccessfulLeaderCandidateAsMember() {
    RoundResult result = count(RULES.withHigherOfficeVotes(HigherOfficeVotes.ADDED), ballots());
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    // 4 write-ins + 2 leader votes; the paper naming V002 for both counts once: 6, not 7
    assertThat(members.votes()).containsEntry(v(2), 6).containsEntry(v(7), 6);
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5), v(6));
    assertThat(members.tied()).containsExactly(v(2), v(7));
    assertThat(members.tiedSeats()).isEqualTo(1);
    assertThat(members.followUp()).isEqualTo(FollowUp.RE_VOTE);
  }

  @Test
  void theElectedLeadersVotesAreNotAdded() {
    RoundResult result = count(RULES.withHigherOfficeVotes(HigherOfficeVotes.ADDED), ballots());
    assertThat(result.contest(Contest.MEMBERS).orElseThrow().votes()).doesNotContainKey(v(1));
  }

  @Test
  void aPaperVoidForTheLeaderAddsNothing() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(votesFor(v(1)), votesFor(vs(3, 7)))),
            times(4, ballot(votesFor(v(1), v(2)), votesFor(v(8)))));
    ContestResult members =
        count(RULES.withHigherOfficeVotes(HigherOfficeVotes.ADDED), ballots)
            .contest(Contest.MEMBERS)
            .orElseThrow();
    assertThat(members.votes()).doesNotContainKey(v(2)).containsEntry(v(8), 4);
  }

  @Test
  void aLeaderMarkForSomeoneNotOnTheSlateIsNotAddedEither() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(votesFor(v(1)), votesFor(vs(3, 7)))),
            times(4, ballot(marks(v(9), Mark.FOR), votesFor(v(8)))));
    ContestResult members =
        count(RULES.withHigherOfficeVotes(HigherOfficeVotes.ADDED), ballots)
            .contest(Contest.MEMBERS)
            .orElseThrow();
    assertThat(members.votes()).doesNotContainKey(v(9));
  }

  @Test
  void anEligibleLeaderWriteInIsAdded() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(votesFor(v(1)), votesFor(vs(3, 7)))),
            times(4, ballot(ContestMarks.none().withWriteIns(List.of(v(9))), votesFor(v(8)))));
    ContestResult members =
        count(RULES.withHigherOfficeVotes(HigherOfficeVotes.ADDED), ballots)
            .contest(Contest.MEMBERS)
            .orElseThrow();
    assertThat(members.votes()).containsEntry(v(9), 4);
  }
}
