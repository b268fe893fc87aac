package io.github.tongxin.governance.examples;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.Jiading;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.community.Zone;
import io.github.tongxin.governance.election.Attendance;
import io.github.tongxin.governance.election.Ballot;
import io.github.tongxin.governance.election.Candidate;
import io.github.tongxin.governance.election.CandidateSlate;
import io.github.tongxin.governance.election.Contest;
import io.github.tongxin.governance.election.ContestMarks;
import io.github.tongxin.governance.election.ElectionRules;
import io.github.tongxin.governance.election.ElectionStaff;
import io.github.tongxin.governance.election.Electorate;
import io.github.tongxin.governance.election.Mark;
import io.github.tongxin.governance.election.Nomination;
import io.github.tongxin.governance.election.ProxyAuthorization;
import io.github.tongxin.governance.election.Relation;
import io.github.tongxin.governance.election.Round;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded, simulated first ballot in building group C01-G01 of the synthetic Jiading zone: two
 * leader candidates, seven member candidates, about 70% turnout, two proxies, a few write-ins and
 * a few over-marked ballots. Shared by the election examples.
 */
final class SampleElection {
  static final LocalDate ELECTION_DAY = LocalDate.of(2024, 3, 10);
  static final BuildingGroupId GROUP = BuildingGroupId.of("C01-G01");

  final ElectionRules rules = ElectionRules.defaults();
  final Community community;
  final Electorate electorate;
  final CandidateSlate slate;
  final Round round;

  SampleElection(long seed) {
    Zone zone = Jiading.syntheticZone().zone();
    community = zone.communities().get(0);
    electorate = Electorate.of(community, GROUP, ELECTION_DAY, rules);
    SplittableRandom random = new SplittableRandom(seed);
    List<ResidentId> voters = new ArrayList<>(electorate.voters());
    shuffle(voters, random);
    List<ResidentId> leaders = voters.subList(0, 2);
    List<ResidentId> members = voters.subList(2, 9);
    List<Candidate> candidates = new ArrayList<>();
    leaders.forEach(r -> candidates.add(Candidate.of(r, Contest.LEADER, Nomination.VOTERS_JOINTLY)));
    members.forEach(r -> candidates.add(Candidate.of(r, Contest.MEMBERS, Nomination.VOTERS_JOINTLY)));
    ElectionStaff staff = ElectionStaff.of(voters.subList(9, 11), voters.subList(11, 13));
    slate = CandidateSlate.check(rules, electorate, staff, candidates).valueOrThrow();

    // Popularity of each member candidate: how likely a voter is to mark them.
    Map<ResidentId, Integer> popularity = new LinkedHashMap<>();
    int[] levels = {80, 72, 66, 58, 52, 45, 30};
    for (int i = 0; i < members.size(); i++) {
      popularity.put(members.get(i), levels[i]);
    }
    List<Attendance> attendance = new ArrayList<>();
    List<ProxyAuthorization> proxies = new ArrayList<>();
    List<Ballot> ballots = new ArrayList<>();
    Map<ResidentId, Integer> proxied = new HashMap<>();
    for (int v = 0; v < voters.size(); v++) {
      ResidentId voter = voters.get(v);
      int draw = random.nextInt(100);
      if (draw >= 72) {
        continue; // stays at home
      }
      if (draw < 2 && v + 1 < voters.size() && proxied.size() < 2) {
        ResidentId proxy = voters.get(v + 1);
        proxies.add(new ProxyAuthorization(voter, proxy, Relation.SPOUSE, ELECTION_DAY.minusDays(7)));
        attendance.add(Attendance.byProxy(voter, proxy));
        proxied.put(voter, 1);
      } else {
        attendance.add(Attendance.inPerson(voter));
      }
      ballots.add(ballot(leaders, popularity, voters, random));
    }
    round = Round.of(attendance, proxies, ballots);
  }

  /**
   * A simulated supplementary ballot for the member seats left: the same voters come back; each
   * marks up to {@code seats} of the candidates, more often the better placed.
   */
  Round supplementaryRound(List<ResidentId> candidates, int seats, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < round.attendance().size(); i++) {
      List<ResidentId> chosen = new ArrayList<>();
      for (int c = 0; c < candidates.size() && chosen.size() < seats; c++) {
        if (random.nextInt(100) < 70 - 15 * c) {
          chosen.add(candidates.get(c));
        }
      }
      ballots.add(Ballot.of(Contest.MEMBERS, ContestMarks.votesFor(chosen)));
    }
    return Round.of(round.attendance(), round.proxies(), ballots);
  }

  private static Ballot ballot(
      List<ResidentId> leaders,
      Map<ResidentId, Integer> popularity,
      List<ResidentId> voters,
      SplittableRandom random) {
    Map<ResidentId, Mark> leaderMarks = new LinkedHashMap<>();
    leaderMarks.put(leaders.get(0), random.nextInt(100) < 62 ? Mark.FOR : Mark.AGAINST);
    leaderMarks.put(leaders.get(1), leaderMarks.get(leaders.get(0)) == Mark.FOR ? Mark.ABSTAIN : Mark.FOR);
    Map<ResidentId, Mark> memberMarks = new LinkedHashMap<>();
    popularity.forEach(
        (candidate, chance) ->
            memberMarks.put(candidate, random.nextInt(100) < chance ? Mark.FOR : Mark.ABSTAIN));
    List<ResidentId> writeIns = new ArrayList<>();
    if (random.nextInt(100) < 4) {
      writeIns.add(voters.get(voters.size() - 1)); // a neighbour written in (另选他人)
    }
    return Ballot.of(
        Map.of(
            Contest.LEADER,
            new ContestMarks(
                ImmutableMap.copyOf(leaderMarks),
                ImmutableSet.of()),
            Contest.MEMBERS,
            new ContestMarks(
                    ImmutableMap.copyOf(memberMarks),
                    ImmutableSet.of())
                .withWriteIns(writeIns)));
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
