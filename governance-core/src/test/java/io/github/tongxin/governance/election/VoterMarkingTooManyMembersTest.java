package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.MINOR;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.ballot;
import static io.github.tongxin.governance.election.ElectionFixtures.codes;
import static io.github.tongxin.governance.election.ElectionFixtures.concat;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.marks;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.times;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.votesFor;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ballot marking more names than seats is void for that contest only (Shanghai measures Art. 19).
 * Ten of ten voters vote; the standard slate (leader V001, V002; members V003..V008).
 */
class VoterMarkingTooManyMembersTest {
  private final Electorate electorate = electorate(10);

  private RoundResult count(ElectionRules rules, List<Ballot> ballots) {
    return Tally.count(rules, electorate, standardSlate(rules, electorate), round(10, ballots));
  }

  @Test
  void aBallotMarkingSevenMembersIsVoidForTheMemberContestOnly() {
    List<Ballot> ballots =
        concat(
            times(8, ballot(votesFor(v(1)), votesFor(vs(3, 7)))),
            // six marks for five seats
            times(1, ballot(votesFor(v(1)), votesFor(vs(3, 8)))),
            // six marks and a write-in: seven names for five seats
            times(1, ballot(votesFor(v(2)), votesFor(vs(3, 8)).withWriteIns(List.of(v(9))))));
    RoundResult result = count(RULES, ballots);

    ContestResult leader = result.contest(Contest.LEADER).orElseThrow();
    assertThat(leader.voidBallots()).isZero();
    assertThat(leader.votes()).containsEntry(v(1), 9).containsEntry(v(2), 1);
    assertThat(leader.elected()).containsExactly(v(1));

    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isEqualTo(2);
    assertThat(members.base()).isEqualTo(10);
    assertThat(members.votes())
        .containsExactly(
            entry(v(3), 8),
            entry(v(4), 8),
            entry(v(5), 8),
            entry(v(6), 8),
            entry(v(7), 8),
            entry(v(8), 0));
    assertThat(members.elected()).containsExactlyElementsOf(vs(3, 7));
    assertThat(english(result.report()))
        .contains(
            "members: 2 ballots void for marking more than 5 people"
                + " — Shanghai villagers' committee election measures Art. 19",
            "leader: 0 ballots void for marking more than 1 people"
                + " — Shanghai villagers' committee election measures Art. 19");
  }

  @Test
  void aBallotMarkingBothLeaderCandidatesIsVoidForTheLeaderContestOnly() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(votesFor(v(1)), votesFor(vs(3, 7)))),
            times(4, ballot(votesFor(v(1), v(2)), votesFor(vs(3, 7)))));
    RoundResult result = count(RULES, ballots);
    ContestResult leader = result.contest(Contest.LEADER).orElseThrow();
    assertThat(leader.voidBallots()).isEqualTo(4);
    assertThat(leader.votes()).containsEntry(v(1), 6).containsEntry(v(2), 0);
    assertThat(leader.elected()).containsExactly(v(1));
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isZero();
    assertThat(members.votes()).containsEntry(v(3), 10);
  }

  @Test
  void againstAndAbstainMarksAreNotVotesAndDoNotVoidABallot() {
    List<Ballot> ballots =
        concat(
            times(
                6,
                ballot(
                    ContestMarks.none(),
                    marks(
                        v(3),
                        Mark.FOR,
                        v(4),
                        Mark.FOR,
                        v(5),
                        Mark.FOR,
                        v(6),
                        Mark.FOR,
                        v(7),
                        Mark.FOR,
                        v(8),
                        Mark.AGAINST))),
            times(
                4,
                ballot(
                    marks(v(1), Mark.AGAINST, v(2), Mark.AGAINST),
                    marks(
                        v(3),
                        Mark.ABSTAIN,
                        v(4),
                        Mark.ABSTAIN,
                        v(5),
                        Mark.ABSTAIN,
                        v(6),
                        Mark.ABSTAIN,
                        v(7),
                        Mark.ABSTAIN,
                        v(8),
                        Mark.ABSTAIN))));
    RoundResult result = count(RULES, ballots);
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isZero();
    assertThat(members.votes()).containsEntry(v(3), 6).containsEntry(v(8), 0);
    assertThat(members.elected()).containsExactlyElementsOf(vs(3, 7));
    ContestResult leader = result.contest(Contest.LEADER).orElseThrow();
    assertThat(leader.voidBallots()).isZero();
    assertThat(leader.votes()).containsEntry(v(1), 0).containsEntry(v(2), 0);
    assertThat(leader.elected()).isEmpty();
  }

  @Test
  void aWriteInOfSomeoneWhoMayNotVoteIsIgnoredButStillMakesTheBallotVoid() {
    List<Ballot> ballots =
        concat(
            times(6, ballot(votesFor(v(1)), votesFor(vs(3, 7)))),
            times(4, ballot(votesFor(v(1)), votesFor(vs(3, 7)).withWriteIns(List.of(MINOR)))));
    RoundResult result = count(RULES, ballots);
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isEqualTo(4);
    assertThat(members.votes()).containsEntry(v(3), 6).doesNotContainKey(MINOR);
    assertThat(codes(result.violations())).containsExactly(ElectionCode.WRITE_IN_NOT_ELIGIBLE);
  }

  @Test
  void voidBallotsStillCountAmongThoseWhoVotedByDefault() {
    RoundResult result = count(RULES, shrinkingBase());
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isEqualTo(2);
    assertThat(members.base()).isEqualTo(10);
    assertThat(members.votes()).containsEntry(v(3), 5).containsEntry(v(8), 3);
    // 5 of 10 is exactly half: nobody is elected
    assertThat(members.elected()).isEmpty();
    assertThat(members.unfilledSeats()).isEqualTo(5);
    assertThat(members.followUp()).isEqualTo(FollowUp.SUPPLEMENTARY_BALLOT);
    assertThat(members.supplementaryCandidates()).containsExactlyElementsOf(vs(3, 8));
  }

  @Test
  void withVoidBallotsExcludedTheyShrinkTheBase() {
    ElectionRules excluded = RULES.withVoidBallots(VoidBallotPolicy.EXCLUDED);
    RoundResult result = count(excluded, shrinkingBase());
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    assertThat(members.voidBallots()).isEqualTo(2);
    assertThat(members.base()).isEqualTo(8);
    // 5 of 8 is a majority; V008's 3 is not
    assertThat(members.elected()).containsExactlyElementsOf(vs(3, 7));
    assertThat(members.unfilledSeats()).isZero();
    assertThat(members.followUp()).isEqualTo(FollowUp.NONE);
    assertThat(english(result.report()))
        .contains(
            "members: V003 has 5 of 8 votes, > 1/2: majority"
                + " — Villagers' Committees Organic Law (2018) Art. 15");
  }

  /** Five ballots for V003..V007, two void ballots marking V003..V008, three for V008 alone. */
  private static List<Ballot> shrinkingBase() {
    return concat(
        times(5, ballot(ContestMarks.none(), votesFor(vs(3, 7)))),
        times(2, ballot(ContestMarks.none(), votesFor(vs(3, 8)))),
        times(3, ballot(ContestMarks.none(), votesFor(v(8)))));
  }
}
