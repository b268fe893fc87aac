package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.MINOR;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.ballot;
import static io.github.tongxin.governance.election.ElectionFixtures.blanks;
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
import static org.assertj.core.api.Assertions.entry;

import io.github.tongxin.governance.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Write-ins (另选他人, Shanghai measures Art. 17): a registered voter written in gets the vote; anyone
 * else is ignored with a violation. Ten of ten voters vote; the standard slate.
 */
class VoterWritingInAnotherPersonTest {
  private final Electorate electorate = electorate(10);

  private RoundResult count(List<Ballot> ballots) {
    return Tally.count(RULES, electorate, standardSlate(RULES, electorate), round(10, ballots));
  }

  @Test
  void aWrittenInVoterWithAMajorityIsElected() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(votesFor(v(1)), votesFor(vs(3, 6)).withWriteIns(List.of(v(10))))),
            times(
                4,
                ballot(votesFor(v(2)), votesFor(v(3), v(7), v(8)).withWriteIns(List.of(MINOR)))));
    RoundResult result = count(ballots);
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isZero();
    assertThat(members.votes())
        .containsExactly(
            entry(v(3), 10),
            entry(v(4), 6),
            entry(v(5), 6),
            entry(v(6), 6),
            entry(v(10), 6),
            entry(v(7), 4),
            entry(v(8), 4));
    assertThat(members.elected()).containsExactly(v(3), v(4), v(5), v(6), v(10));
    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.WRITE_IN_NOT_ELIGIBLE,
                "members: write-in X01 is not a registered voter and is ignored"));
  }

  @Test
  void aMarkForSomeoneNotOnTheSlateIsIgnored() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(marks(v(9), Mark.FOR), marks(v(3), Mark.FOR, v(10), Mark.FOR))),
            blanks(4));
    RoundResult result = count(ballots);
    assertThat(result.contest(Contest.LEADER).orElseThrow().votes()).containsOnlyKeys(v(1), v(2));
    assertThat(result.contest(Contest.MEMBERS).orElseThrow().votes())
        .containsEntry(v(3), 6)
        .doesNotContainKey(v(10));
    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.MARK_FOR_NON_CANDIDATE,
                "leader: a mark for V009, who is not a candidate, is ignored"),
            Violation.of(
                ElectionCode.MARK_FOR_NON_CANDIDATE,
                "members: a mark for V010, who is not a candidate, is ignored"));
  }

  @Test
  void aLeaderCanBeWrittenIn() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(ContestMarks.none().withWriteIns(List.of(v(9))), ContestMarks.none())),
            times(4, ballot(votesFor(v(1)), ContestMarks.none())));
    ContestResult leader = count(ballots).contest(Contest.LEADER).orElseThrow();
    assertThat(leader.votes()).containsExactly(entry(v(9), 6), entry(v(1), 4), entry(v(2), 0));
    assertThat(leader.elected()).containsExactly(v(9));
  }

  @Test
  void theElectedLeaderIsNotCountedInTheMemberContest() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(votesFor(v(1)), votesFor(vs(3, 6)).withWriteIns(List.of(v(1))))),
            blanks(4));
    RoundResult result = count(ballots);
    assertThat(result.contest(Contest.LEADER).orElseThrow().elected()).containsExactly(v(1));
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.votes()).doesNotContainKey(v(1));
    assertThat(members.elected()).containsExactlyElementsOf(vs(3, 6));
    assertThat(members.unfilledSeats()).isEqualTo(1);
    assertThat(members.supplementaryCandidates()).containsExactly(v(7), v(8));
  }
}
