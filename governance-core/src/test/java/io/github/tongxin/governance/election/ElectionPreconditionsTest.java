package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.DAY;
import static io.github.tongxin.governance.election.ElectionFixtures.GROUP;
import static io.github.tongxin.governance.election.ElectionFixtures.NO_STAFF;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.blanks;
import static io.github.tongxin.governance.election.ElectionFixtures.community;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.Council;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.election.rules.ApprovalProfile;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Caller mistakes throw at once, naming the argument and the bad value. */
class ElectionPreconditionsTest {
  private final Community community = community(10);
  private final Electorate electorate = electorate(community);
  private final CandidateSlate slate = standardSlate(RULES, electorate);
  private final Round round = round(6, blanks(6));

  private NullPointerTester tester() {
    return ElectionFixtures.nullPointerTester()
        .setDefault(ApprovalProfile.class, ApprovalProfile.of(2, List.of(List.of(0))));
  }

  @Test
  void everyStaticFactoryAndOperationRefusesNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Electorate.class,
            CandidateSlate.class,
            Tally.class,
            CouncilOutcome.class,
            Recall.class,
            ApprovalRecount.class,
            Ballot.class,
            ContestMarks.class,
            Round.class,
            ElectionStaff.class,
            Candidate.class,
            Attendance.class,
            Threshold.class,
            ElectionRules.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void everyValueConstructorRefusesNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Threshold.class,
            Candidate.class,
            ElectionStaff.class,
            Ballot.class,
            ContestMarks.class,
            Round.class,
            Attendance.InPerson.class,
            Attendance.ByProxy.class,
            ProxyAuthorization.class,
            Exclusion.class,
            ReportLine.class,
            RecallResult.class,
            ApprovalRecount.class)) {
      tester.testAllPublicConstructors(type);
    }
  }

  @Test
  void everyInstanceMethodRefusesNull() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(electorate);
    tester.testAllPublicInstanceMethods(slate);
    tester.testAllPublicInstanceMethods(NO_STAFF);
    tester.testAllPublicInstanceMethods(Ballot.blank());
    tester.testAllPublicInstanceMethods(ContestMarks.none());
    tester.testAllPublicInstanceMethods(
        ApprovalRecount.of(Contest.MEMBERS, slate, electorate, List.of(Ballot.blank())));
    // Immutables types: their generated classes are not public, so call the hand-written methods
    assertNpe(() -> RULES.seats(null), "contest");
    assertNpe(() -> Tally.count(RULES, electorate, slate, round).contest(null), "contest");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertNpe(() -> Electorate.of(null, GROUP, DAY, RULES), "community");
    assertNpe(() -> Electorate.of(community, null, DAY, RULES), "group");
    assertNpe(() -> Electorate.of(community, GROUP, null, RULES), "electionDay");
    assertNpe(() -> Electorate.of(community, GROUP, DAY, null), "rules");
    assertNpe(
        () -> Electorate.ofRepresentatives(community, GROUP, DAY, RULES, null), "representatives");
    List<ResidentId> withNull = new ArrayList<>(vs(1, 2));
    withNull.add(null);
    assertNpe(
        () ->
            Electorate.ofRepresentatives(
                community,
                GROUP,
                DAY,
                RULES.withElectorateMode(ElectorateMode.HOUSEHOLD_REPRESENTATIVES),
                withNull),
        "representatives contains null");
    assertNpe(() -> electorate.contains(null), "resident");
    assertNpe(() -> electorate.voter(null), "voter");
    assertNpe(() -> CandidateSlate.check(null, electorate, NO_STAFF, List.of()), "rules");
    assertNpe(() -> CandidateSlate.check(RULES, null, NO_STAFF, List.of()), "electorate");
    assertNpe(() -> CandidateSlate.check(RULES, electorate, null, List.of()), "staff");
    assertNpe(() -> CandidateSlate.check(RULES, electorate, NO_STAFF, null), "candidates");
    assertNpe(() -> slate.candidates((Contest) null), "contest");
    assertNpe(() -> Tally.count(null, electorate, slate, round), "rules");
    assertNpe(() -> Tally.count(RULES, null, slate, round), "electorate");
    assertNpe(() -> Tally.count(RULES, electorate, null, round), "slate");
    assertNpe(() -> Tally.count(RULES, electorate, slate, null), "round");
    assertNpe(
        () -> Tally.countSupplementary(null, electorate, Contest.MEMBERS, 1, vs(3, 4), round),
        "rules");
    assertNpe(
        () -> Tally.countSupplementary(RULES, electorate, null, 1, vs(3, 4), round), "contest");
    assertNpe(
        () -> Tally.countSupplementary(RULES, electorate, Contest.MEMBERS, 1, null, round),
        "candidates");
    assertNpe(
        () -> Tally.countSupplementary(RULES, electorate, Contest.MEMBERS, 0, vs(3, 4), null),
        "round");
    assertNpe(() -> CouncilOutcome.of(RULES, electorate, null), "results");
    assertNpe(
        () -> Recall.initiate(RULES, electorate, Council.vacant(), null, List.of()), "target");
    assertNpe(() -> Recall.vote(RULES, electorate, null, 0, 0), "target");
    assertNpe(() -> ApprovalRecount.of(Contest.MEMBERS, slate, electorate, null), "ballots");
    assertNpe(() -> Ballot.of(null), "contests");
    assertNpe(() -> Ballot.blank().marks(null), "contest");
    assertNpe(() -> ContestMarks.votesFor(null), "candidates");
    assertNpe(() -> ContestMarks.none().withWriteIns(null), "people");
    assertNpe(() -> Round.of(null, List.of(), List.of()), "attendance");
    assertNpe(() -> Round.of(List.of(), null, List.of()), "proxies");
    assertNpe(() -> Round.of(List.of(), List.of(), null), "ballots");
    assertNpe(() -> ElectionStaff.of(null, List.of()), "counters");
    assertNpe(() -> ElectionStaff.of(List.of(), null), "scrutineers");
    assertNpe(() -> NO_STAFF.includes(null), "resident");
    assertNpe(() -> Candidate.of(v(1), null, Nomination.SELF_NOMINATION), "contest");
    assertNpe(() -> Attendance.byProxy(null, v(2)), "principal");
    assertNpe(() -> new ProxyAuthorization(v(1), v(2), Relation.SPOUSE, null), "registeredOn");
    assertNpe(() -> new Exclusion(v(1), null), "reasons");
    assertNpe(() -> new ReportLine(Provision.TURNOUT, "x", null), "chinese");
    assertNpe(() -> new RecallResult(v(1), null, ImmutableList.of()), "outcome");
  }

  @Test
  void badValuesAreNamedWithTheValue() {
    assertThatThrownBy(() -> new Exclusion(v(1), ImmutableSet.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exclusion of V001 needs a reason");
    assertThatThrownBy(
            () -> new ContestMarks(ImmutableMap.of(v(1), Mark.FOR), ImmutableSet.of(v(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("V001 is both marked and written in");
    assertThatThrownBy(() -> ContestMarks.votesFor(List.of(v(1))).withWriteIns(List.of(v(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("V001 is both marked and written in");
    assertThatThrownBy(() -> Ballot.of(null, ContestMarks.none()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contest");
  }

  private static void assertNpe(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(message);
  }
}
