package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.ballot;
import static io.github.tongxin.governance.election.ElectionFixtures.blanks;
import static io.github.tongxin.governance.election.ElectionFixtures.concat;
import static io.github.tongxin.governance.election.ElectionFixtures.dealt;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.times;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.votesFor;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.community.Council;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What follows the count (Shanghai measures Art. 21), women's representation (reported, never
 * enforced) and the term. Ten of twelve voters vote on the first ballot (the standard slate, V001
 * elected leader with 6), nine on a supplementary ballot or re-vote.
 */
class CouncilOutcomeTest {
  private final Electorate electorate = electorate(12, v(4));
  private final Electorate noWomen = electorate(12);

  private List<ContestResult> first(
      Electorate register,
      ImmutableMap<ResidentId, Integer> leader,
      ImmutableMap<ResidentId, Integer> members) {
    RoundResult result =
        Tally.count(
            RULES, register, standardSlate(RULES, register), round(10, dealt(10, leader, members)));
    assertThat(result.isValid()).isTrue();
    return new ArrayList<>(result.contests().values());
  }

  private static ImmutableMap<ResidentId, Integer> members(int... counts) {
    ImmutableMap.Builder<ResidentId, Integer> result = ImmutableMap.builder();
    for (int i = 0; i < counts.length; i++) {
      result.put(v(3 + i), counts[i]);
    }
    return result.buildOrThrow();
  }

  private static final ImmutableMap<ResidentId, Integer> V001_ELECTED =
      ImmutableMap.of(v(1), 6, v(2), 4);

  private ContestResult supplementary(
      Contest contest,
      int seats,
      List<ResidentId> candidates,
      ImmutableMap<ResidentId, Integer> votes) {
    ImmutableMap<ResidentId, Integer> none = ImmutableMap.of();
    List<Ballot> ballots =
        contest == Contest.LEADER ? dealt(9, votes, none) : dealt(9, none, votes);
    RoundResult result =
        Tally.countSupplementary(RULES, electorate, contest, seats, candidates, round(9, ballots));
    return result.contest(contest).orElseThrow();
  }

  @Test
  void everySeatFilledNeedsNothingMore() {
    CouncilOutcome outcome =
        CouncilOutcome.of(
            RULES, electorate, first(electorate, V001_ELECTED, members(10, 9, 8, 7, 6, 0)));
    assertThat(outcome.followUp()).isEqualTo(FollowUp.NONE);
    assertThat(outcome.vacantSeats()).isZero();
    assertThat(outcome.council()).isEqualTo(Council.of(v(1), vs(3, 7)));
    assertThat(outcome.women()).isEqualTo(1);
    assertThat(outcome.isWomenTargetMet()).isTrue();
    assertThat(outcome.termEnds()).isEqualTo(LocalDate.of(2029, 3, 10));
    assertThat(english(outcome.report()))
        .containsExactly(
            "6 of 6 seats filled, 0 vacant: none"
                + " — Shanghai villagers' committee election measures Art. 21",
            "1 women among 6 elected; at least 1 wanted: met"
                + " — Law on the Protection of Women's Rights and Interests (2022) Art. 14",
            "term of office 5 years, until 2029-03-10 — Villagers' Committees Organic Law (2018) Art."
                + " 11");
  }

  @Test
  void noWomanElectedIsReportedButNotEnforced() {
    CouncilOutcome outcome =
        CouncilOutcome.of(RULES, noWomen, first(noWomen, V001_ELECTED, members(10, 9, 8, 7, 6, 0)));
    assertThat(outcome.followUp()).isEqualTo(FollowUp.NONE);
    assertThat(outcome.council().filledSeats()).isEqualTo(6);
    assertThat(outcome.women()).isZero();
    assertThat(outcome.isWomenTargetMet()).isFalse();
    assertThat(english(outcome.report()))
        .contains(
            "0 women among 6 elected; at least 1 wanted: not met (reported, not enforced)"
                + " — Law on the Protection of Women's Rights and Interests (2022) Art. 14");
  }

  @Test
  void theWomenTargetIsARule() {
    ElectionRules none = ElectionRules.builder().minimumWomen(0).build();
    CouncilOutcome outcome =
        CouncilOutcome.of(none, noWomen, first(noWomen, V001_ELECTED, members(10, 9, 8, 7, 6, 0)));
    assertThat(outcome.isWomenTargetMet()).isTrue();
  }

  @Test
  void aShortfallWithoutSupplementaryBallotYetAsksForOne() {
    CouncilOutcome outcome =
        CouncilOutcome.of(
            RULES, electorate, first(electorate, V001_ELECTED, members(9, 8, 6, 5, 4, 3)));
    assertThat(outcome.followUp()).isEqualTo(FollowUp.SUPPLEMENTARY_BALLOT);
    assertThat(outcome.vacantSeats()).isEqualTo(2);
    assertThat(outcome.council().leaders()).containsExactly(v(1));
    assertThat(outcome.council().members()).containsExactly(v(3), v(4), v(5));
  }

  @Test
  void withThreeOrMoreElectedAfterTheSupplementaryBallotSeatsMayStayVacant() {
    List<ContestResult> results = first(electorate, V001_ELECTED, members(9, 8, 6, 5, 4, 3));
    ContestResult firstMembers = results.get(1);
    assertThat(firstMembers.supplementaryCandidates()).containsExactly(v(6), v(7), v(8));
    results.add(
        supplementary(
            Contest.MEMBERS,
            2,
            firstMembers.supplementaryCandidates(),
            ImmutableMap.of(v(6), 5, v(7), 2, v(8), 2)));
    CouncilOutcome outcome = CouncilOutcome.of(RULES, electorate, results);
    assertThat(outcome.council().members()).containsExactly(v(3), v(4), v(5), v(6));
    assertThat(outcome.vacantSeats()).isEqualTo(1);
    assertThat(outcome.followUp()).isEqualTo(FollowUp.MAY_LEAVE_VACANT);
    assertThat(english(outcome.report()))
        .contains(
            "5 of 6 seats filled, 1 vacant: seats may stay vacant (at least 3 elected)"
                + " — Shanghai villagers' committee election measures Art. 21");
  }

  @Test
  void withFewerThanThreeElectedARunOffFollowsWithinThirtyDays() {
    // leader: 5 of 10 each, no majority; members: only V003 has a majority
    List<ContestResult> results =
        first(electorate, ImmutableMap.of(v(1), 5, v(2), 5), members(6, 5, 5, 4, 3, 2));
    assertThat(results.get(0).supplementaryCandidates()).containsExactly(v(1), v(2));
    assertThat(results.get(1).supplementaryCandidates()).containsExactlyElementsOf(vs(4, 8));
    // nobody reaches a third of 9 ballots on either supplementary ballot
    results.add(supplementary(Contest.LEADER, 1, vs(1, 2), ImmutableMap.of(v(1), 2, v(2), 1)));
    results.add(supplementary(Contest.MEMBERS, 4, vs(4, 8), ImmutableMap.of(v(4), 2)));
    CouncilOutcome outcome = CouncilOutcome.of(RULES, electorate, results);
    assertThat(outcome.council().holders()).containsExactly(v(3));
    assertThat(outcome.vacantSeats()).isEqualTo(5);
    assertThat(outcome.followUp()).isEqualTo(FollowUp.RUN_OFF_WITHIN_DAYS);
    assertThat(outcome.report().get(0).english())
        .isEqualTo(
            "1 of 6 seats filled, 5 vacant: run-off within the deadline (fewer than 3 elected;"
                + " within 30 days)");
    assertThat(outcome.report().get(0).chinese())
        .isEqualTo("应选6名，当选1名，缺额5名：限期另行选举（当选不足3名，30日内另行选举）");
  }

  @Test
  void aTieAtTheCutOffAsksForAReVote() {
    List<ContestResult> results = first(electorate, V001_ELECTED, members(10, 9, 8, 7, 6, 6));
    CouncilOutcome outcome = CouncilOutcome.of(RULES, electorate, results);
    assertThat(outcome.followUp()).isEqualTo(FollowUp.RE_VOTE);
    assertThat(outcome.vacantSeats()).isEqualTo(1);
  }

  @Test
  void aReVoteSettlesTheTie() {
    List<ContestResult> results = first(electorate, V001_ELECTED, members(10, 9, 8, 7, 6, 6));
    ContestResult firstMembers = results.get(1);
    assertThat(firstMembers.tied()).containsExactly(v(7), v(8));
    results.add(
        supplementary(
            Contest.MEMBERS,
            firstMembers.tiedSeats(),
            firstMembers.tied(),
            ImmutableMap.of(v(7), 5, v(8), 4)));
    CouncilOutcome outcome = CouncilOutcome.of(RULES, electorate, results);
    assertThat(outcome.followUp()).isEqualTo(FollowUp.NONE);
    assertThat(outcome.vacantSeats()).isZero();
    assertThat(outcome.council()).isEqualTo(Council.of(v(1), vs(3, 7)));
  }

  @Test
  void aReVoteEndingInATieAgainAsksForAnother() {
    List<ContestResult> results = first(electorate, V001_ELECTED, members(10, 9, 8, 7, 6, 6));
    results.add(supplementary(Contest.MEMBERS, 1, vs(7, 8), ImmutableMap.of(v(7), 4, v(8), 4)));
    assertThat(CouncilOutcome.of(RULES, electorate, results).followUp())
        .isEqualTo(FollowUp.RE_VOTE);
  }

  @Test
  void aSupplementaryLeaderBallotStillPendingAsksForIt() {
    List<ContestResult> results =
        first(electorate, ImmutableMap.of(v(1), 5, v(2), 5), members(10, 9, 8, 7, 6, 0));
    CouncilOutcome outcome = CouncilOutcome.of(RULES, electorate, results);
    assertThat(outcome.followUp()).isEqualTo(FollowUp.SUPPLEMENTARY_BALLOT);
    assertThat(outcome.vacantSeats()).isEqualTo(1);
  }

  @Test
  void aMemberWhoThenWinsTheLeaderBallotHoldsTheLeaderSeatAndLeavesTheMemberSeatVacant() {
    // leader: V001 and V002 have 5 of 10 each; V002, written in as member 6 times, is elected
    // member with V003..V006 (6 each); the leader seat goes to a supplementary ballot among both
    List<Ballot> ballots =
        concat(
            times(5, ballot(votesFor(v(1)), votesFor(vs(3, 6)).withWriteIns(List.of(v(2))))),
            times(1, ballot(votesFor(v(2)), votesFor(vs(3, 6)).withWriteIns(List.of(v(2))))),
            times(4, ballot(votesFor(v(2)), votesFor(v(7)))));
    RoundResult first =
        Tally.count(RULES, electorate, standardSlate(RULES, electorate), round(10, ballots));
    List<ContestResult> results = new ArrayList<>(first.contests().values());
    assertThat(results.get(1).elected()).containsExactly(v(2), v(3), v(4), v(5), v(6));
    assertThat(results.get(0).supplementaryCandidates()).containsExactly(v(1), v(2));
    results.add(supplementary(Contest.LEADER, 1, vs(1, 2), ImmutableMap.of(v(2), 6, v(1), 3)));

    CouncilOutcome outcome = CouncilOutcome.of(RULES, electorate, results);
    assertThat(outcome.council().leaders()).containsExactly(v(2));
    assertThat(outcome.council().members()).containsExactlyElementsOf(vs(3, 6));
    assertThat(outcome.vacantSeats()).isEqualTo(1);
    assertThat(outcome.followUp()).isEqualTo(FollowUp.MAY_LEAVE_VACANT);
    assertThat(english(outcome.report()))
        .startsWith(
            "V002, elected member and leader, holds the leader seat; the member seat is vacant"
                + " — Shanghai villagers' committee election measures Art. 21",
            "5 of 6 seats filled, 1 vacant: seats may stay vacant (at least 3 elected)"
                + " — Shanghai villagers' committee election measures Art. 21");
  }

  @Test
  void aVoidRoundLeavesEverySeatToARunOff() {
    RoundResult voided =
        Tally.count(RULES, electorate, standardSlate(RULES, electorate), round(6, blanks(6)));
    CouncilOutcome outcome = CouncilOutcome.of(RULES, electorate, voided.contests().values());
    assertThat(outcome.council().filledSeats()).isZero();
    assertThat(outcome.vacantSeats()).isEqualTo(6);
    assertThat(outcome.followUp()).isEqualTo(FollowUp.RUN_OFF_WITHIN_DAYS);
  }

  @Test
  void theTermIsARule() {
    ElectionRules three = ElectionRules.builder().term(java.time.Period.ofYears(3)).build();
    CouncilOutcome outcome =
        CouncilOutcome.of(
            three, electorate, first(electorate, V001_ELECTED, members(10, 9, 8, 7, 6, 0)));
    assertThat(outcome.termEnds()).isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(outcome.report().get(2).chinese()).isEqualTo("任期3年，至2027-03-10");
  }
}
