package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.MINOR;
import static io.github.tongxin.governance.election.ElectionFixtures.NO_STAFF;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.candidates;
import static io.github.tongxin.governance.election.ElectionFixtures.codes;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.leader;
import static io.github.tongxin.governance.election.ElectionFixtures.member;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.ResidentId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nominating the candidates of a paper: margins (差额), eligibility, staff, contests. */
class CandidateSlateTest {
  private static final Electorate ELECTORATE = electorate(20);
  private static final ElectionStaff STAFF = ElectionStaff.of(List.of(v(19)), List.of(v(20)));

  private static Decision<CandidateSlate> check(
      ElectionRules rules, List<ResidentId> leaders, List<ResidentId> members) {
    return CandidateSlate.check(rules, ELECTORATE, STAFF, candidates(leaders, members));
  }

  private static Decision<CandidateSlate> check(
      List<ResidentId> leaders, List<ResidentId> members) {
    return check(RULES, leaders, members);
  }

  @Test
  void twoLeaderCandidatesAndSixMemberCandidatesMakeAValidSlate() {
    CandidateSlate slate = check(vs(1, 2), vs(3, 8)).valueOrThrow();
    assertThat(slate.contests()).containsExactly(Contest.LEADER, Contest.MEMBERS);
    assertThat(slate.candidates(Contest.LEADER)).containsExactly(v(1), v(2));
    assertThat(slate.candidates(Contest.MEMBERS)).containsExactlyElementsOf(vs(3, 8));
    assertThat(slate.candidates()).hasSize(8);
    assertThat(slate.candidates().get(0)).isEqualTo(leader(v(1)));
  }

  @Test
  void sevenOrEightMemberCandidatesAreWithinTheMargin() {
    assertThat(check(vs(1, 2), vs(3, 9)).isAccepted()).isTrue();
    assertThat(check(vs(1, 2), vs(3, 10)).isAccepted()).isTrue();
  }

  @Test
  void oneLeaderCandidateIsTooFewForCompetitiveElection() {
    Decision<CandidateSlate> slate = check(vs(1, 1), vs(3, 8));
    assertThat(slate.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.TOO_FEW_CANDIDATES,
                "leader: 1 candidates for 1 seats; at least 2 (seats + 1)"));
  }

  @Test
  void oneLeaderCandidateIsEnoughWhereEqualCandidacyIsAllowed() {
    ElectionRules equal = RULES.withCandidacy(CandidacyRule.EQUAL_ALLOWED);
    assertThat(check(equal, vs(1, 1), vs(3, 8)).isAccepted()).isTrue();
    assertThat(check(equal, vs(1, 2), vs(3, 7)).isAccepted()).isTrue();
    assertThat(codes(check(equal, vs(1, 2), vs(3, 6)).violations()))
        .containsExactly(ElectionCode.TOO_FEW_CANDIDATES);
  }

  @Test
  void threeLeaderCandidatesAreTooMany() {
    assertThat(check(vs(1, 3), vs(4, 9)).violations())
        .containsExactly(
            Violation.of(
                ElectionCode.TOO_MANY_CANDIDATES,
                "leader: 3 candidates for 1 seats; at most 2 (seats + 1)"));
  }

  @Test
  void fiveMemberCandidatesAreTooFew() {
    assertThat(check(vs(1, 2), vs(3, 7)).violations())
        .containsExactly(
            Violation.of(
                ElectionCode.TOO_FEW_CANDIDATES,
                "members: 5 candidates for 5 seats; at least 6 (seats + 1)"));
  }

  @Test
  void nineMemberCandidatesAreTooMany() {
    assertThat(check(vs(1, 2), vs(3, 11)).violations())
        .containsExactly(
            Violation.of(
                ElectionCode.TOO_MANY_CANDIDATES,
                "members: 9 candidates for 5 seats; at most 8 (seats + 3)"));
  }

  @Test
  void theMarginsAreRules() {
    ElectionRules rules =
        ElectionRules.builder()
            .memberSeats(3)
            .memberSurplusMinimum(2)
            .memberSurplusMaximum(2)
            .build();
    assertThat(codes(check(rules, vs(1, 2), vs(3, 6)).violations()))
        .containsExactly(ElectionCode.TOO_FEW_CANDIDATES);
    assertThat(check(rules, vs(1, 2), vs(3, 7)).isAccepted()).isTrue();
    assertThat(codes(check(rules, vs(1, 2), vs(3, 8)).violations()))
        .containsExactly(ElectionCode.TOO_MANY_CANDIDATES);
  }

  @Test
  void aCandidateWhoIsNotAVoterIsRefused() {
    List<ResidentId> members = new ArrayList<>(vs(3, 7));
    members.add(MINOR);
    assertThat(check(vs(1, 2), members).violations())
        .containsExactly(
            Violation.of(
                ElectionCode.CANDIDATE_NOT_A_VOTER, "X01 (members) is not a registered voter"));
  }

  @Test
  void aCandidateWhoCountsOrScrutinisesIsRefused() {
    List<ResidentId> members = new ArrayList<>(vs(3, 6));
    members.add(v(19));
    members.add(v(20));
    assertThat(check(vs(1, 2), members).violations())
        .containsExactly(
            Violation.of(
                ElectionCode.CANDIDATE_IS_STAFF, "V019 is a candidate and counts or scrutinises"),
            Violation.of(
                ElectionCode.CANDIDATE_IS_STAFF, "V020 is a candidate and counts or scrutinises"));
  }

  @Test
  void aCandidateInBothContestsOfOnePaperIsListedTwice() {
    List<ResidentId> members = new ArrayList<>(vs(3, 8));
    members.add(v(2));
    assertThat(check(vs(1, 2), members).violations())
        .containsExactly(
            Violation.of(ElectionCode.CANDIDATE_TWICE, "V002 is listed twice on one paper"));
  }

  @Test
  void aCandidateListedTwiceInOneContestIsRefused() {
    List<Candidate> list = candidates(vs(1, 2), vs(3, 8));
    list.add(member(v(3)));
    assertThat(codes(CandidateSlate.check(RULES, ELECTORATE, NO_STAFF, list).violations()))
        .containsExactly(ElectionCode.CANDIDATE_TWICE);
  }

  @Test
  void aPaperWithoutTheMemberContestIsRefused() {
    assertThat(check(vs(1, 2), List.of()).violations())
        .containsExactly(
            Violation.of(ElectionCode.CONTEST_MISSING, "members has 5 seats but no candidates"));
  }

  @Test
  void aContestWithoutSeatsNeedNotBeOnThePaper() {
    ElectionRules noLeader = ElectionRules.builder().leaderSeats(0).build();
    CandidateSlate slate = check(noLeader, List.of(), vs(3, 8)).valueOrThrow();
    assertThat(slate.contests()).containsExactly(Contest.MEMBERS);
    assertThat(slate.candidates(Contest.LEADER)).isEmpty();
  }

  @Test
  void aSeparatePaperHoldsOneContest() {
    ElectionRules separate = RULES.withBallotLayout(BallotLayout.SEPARATE_PAPERS);
    CandidateSlate members = check(separate, List.of(), vs(3, 8)).valueOrThrow();
    assertThat(members.contests()).containsExactly(Contest.MEMBERS);
    CandidateSlate leader = check(separate, vs(1, 2), List.of()).valueOrThrow();
    assertThat(leader.contests()).containsExactly(Contest.LEADER);
    assertThat(check(separate, vs(1, 2), vs(3, 8)).violations())
        .containsExactly(
            Violation.of(
                ElectionCode.CONTEST_MISSING,
                "a separate paper holds exactly one contest, this one [LEADER, MEMBERS]"));
  }

  @Test
  void onASeparateMemberPaperADefeatedLeaderCandidateMayStand() {
    ElectionRules separate = RULES.withBallotLayout(BallotLayout.SEPARATE_PAPERS);
    List<ResidentId> members = new ArrayList<>(vs(3, 7));
    members.add(v(2));
    assertThat(check(separate, List.of(), members).isAccepted()).isTrue();
  }

  @Test
  void everyProblemIsReported() {
    List<Candidate> list = new ArrayList<>();
    list.add(leader(v(19)));
    list.add(member(MINOR));
    list.add(member(v(3)));
    list.add(member(v(3)));
    Decision<CandidateSlate> slate = CandidateSlate.check(RULES, ELECTORATE, STAFF, list);
    assertThat(codes(slate.violations()))
        .containsExactly(
            ElectionCode.CANDIDATE_IS_STAFF,
            ElectionCode.CANDIDATE_NOT_A_VOTER,
            ElectionCode.CANDIDATE_TWICE,
            ElectionCode.TOO_FEW_CANDIDATES,
            ElectionCode.TOO_FEW_CANDIDATES);
  }

  @Test
  void aSummaryListsTheCandidates() {
    CandidateSlate slate = check(vs(1, 2), vs(3, 8)).valueOrThrow();
    assertThat(slate.toString())
        .startsWith("CandidateSlate[Candidate[resident=V001, contest=LEADER");
  }
}
