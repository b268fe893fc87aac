package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ZoneGeneratorTest {
  private static final BilingualName NAME = BilingualName.of("测试区", "Test zone");
  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

  /** The seed article: 14 communities, 774 buildings, 143 groups, 622 seats, 24,300, 76,000. */
  private static final CoverageFigures JIADING = figures(14, 774, 143, 622, 24_300, 76_000);

  /** The smallest zone the generator accepts. */
  private static final CoverageFigures TINY = figures(1, 1, 1, 0, 1, 1);

  /** Two communities, every council full (4 groups × 6 seats). */
  private static final CoverageFigures FULL_COUNCILS = figures(2, 10, 4, 24, 400, 1_300);

  /** Three communities of a few groups each. */
  private static final CoverageFigures SMALL_TOWN = figures(3, 60, 12, 50, 2_000, 6_200);

  /** As many groups as buildings, one single-person household in each. */
  private static final CoverageFigures ONE_PER_BUILDING = figures(1, 5, 5, 5, 5, 5);

  /** No council seat filled anywhere. */
  private static final CoverageFigures NO_SEATS = figures(4, 200, 30, 0, 6_000, 18_000);

  /** One building per community and per group. */
  private static final CoverageFigures TWO_SINGLE_BUILDINGS = figures(2, 2, 2, 2, 2, 2);

  private static final Map<String, GeneratedZone> CACHE = new ConcurrentHashMap<>();

  private static CoverageFigures figures(
      long communities, long buildings, long groups, long seats, long households, long people) {
    return CoverageFigures.builder()
        .communities(communities)
        .buildings(buildings)
        .buildingGroups(groups)
        .electedLeadersAndMembers(seats)
        .households(households)
        .people(people)
        .build();
  }

  private static GeneratedZone generate(CoverageFigures figures, long seed) {
    return ZoneGenerator.generate(NAME, figures, AS_OF, new SplittableRandom(seed));
  }

  /** Each (figures, seed) is generated once for all tests of this class. */
  private static GeneratedZone cached(CoverageFigures figures, long seed) {
    return CACHE.computeIfAbsent(figures + "/" + seed, k -> generate(figures, seed));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed : new long[] {1, 7, 2024}) {
      cases.add(Arguments.of(JIADING, seed));
    }
    for (CoverageFigures f :
        List.of(TINY, FULL_COUNCILS, SMALL_TOWN, ONE_PER_BUILDING, NO_SEATS, TWO_SINGLE_BUILDINGS)) {
      for (long seed : new long[] {1, 2, 42, -5}) {
        cases.add(Arguments.of(f, seed));
      }
    }
    return cases.stream();
  }

  // ---------------------------------------------------------------- totals

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void coverageTotalEqualsTheRequestedFigures(CoverageFigures figures, long seed) {
    Zone zone = cached(figures, seed).zone();

    assertThat(Coverage.of(zone).total()).isEqualTo(figures);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void countsWalkedThroughTheZoneEqualTheRequestedFigures(CoverageFigures figures, long seed) {
    Zone zone = cached(figures, seed).zone();

    long communities = zone.communities().size();
    long buildings = zone.communities().stream().mapToLong(c -> c.buildings().size()).sum();
    long groups = zone.communities().stream().mapToLong(c -> c.groups().size()).sum();
    long seats =
        zone.communities().stream()
            .flatMap(c -> c.groups().stream())
            .mapToLong(g -> g.council().leaders().size() + g.council().members().size())
            .sum();
    long households =
        zone.communities().stream()
            .flatMap(c -> c.buildings().stream())
            .mapToLong(b -> b.households().size())
            .sum();
    List<ResidentId> people =
        zone.communities().stream()
            .flatMap(c -> c.buildings().stream())
            .flatMap(b -> b.households().stream())
            .flatMap(h -> h.members().stream())
            .map(Resident::id)
            .toList();

    assertThat(communities).isEqualTo(figures.communities());
    assertThat(buildings).isEqualTo(figures.buildings());
    assertThat(groups).isEqualTo(figures.buildingGroups());
    assertThat(seats).isEqualTo(figures.electedLeadersAndMembers());
    assertThat(households).isEqualTo(figures.households());
    assertThat((long) people.size()).isEqualTo(figures.people());
    assertThat(new HashSet<>(people)).as("resident ids are distinct").hasSize(people.size());
  }

  @Test
  void jiadingFiguresAreReachedExactly() {
    for (long seed : new long[] {1, 7, 2024}) {
      CoverageFigures total = Coverage.of(cached(JIADING, seed).zone()).total();

      assertThat(total.communities()).isEqualTo(14);
      assertThat(total.buildings()).isEqualTo(774);
      assertThat(total.buildingGroups()).isEqualTo(143);
      assertThat(total.electedLeadersAndMembers()).isEqualTo(622);
      assertThat(total.households()).isEqualTo(24_300);
      assertThat(total.people()).isEqualTo(76_000);
    }
  }

  @Test
  void theTinyZoneHasOnePersonInOneHouseholdInOneBuildingInOneGroup() {
    GeneratedZone generated = cached(TINY, 3);
    Community only = generated.zone().communities().get(0);

    assertThat(generated.zone().name()).isEqualTo(NAME);
    assertThat(only.id()).isEqualTo(CommunityId.of("C01"));
    assertThat(only.buildings()).hasSize(1);
    ResidentialBuilding building = only.buildings().get(0);
    assertThat(building.id()).isEqualTo(BuildingId.of("C01-B001"));
    assertThat(building.households()).hasSize(1);
    Household household = building.households().get(0);
    assertThat(household.id()).isEqualTo(HouseholdId.of("C01-B001-H001"));
    assertThat(household.members()).extracting(Resident::id)
        .containsExactly(ResidentId.of("C01-B001-H001-R1"));
    assertThat(only.groups()).hasSize(1);
    assertThat(only.groups().get(0).id()).isEqualTo(BuildingGroupId.of("C01-G01"));
    assertThat(only.groups().get(0).buildings()).containsExactly(building.id());
    assertThat(only.groups().get(0).council().filledSeats()).isZero();
    // Eleven adults are needed for the smallest core; one person cannot fill it.
    assertThat(only.corePosts()).isEmpty();
  }

  // ---------------------------------------------------------------- reproducibility

  @Test
  void theSameSeedGivesTheSameZoneAndSitePlans() {
    for (CoverageFigures figures : List.of(JIADING, SMALL_TOWN, TINY)) {
      GeneratedZone a = generate(figures, 99);
      GeneratedZone b = generate(figures, 99);

      assertThat(b.zone()).isEqualTo(a.zone());
      assertThat(b.sitePlans()).isEqualTo(a.sitePlans());
      assertThat(b).isEqualTo(a);
    }
  }

  @Test
  void differentSeedsGiveDifferentZones() {
    for (CoverageFigures figures : List.of(JIADING, SMALL_TOWN, FULL_COUNCILS)) {
      GeneratedZone a = cached(figures, 1);
      GeneratedZone b = cached(figures, 2);

      assertThat(b.zone()).isNotEqualTo(a.zone());
      // ... with the same totals all the same.
      assertThat(Coverage.of(b.zone()).total()).isEqualTo(Coverage.of(a.zone()).total());
    }
    assertThat(cached(JIADING, 7).zone()).isNotEqualTo(cached(JIADING, 2024).zone());
    assertThat(cached(JIADING, 7).sitePlans()).isNotEqualTo(cached(JIADING, 2024).sitePlans());
  }

  // ---------------------------------------------------------------- structure

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void sitePlansDescribeTheCommunitiesInTheZonesOrder(CoverageFigures figures, long seed) {
    GeneratedZone generated = cached(figures, seed);
    Zone zone = generated.zone();

    assertThat(generated.sitePlans().keySet().asList())
        .containsExactlyElementsOf(zone.communities().stream().map(Community::id).toList());
    for (Community community : zone.communities()) {
      SitePlan plan = generated.sitePlans().get(community.id());
      List<BuildingId> ids =
          community.buildings().stream().map(ResidentialBuilding::id).sorted().toList();
      assertThat(plan.buildings()).as("plan of %s", community.id()).containsExactlyElementsOf(ids);
      for (ResidentialBuilding building : community.buildings()) {
        assertThat(plan.households(building.id()))
            .as("households of %s", building.id())
            .isEqualTo(building.households().size());
      }
      assertThat(isConnected(plan, plan.buildings()))
          .as("site plan of %s is connected", community.id())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void everyGroupIsConnectedAndEveryBuildingInExactlyOneGroup(
      CoverageFigures figures, long seed) {
    GeneratedZone generated = cached(figures, seed);

    for (Community community : generated.zone().communities()) {
      SitePlan plan = generated.sitePlans().get(community.id());
      Map<BuildingId, Integer> groupsPerBuilding = new HashMap<>();
      for (BuildingGroup group : community.groups()) {
        assertThat(isConnected(plan, group.buildings()))
            .as("buildings %s of group %s are connected", group.buildings(), group.id())
            .isTrue();
        for (BuildingId building : group.buildings()) {
          groupsPerBuilding.merge(building, 1, Integer::sum);
        }
      }
      for (ResidentialBuilding building : community.buildings()) {
        assertThat(groupsPerBuilding.get(building.id()))
            .as("number of groups of building %s", building.id())
            .isEqualTo(1);
      }
      assertThat(groupsPerBuilding).hasSize(community.buildings().size());
      assertThat(community.ungroupedBuildings()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void everyCommunityHasAGroupAndEveryBuildingAHousehold(CoverageFigures figures, long seed) {
    for (Community community : cached(figures, seed).zone().communities()) {
      assertThat(community.groups()).as("groups of %s", community.id()).isNotEmpty();
      assertThat(community.buildings().size())
          .as("buildings of %s", community.id())
          .isGreaterThanOrEqualTo(community.groups().size());
      for (ResidentialBuilding building : community.buildings()) {
        assertThat(building.households()).as("households of %s", building.id()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void councilHoldersAreAdultsWithPoliticalRightsLivingInTheirGroup(
      CoverageFigures figures, long seed) {
    for (Community community : cached(figures, seed).zone().communities()) {
      Map<ResidentId, Resident> residents = new HashMap<>();
      Map<ResidentId, BuildingId> homes = new HashMap<>();
      for (ResidentialBuilding building : community.buildings()) {
        for (Household household : building.households()) {
          for (Resident resident : household.members()) {
            residents.put(resident.id(), resident);
            homes.put(resident.id(), building.id());
          }
        }
      }
      for (BuildingGroup group : community.groups()) {
        Council council = group.council();
        assertThat(council.filledSeats()).as("seats of %s", group.id()).isBetween(0, 6);
        if (council.filledSeats() > 0) {
          assertThat(council.leaders()).as("leader of %s", group.id()).hasSize(1);
        }
        for (ResidentId holder : council.holders()) {
          Resident resident = residents.get(holder);
          assertThat(resident).as("holder %s lives in %s", holder, community.id()).isNotNull();
          assertThat(group.buildings())
              .as("group %s contains the home of %s", group.id(), holder)
              .contains(homes.get(holder));
          assertThat(Period.between(resident.birthDate(), AS_OF).getYears())
              .as("age of %s", holder)
              .isGreaterThanOrEqualTo(18);
          assertThat(resident.politicalRights()).as("rights of %s", holder)
              .isEqualTo(PoliticalRights.HELD);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void householdsAreHeadedByAnAdult(CoverageFigures figures, long seed) {
    for (Community community : cached(figures, seed).zone().communities()) {
      for (ResidentialBuilding building : community.buildings()) {
        for (Household household : building.households()) {
          assertThat(household.members()).as("members of %s", household.id()).isNotEmpty();
          Resident head = household.members().get(0);
          assertThat(Period.between(head.birthDate(), AS_OF).getYears())
              .as("age of %s, first member of %s", head.id(), household.id())
              .isGreaterThanOrEqualTo(18);
          for (Resident member : household.members()) {
            assertThat(member.birthDate()).as("birth of %s", member.id()).isBeforeOrEqualTo(AS_OF);
            assertThat(member.birthDate())
                .as("birth of %s", member.id())
                .isAfter(AS_OF.minusYears(96));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void corePostsAreFilledWhereTheCommunityHasAdultsEnough(CoverageFigures figures, long seed) {
    for (Community community : cached(figures, seed).zone().communities()) {
      Map<ResidentId, Resident> eligible = new HashMap<>();
      for (ResidentialBuilding building : community.buildings()) {
        for (Household household : building.households()) {
          for (Resident r : household.members()) {
            if (Period.between(r.birthDate(), AS_OF).getYears() >= 18
                && r.politicalRights() == PoliticalRights.HELD) {
              eligible.put(r.id(), r);
            }
          }
        }
      }
      if (eligible.size() < 11) {
        // Not asserted: a core may or may not fit among fewer than 11 adults.
        continue;
      }
      ImmutableList<CorePost> posts = community.corePosts();
      assertThat(count(posts, Role.PARTY_BRANCH_SECRETARY)).as("secretary of %s", community.id())
          .isEqualTo(1);
      assertThat(count(posts, Role.RESIDENTS_COMMITTEE_DIRECTOR))
          .as("director of %s", community.id())
          .isEqualTo(1);
      assertThat(count(posts, Role.PARTY_BRANCH_MEMBER)).as("branch of %s", community.id())
          .isBetween(2L, 4L);
      assertThat(count(posts, Role.RESIDENTS_COMMITTEE_MEMBER))
          .as("committee of %s", community.id())
          .isBetween(3L, 5L);
      for (CorePost post : posts) {
        assertThat(eligible).as("holder of %s in %s", post, community.id())
            .containsKey(post.holder());
      }
    }
  }

  @Test
  void jiadingCommunitiesAllHaveACore() {
    for (Community community : cached(JIADING, 7).zone().communities()) {
      assertThat(community.corePosts()).as("core of %s", community.id()).isNotEmpty();
    }
  }

  @Test
  void idsAreZeroPadded() {
    Zone zone = cached(JIADING, 1).zone();

    assertThat(zone.communities()).extracting(c -> c.id().toString())
        .containsExactly(
            "C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12",
            "C13", "C14");
    Community first = zone.communities().get(0);
    assertThat(first.buildings().get(0).id()).isEqualTo(BuildingId.of("C01-B001"));
    assertThat(first.groups().get(0).id()).isEqualTo(BuildingGroupId.of("C01-G01"));
    assertThat(first.buildings().get(0).households().get(0).id())
        .isEqualTo(HouseholdId.of("C01-B001-H001"));
  }

  private static long count(List<CorePost> posts, Role role) {
    return posts.stream().filter(p -> p.role() == role).count();
  }

  /** Breadth-first search over the plan's neighbours, staying inside {@code buildings}. */
  private static boolean isConnected(SitePlan plan, Iterable<BuildingId> buildings) {
    Set<BuildingId> inside = new HashSet<>();
    buildings.forEach(inside::add);
    if (inside.isEmpty()) {
      return true;
    }
    BuildingId start = inside.iterator().next();
    Set<BuildingId> reached = new HashSet<>(List.of(start));
    Deque<BuildingId> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (BuildingId next : plan.neighbours(queue.removeFirst())) {
        if (inside.contains(next) && reached.add(next)) {
          queue.addLast(next);
        }
      }
    }
    return reached.equals(inside);
  }

  // ---------------------------------------------------------------- rejections of generate

  private static void assertRejected(CoverageFigures figures, String... fragments) {
    assertThatThrownBy(() -> generate(figures, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(fragments);
  }

  @Test
  void rejectsZeroCommunities() {
    assertRejected(figures(0, 10, 2, 0, 100, 300), "at least one community", "communities=0");
  }

  @Test
  void rejectsFewerGroupsThanCommunities() {
    assertRejected(
        figures(3, 10, 2, 0, 100, 300), "a building group per community", "buildingGroups=2");
  }

  @Test
  void rejectsMoreGroupsThanBuildings() {
    assertRejected(
        figures(1, 4, 5, 0, 100, 300), "more groups than buildings", "buildings=4",
        "buildingGroups=5");
  }

  @Test
  void rejectsFewerHouseholdsThanBuildings() {
    assertRejected(figures(1, 10, 2, 0, 9, 300), "a household per building", "households=9");
  }

  @Test
  void rejectsFewerPeopleThanHouseholds() {
    assertRejected(figures(1, 10, 2, 0, 100, 99), "a person per household", "people=99");
  }

  @Test
  void rejectsMoreThanSixSeatsPerGroup() {
    assertRejected(
        figures(1, 10, 4, 25, 400, 1_300),
        "more than six seats per group",
        "electedLeadersAndMembers=25");
  }

  @Test
  void acceptsExactlySixSeatsPerGroup() {
    // FULL_COUNCILS: 24 seats over 4 groups.
    Zone zone = cached(FULL_COUNCILS, 1).zone();

    assertThat(zone.communities().stream().flatMap(c -> c.groups().stream()))
        .allSatisfy(g -> assertThat(g.council().filledSeats()).isEqualTo(6));
  }

  @Test
  void rejectsMoreSeatsThanHouseholds() {
    // Five one-person households in five groups: six seats cannot all be filled.
    assertRejected(
        figures(1, 5, 5, 6, 5, 5), "more seats than there are households", "households=5");
  }

  @Test
  void acceptsOneSeatPerHouseholdOfOne() {
    // Each household's first member is an adult holding political rights.
    Zone zone =
        ZoneGenerator.generate(
                Jiading.NAME, figures(1, 5, 5, 5, 5, 5), Jiading.REFERENCE_DATE, new SplittableRandom(3))
            .zone();

    assertThat(zone.communities().get(0).filledCouncilSeats()).isEqualTo(5);
  }

  @Test
  void rejectsMoreThanHalfAMillionHouseholdsPerGroup() {
    assertRejected(
        figures(1, 2, 2, 0, 1_000_001, 1_000_001),
        "more than 500000 households per group",
        "households=1000001");
  }

  @Test
  void rejectsMoreThanTenMillionPeople() {
    assertRejected(
        figures(1, 10, 2, 0, 100, 10_000_001),
        "more than 10,000,000 people",
        "people=10000001");
  }

  @Test
  void rejectsFiguresTooLargeForAnInt() {
    long tooLarge = Integer.MAX_VALUE + 1L;
    assertRejected(
        figures(tooLarge, tooLarge, tooLarge, 0, tooLarge, tooLarge),
        "communities too large",
        "2147483648");
    assertRejected(
        figures(1, tooLarge, 1, 0, tooLarge, tooLarge), "buildings too large", "2147483648");
    assertRejected(
        figures(1, 10, tooLarge, 0, 100, 300), "buildingGroups too large", "2147483648");
  }

  @Test
  void rejectsNullArguments() {
    SplittableRandom random = new SplittableRandom(1);
    assertThatThrownBy(() -> ZoneGenerator.generate(null, TINY, AS_OF, random))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> ZoneGenerator.generate(NAME, null, AS_OF, random))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("figures");
    assertThatThrownBy(() -> ZoneGenerator.generate(NAME, TINY, null, random))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
    assertThatThrownBy(() -> ZoneGenerator.generate(NAME, TINY, AS_OF, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("random");
    assertThatThrownBy(() -> ZoneGenerator.sitePlans(1, 1, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("random");
  }

  // ---------------------------------------------------------------- sitePlans

  static Stream<Arguments> sitePlanCases() {
    return Stream.of(
        Arguments.of(1, 1, 1L, 1L),
        Arguments.of(3, 3, 3L, 2L),
        Arguments.of(1, 40, 1_000L, 3L),
        Arguments.of(14, 774, 24_300L, 2024L),
        Arguments.of(14, 774, 24_300L, 7L),
        Arguments.of(250, 12_000, 400_000L, 5L),
        Arguments.of(1_000, 1_000, 2_000_000L, 6L));
  }

  @ParameterizedTest(name = "{0} communities, {1} buildings, {2} households, seed {3}")
  @MethodSource("sitePlanCases")
  void sitePlansHaveTheExactCountsAndAreConnected(
      int communities, int buildings, long households, long seed) {
    ImmutableList<SitePlan> plans =
        ZoneGenerator.sitePlans(communities, buildings, households, new SplittableRandom(seed));

    assertThat(plans).hasSize(communities);
    assertThat(plans.stream().mapToLong(SitePlan::size).sum()).isEqualTo(buildings);
    assertThat(plans.stream().mapToLong(SitePlan::totalHouseholds).sum()).isEqualTo(households);
    long walkedHouseholds = 0;
    for (SitePlan plan : plans) {
      assertThat(plan.size()).as("buildings of %s", plan).isPositive();
      for (BuildingId building : plan.buildings()) {
        assertThat(plan.households(building)).as("households of %s", building).isPositive();
        walkedHouseholds += plan.households(building);
      }
      assertThat(isConnected(plan, plan.buildings())).as("%s is connected", plan).isTrue();
    }
    assertThat(walkedHouseholds).isEqualTo(households);
  }

  @Test
  void sitePlanIdsArePaddedToTheNumberOfCommunities() {
    ImmutableList<SitePlan> plans = ZoneGenerator.sitePlans(1_000, 1_000, 1_000, new SplittableRandom(1));

    assertThat(plans.get(0).buildings()).containsExactly(BuildingId.of("C0001-B001"));
    assertThat(plans.get(999).buildings()).containsExactly(BuildingId.of("C1000-B001"));
    Set<BuildingId> all = new HashSet<>();
    plans.forEach(p -> all.addAll(p.buildings()));
    assertThat(all).hasSize(1_000);
  }

  @Test
  void sitePlansAreReproducible() {
    assertThat(ZoneGenerator.sitePlans(14, 774, 24_300, new SplittableRandom(3)))
        .isEqualTo(ZoneGenerator.sitePlans(14, 774, 24_300, new SplittableRandom(3)))
        .isNotEqualTo(ZoneGenerator.sitePlans(14, 774, 24_300, new SplittableRandom(4)));
  }

  @Test
  void sitePlansRejectZeroCommunities() {
    assertThatThrownBy(() -> ZoneGenerator.sitePlans(0, 10, 100, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("communities must be at least 1: 0");
  }

  @Test
  void sitePlansRejectFewerBuildingsThanCommunities() {
    assertThatThrownBy(() -> ZoneGenerator.sitePlans(3, 2, 100, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buildings must be at least one per community: 2 < 3");
  }

  @Test
  void sitePlansRejectMoreHouseholdsThanAPlanMayHold() {
    assertThatThrownBy(() -> ZoneGenerator.sitePlans(1, 1, 3_000_000_000L, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("households must be at most 1000000000: 3000000000");
  }

  @Test
  void sitePlansRejectFewerHouseholdsThanBuildings() {
    assertThatThrownBy(() -> ZoneGenerator.sitePlans(1, 5, 4, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("households must be at least one per building: 4 < 5");
  }
}
