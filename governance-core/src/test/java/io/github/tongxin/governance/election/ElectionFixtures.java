package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.ViolationCode;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.BuildingGroup;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.BuildingId;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.CommunityId;
import io.github.tongxin.governance.community.Council;
import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.Household;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.PoliticalRights;
import io.github.tongxin.governance.community.Registration;
import io.github.tongxin.governance.community.Resident;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.community.ResidentialBuilding;
import io.github.tongxin.governance.community.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Test data for elections: a community {@code C01} with one building group {@code G1} over one
 * building {@code B1}, whose voters are {@code V001}, {@code V002}, ... (each an adult man in a
 * household of his own unless named a woman) and four residents who may not vote:
 *
 * <ul>
 *   <li>{@code X01} turns 18 the day after {@link #DAY};
 *   <li>{@code X02} is deprived of political rights;
 *   <li>{@code X03} is registered elsewhere;
 *   <li>{@code X04} has lived here without registration for a year less a day.
 * </ul>
 *
 * <p>The standard slate: leader candidates {@code V001, V002}, member candidates {@code V003} to
 * {@code V008}.
 */
final class ElectionFixtures {
  /** Election day. */
  static final LocalDate DAY = LocalDate.of(2024, 3, 10);

  /** An adult on {@link #DAY}. */
  static final LocalDate ADULT_BIRTH = LocalDate.of(1980, 5, 1);

  static final ElectionRules RULES = ElectionRules.defaults();

  static final BuildingGroupId GROUP = BuildingGroupId.of("G1");

  static final FloorArea AREA = FloorArea.ofHundredths(8_000);

  static final ElectionStaff NO_STAFF = ElectionStaff.of(List.of(), List.of());

  static final ResidentId MINOR = rid("X01");
  static final ResidentId DEPRIVED = rid("X02");
  static final ResidentId ELSEWHERE = rid("X03");
  static final ResidentId NEWCOMER = rid("X04");

  private ElectionFixtures() {}

  static ResidentId rid(String value) {
    return ResidentId.of(value);
  }

  /** Voter number {@code i}: {@code V001} for 1. */
  static ResidentId v(int i) {
    return rid(String.format(Locale.ROOT, "V%03d", i));
  }

  /** Voters {@code from..to}, inclusive. */
  static List<ResidentId> vs(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(ElectionFixtures::v).toList();
  }

  static List<ResidentId> rids(String... values) {
    return Arrays.stream(values).map(ResidentId::of).toList();
  }

  /** An adult registered here and holding political rights. */
  static Resident adult(String id, Sex sex) {
    return Resident.builder()
        .id(rid(id))
        .birthDate(ADULT_BIRTH)
        .sex(sex)
        .registration(Registration.here())
        .politicalRights(PoliticalRights.HELD)
        .build();
  }

  static Resident man(String id) {
    return adult(id, Sex.MALE);
  }

  static Resident woman(String id) {
    return adult(id, Sex.FEMALE);
  }

  static Household household(String id, Resident... members) {
    return Household.of(HouseholdId.of(id), AREA, Arrays.asList(members));
  }

  /** The four residents of {@code B1} who may not vote on {@link #DAY}. */
  static List<Resident> ineligible() {
    return List.of(
        Resident.builder()
            .id(MINOR)
            .birthDate(DAY.minusYears(18).plusDays(1))
            .sex(Sex.FEMALE)
            .registration(Registration.here())
            .politicalRights(PoliticalRights.HELD)
            .build(),
        Resident.builder()
            .id(DEPRIVED)
            .birthDate(ADULT_BIRTH)
            .sex(Sex.MALE)
            .registration(Registration.here())
            .politicalRights(PoliticalRights.DEPRIVED)
            .build(),
        Resident.builder()
            .id(ELSEWHERE)
            .birthDate(ADULT_BIRTH)
            .sex(Sex.MALE)
            .registration(Registration.elsewhere())
            .politicalRights(PoliticalRights.HELD)
            .build(),
        Resident.builder()
            .id(NEWCOMER)
            .birthDate(ADULT_BIRTH)
            .sex(Sex.FEMALE)
            .registration(Registration.withoutRegistrationSince(DAY.minusYears(1).plusDays(1)))
            .politicalRights(PoliticalRights.HELD)
            .build());
  }

  /** {@code voters} eligible men (but the given women) and the four ineligible, in {@code B1}. */
  static Community community(int voters, ResidentId... women) {
    Set<ResidentId> female = ImmutableSet.copyOf(women);
    List<Resident> residents = new ArrayList<>();
    for (ResidentId id : vs(1, voters)) {
      residents.add(female.contains(id) ? woman(id.value()) : man(id.value()));
    }
    residents.addAll(ineligible());
    return communityOfResidents(residents);
  }

  /** Community {@code C01}: building {@code B1}, one household per resident, group {@code G1}. */
  static Community communityOfResidents(Collection<Resident> residents) {
    List<Household> households = new ArrayList<>();
    for (Resident r : residents) {
      households.add(household("H-" + r.id().value(), r));
    }
    return communityOfBuildings(List.of(ResidentialBuilding.of(BuildingId.of("B1"), households)));
  }

  /** Community {@code C01} with these buildings, all in group {@code G1}. */
  static Community communityOfBuildings(List<ResidentialBuilding> buildings) {
    return Community.builder()
        .id(CommunityId.of("C01"))
        .name(BilingualName.of("社区C01", "Community C01"))
        .addAllBuildings(buildings)
        .addGroup(
            BuildingGroup.of(
                GROUP,
                BilingualName.of("楼组G1", "Group G1"),
                buildings.stream().map(ResidentialBuilding::id).toList(),
                Council.vacant()))
        .build();
  }

  static Electorate electorate(Community community) {
    return Electorate.of(community, GROUP, DAY, RULES);
  }

  /** The register of {@link #community(int, ResidentId...)}. */
  static Electorate electorate(int voters, ResidentId... women) {
    return electorate(community(voters, women));
  }

  static Candidate leader(ResidentId who) {
    return Candidate.of(who, Contest.LEADER, Nomination.VOTERS_JOINTLY);
  }

  static Candidate member(ResidentId who) {
    return Candidate.of(who, Contest.MEMBERS, Nomination.VOTERS_JOINTLY);
  }

  static List<Candidate> candidates(List<ResidentId> leaders, List<ResidentId> members) {
    List<Candidate> result = new ArrayList<>();
    leaders.forEach(p -> result.add(leader(p)));
    members.forEach(p -> result.add(member(p)));
    return result;
  }

  /** The standard slate, checked under {@code rules}: leader V001, V002; members V003..V008. */
  static CandidateSlate standardSlate(ElectionRules rules, Electorate electorate) {
    return CandidateSlate.check(rules, electorate, NO_STAFF, candidates(vs(1, 2), vs(3, 8)))
        .valueOrThrow();
  }

  static CandidateSlate slate(
      ElectionRules rules,
      Electorate electorate,
      List<ResidentId> leaders,
      List<ResidentId> members) {
    return CandidateSlate.check(rules, electorate, NO_STAFF, candidates(leaders, members))
        .valueOrThrow();
  }

  static List<Attendance> inPerson(Collection<ResidentId> voters) {
    return voters.stream().map(Attendance::inPerson).toList();
  }

  /** Voters V001..V{@code attending} in person, no proxies, the given ballots. */
  static Round round(int attending, List<Ballot> ballots) {
    return Round.of(inPerson(vs(1, attending)), List.of(), ballots);
  }

  static List<Ballot> blanks(int count) {
    return Collections.nCopies(count, Ballot.blank());
  }

  static ContestMarks votesFor(ResidentId... people) {
    return ContestMarks.votesFor(Arrays.asList(people));
  }

  static ContestMarks votesFor(List<ResidentId> people) {
    return ContestMarks.votesFor(people);
  }

  static ContestMarks marks(Object... pairs) {
    checkArgument(pairs.length % 2 == 0, "pairs");
    Map<ResidentId, Mark> marks = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      marks.put((ResidentId) pairs[i], (Mark) pairs[i + 1]);
    }
    return new ContestMarks(ImmutableMap.copyOf(marks), ImmutableSet.of());
  }

  static Ballot ballot(ContestMarks leader, ContestMarks members) {
    return Ballot.of(Map.of(Contest.LEADER, leader, Contest.MEMBERS, members));
  }

  static List<Ballot> times(int count, Ballot ballot) {
    return Collections.nCopies(count, ballot);
  }

  @SafeVarargs
  static List<Ballot> concat(List<Ballot>... parts) {
    List<Ballot> result = new ArrayList<>();
    for (List<Ballot> part : parts) {
      result.addAll(part);
    }
    return result;
  }

  /**
   * {@code ballots} papers that give each person the stated number of {@code FOR} votes in each
   * contest: the votes of a contest are dealt round-robin over the papers, person after person, so
   * nobody is marked twice on a paper (each count is at most {@code ballots}) and no paper carries
   * more than {@code ceil(total / ballots)} marks in a contest.
   */
  static List<Ballot> dealt(
      int ballots, Map<ResidentId, Integer> leaderVotes, Map<ResidentId, Integer> memberVotes) {
    List<List<ResidentId>> leader = deal(ballots, leaderVotes);
    List<List<ResidentId>> members = deal(ballots, memberVotes);
    List<Ballot> result = new ArrayList<>();
    for (int b = 0; b < ballots; b++) {
      result.add(ballot(votesFor(leader.get(b)), votesFor(members.get(b))));
    }
    return result;
  }

  private static List<List<ResidentId>> deal(int ballots, Map<ResidentId, Integer> votes) {
    List<List<ResidentId>> papers = new ArrayList<>();
    for (int b = 0; b < ballots; b++) {
      papers.add(new ArrayList<>());
    }
    int next = 0;
    for (Map.Entry<ResidentId, Integer> e : votes.entrySet()) {
      checkArgument(e.getValue() <= ballots, "%s votes on %s papers", e.getValue(), ballots);
      for (int i = 0; i < e.getValue(); i++) {
        papers.get(next % ballots).add(e.getKey());
        next++;
      }
    }
    return papers;
  }

  /** The codes of some violations, in order. */
  static List<ViolationCode> codes(Collection<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }

  /** The English text of a report, one line per step, with sources. */
  static List<String> english(Collection<ReportLine> report) {
    return report.stream().map(ReportLine::inEnglish).toList();
  }

  /** A tester with a sample value for every type of the election package it may need. */
  static NullPointerTester nullPointerTester() {
    Community community = community(10);
    Electorate electorate = electorate(community);
    CandidateSlate slate = standardSlate(RULES, electorate);
    return new NullPointerTester()
        .setDefault(LocalDate.class, DAY)
        .setDefault(ResidentId.class, v(1))
        .setDefault(BuildingGroupId.class, GROUP)
        .setDefault(Community.class, community)
        .setDefault(Electorate.class, electorate)
        .setDefault(ElectionRules.class, RULES)
        .setDefault(ElectionStaff.class, NO_STAFF)
        .setDefault(CandidateSlate.class, slate)
        .setDefault(Council.class, Council.of(v(1), vs(3, 7)))
        .setDefault(Threshold.class, Threshold.moreThan(1, 2))
        .setDefault(Round.class, round(6, blanks(6)))
        .setDefault(Ballot.class, Ballot.blank())
        .setDefault(ContestMarks.class, ContestMarks.none())
        .setDefault(ImmutableList.class, ImmutableList.of());
  }
}
