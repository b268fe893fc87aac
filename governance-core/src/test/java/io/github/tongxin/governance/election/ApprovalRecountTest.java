package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.MINOR;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.ballot;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.marks;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.votesFor;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.tongxin.governance.election.rules.ApprovalProfile;
import io.github.tongxin.governance.election.rules.Committee;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The member ballots of an election as an approval profile: slate candidates first in slate order
 * (V003..V008 are 0..5), then eligible write-ins in id order (V009 is 6, V010 is 7).
 */
class ApprovalRecountTest {
  private final Electorate electorate = electorate(12);
  private final CandidateSlate slate = standardSlate(RULES, electorate);

  private final List<Ballot> ballots =
      List.of(
          ballot(
              votesFor(v(1)),
              marks(v(3), Mark.FOR, v(4), Mark.AGAINST, v(5), Mark.ABSTAIN)
                  .withWriteIns(List.of(v(10)))),
          ballot(ContestMarks.none(), votesFor(v(8)).withWriteIns(List.of(v(9), MINOR))),
          // void in the statutory count (six names for five seats), an approval ballot here
          ballot(ContestMarks.none(), votesFor(vs(3, 8))),
          Ballot.blank(),
          // V010 is no candidate: a mark for V010 is ignored although others write V010 in
          ballot(ContestMarks.none(), marks(v(10), Mark.FOR, v(11), Mark.FOR)));

  @Test
  void forMarksAndEligibleWriteInsBecomeApprovals() {
    ApprovalRecount recount = ApprovalRecount.of(Contest.MEMBERS, slate, electorate, ballots);
    assertThat(recount.candidates())
        .containsExactly(v(3), v(4), v(5), v(6), v(7), v(8), v(9), v(10));
    ApprovalProfile profile = recount.profile();
    assertThat(profile.candidates()).isEqualTo(8);
    assertThat(profile.voters()).isEqualTo(5);
    assertThat(profile.ballots())
        .containsExactly(
            ImmutableSortedSet.of(0, 7),
            ImmutableSortedSet.of(5, 6),
            ImmutableSortedSet.of(0, 1, 2, 3, 4, 5),
            ImmutableSortedSet.of(),
            ImmutableSortedSet.of());
  }

  @Test
  void theLeaderContestHasItsOwnProfile() {
    ApprovalRecount recount = ApprovalRecount.of(Contest.LEADER, slate, electorate, ballots);
    assertThat(recount.candidates()).containsExactly(v(1), v(2));
    assertThat(recount.profile().ballots())
        .containsExactly(
            ImmutableSortedSet.of(0),
            ImmutableSortedSet.of(),
            ImmutableSortedSet.of(),
            ImmutableSortedSet.of(),
            ImmutableSortedSet.of());
  }

  @Test
  void aCommitteeMapsBackToResidents() {
    ApprovalRecount recount = ApprovalRecount.of(Contest.MEMBERS, slate, electorate, ballots);
    assertThat(recount.members(Committee.of(0, 7))).containsExactly(v(3), v(10));
    assertThatThrownBy(() -> recount.members(Committee.of(8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate index 8 out of range 0..7");
  }

  @Test
  void theCandidatesMustFitTheProfile() {
    ApprovalProfile two = ApprovalProfile.of(2, List.of(List.of(0)));
    assertThatThrownBy(() -> new ApprovalRecount(ImmutableList.of(v(1)), two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 candidates for a profile of 2");
    assertThatThrownBy(() -> new ApprovalRecount(ImmutableList.of(v(1), v(1)), two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates repeat: [V001, V001]");
  }

  @Test
  void aContestWithNobodyToRecountIsACallerMistake() {
    ElectionRules separate = RULES.withBallotLayout(BallotLayout.SEPARATE_PAPERS);
    CandidateSlate membersOnly =
        CandidateSlate.check(
                separate,
                electorate,
                ElectionFixtures.NO_STAFF,
                ElectionFixtures.candidates(List.of(), vs(3, 8)))
            .valueOrThrow();
    assertThatThrownBy(
            () ->
                ApprovalRecount.of(
                    Contest.LEADER, membersOnly, electorate, List.of(Ballot.blank())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contest LEADER has no candidates to recount");
  }
}
