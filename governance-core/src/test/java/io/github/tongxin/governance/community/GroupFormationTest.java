package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityGenerators.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import io.github.tongxin.governance.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupFormationTest {
  private static final GroupFormation STANDARD = GroupFormation.standard();

  /** A path B00 - B01 - ... with the given households. */
  private static SitePlan path(int... households) {
    Map<BuildingId, Integer> sizes = new LinkedHashMap<>();
    List<Adjacency> links = new ArrayList<>();
    for (int i = 0; i < households.length; i++) {
      sizes.put(id(i), households[i]);
      if (i > 0) {
        links.add(Adjacency.of(id(i - 1), id(i)));
      }
    }
    return SitePlan.of(sizes, links);
  }

  private static List<List<BuildingId>> groups(GroupPartition partition) {
    return partition.groups().stream().map(g -> List.copyOf(g.buildings())).toList();
  }

  @Test
  void anEmptyPlanHasNoGroups() {
    GroupPartition partition = STANDARD.partition(SitePlan.of(Map.of(), List.of()));

    assertThat(partition.groups()).isEmpty();
    assertThat(partition.isWithinBounds()).isTrue();
  }

  @Test
  void fourBuildingsOfAHundredInARowMakeTwoGroupsOfTwoHundred() {
    GroupPartition partition = STANDARD.partition(path(100, 100, 100, 100));

    assertThat(groups(partition)).containsExactly(List.of(id(0), id(1)), List.of(id(2), id(3)));
    assertThat(partition.groups()).extracting(FormedGroup::households).containsExactly(200L, 200L);
    assertThat(partition.squaredDeviation()).isZero();
  }

  @Test
  void fiveHundredHouseholdsMakeThreeGroupsNearTheTargetRatherThanTwoAtTheMaximum() {
    // Three pairs: 166, 167, 167 -> 34² + 33² + 33² = 3334. Two triples: 250, 250 -> 5000.
    GroupPartition partition = STANDARD.partition(path(83, 83, 84, 83, 83, 84));

    assertThat(partition.groups()).extracting(FormedGroup::households).containsExactly(166L, 167L, 167L);
    assertThat(partition.squaredDeviation()).isEqualTo(3334);
  }

  @ParameterizedTest(name = "one building of {0} households: {1}")
  @CsvSource({
    "149, GROUP_BELOW_MINIMUM",
    "150, ",
    "200, ",
    "250, ",
    "251, GROUP_ABOVE_MAXIMUM"
  })
  void theBoundsIncludeTheirEnds(int households, FormationCode expected) {
    GroupPartition partition = STANDARD.partition(path(households));

    assertThat(partition.groups()).hasSize(1);
    if (expected == null) {
      assertThat(partition.violations()).isEmpty();
    } else {
      assertThat(partition.violations()).extracting(Violation::code).containsExactly(expected);
    }
  }

  @Test
  void aBuildingAboveTheMaximumStaysWholeAndIsReported() {
    GroupPartition partition = STANDARD.partition(path(300));

    assertThat(groups(partition)).containsExactly(List.of(id(0)));
    assertThat(partition.violations())
        .containsExactly(
            Violation.of(
                FormationCode.GROUP_ABOVE_MAXIMUM,
                "group [B00] has 300 households, above the maximum 250"));
    assertThat(partition.householdsOutsideBounds()).isEqualTo(50);
  }

  @Test
  void anIsolatedSmallBuildingIsItsOwnGroupAndIsReported() {
    Map<BuildingId, Integer> sizes = Map.of(id(0), 100, id(1), 100, id(2), 40);
    SitePlan plan = SitePlan.of(sizes, List.of(Adjacency.of(id(0), id(1))));

    GroupPartition partition = STANDARD.partition(plan);

    assertThat(groups(partition)).containsExactly(List.of(id(0), id(1)), List.of(id(2)));
    assertThat(partition.violations())
        .containsExactly(
            Violation.of(
                FormationCode.GROUP_BELOW_MINIMUM,
                "group [B02] has 40 households, below the minimum 150"));
    assertThat(partition.groupOf(id(2)).households()).isEqualTo(40);
  }

  @Test
  void aSmallBuildingBetweenTwoFullGroupsJoinsTheLighterOne() {
    // 190 - 20 - 200: joining the 190 gives 210 (dev 10² + 0²); joining the 200 gives 220.
    GroupPartition partition = STANDARD.partition(path(190, 20, 200));

    assertThat(groups(partition)).containsExactly(List.of(id(0), id(1)), List.of(id(2)));
  }

  @Test
  void aGridOfThirtyEqualBuildingsSplitsIntoSixGroupsOfExactlyTheTarget() {
    // 5 rows x 6 columns of 40 households: each column is 5 x 40 = 200, so the optimum is 0.
    Map<BuildingId, Integer> sizes = new LinkedHashMap<>();
    List<Adjacency> links = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      sizes.put(id(i), 40);
      if (i % 6 < 5) {
        links.add(Adjacency.of(id(i), id(i + 1)));
      }
      if (i + 6 < 30) {
        links.add(Adjacency.of(id(i), id(i + 6)));
      }
    }

    GroupPartition partition = STANDARD.partition(SitePlan.of(sizes, links));

    assertThat(partition.groups()).hasSize(6);
    assertThat(partition.groups()).allSatisfy(g -> assertThat(g.households()).isEqualTo(200));
    assertThat(partition.squaredDeviation()).isZero();
  }

  @Test
  void otherBoundsChangeTheGroups() {
    GroupFormation small = GroupFormation.of(FormationBounds.of(100, 80, 120));

    GroupPartition partition = small.partition(path(100, 100, 100, 100));

    assertThat(partition.groups()).hasSize(4);
    assertThat(partition.bounds()).isEqualTo(FormationBounds.of(100, 80, 120));
  }

  @Test
  void exactAndHeuristicSearchAgreeOnAnEasyPlan() {
    SitePlan plan = path(100, 100, 100, 100);

    assertThat(STANDARD.withExactSearchLimit(0).partition(plan)).isEqualTo(STANDARD.partition(plan));
  }

  @Test
  void exactSearchLimitRangeIsChecked() {
    assertThat(STANDARD.withExactSearchLimit(0).exactSearchLimit()).isZero();
    assertThat(STANDARD.withExactSearchLimit(16).exactSearchLimit()).isEqualTo(16);
    assertThat(STANDARD.withExactSearchLimit(GroupFormation.DEFAULT_EXACT_SEARCH_LIMIT))
        .isSameAs(STANDARD);
    assertThatThrownBy(() -> STANDARD.withExactSearchLimit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exact search limit must be 0..16 buildings: -1");
    assertThatThrownBy(() -> STANDARD.withExactSearchLimit(17))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exact search limit must be 0..16 buildings: 17");
  }

  @Test
  void standardUsesTheStandardBounds() {
    assertThat(STANDARD.bounds()).isEqualTo(FormationBounds.STANDARD);
    assertThat(GroupFormation.of(FormationBounds.STANDARD).bounds()).isEqualTo(FormationBounds.STANDARD);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> GroupFormation.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("bounds");
    assertThatThrownBy(() -> STANDARD.partition(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
  }

  @Test
  void groupOfAnUnknownBuildingIsRejected() {
    GroupPartition partition = STANDARD.partition(path(100, 100));

    assertThatThrownBy(() -> partition.groupOf(BuildingId.of("B99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building B99 is in no group of this partition");
  }

  @Test
  void aCommunitysBuildingsCanBeGroupedFromItsSitePlan() {
    // The sample community has B1 (2 households), B2 (1) and B3 (1); with target 2 and bounds
    // 1..3, B1 alone and B2 + B3 together are both exactly on target.
    Community community = CommunityFixtures.sample().withGroups(List.of());
    SitePlan plan =
        SitePlan.of(
            community,
            List.of(Adjacency.of(BuildingId.of("B1"), BuildingId.of("B2")),
                Adjacency.of(BuildingId.of("B2"), BuildingId.of("B3"))));

    GroupPartition partition = GroupFormation.of(FormationBounds.of(2, 1, 3)).partition(plan);
    List<BuildingGroup> groups = new ArrayList<>();
    for (FormedGroup formed : partition.groups()) {
      String number = String.valueOf(groups.size() + 1);
      groups.add(
          BuildingGroup.of(
              BuildingGroupId.of("G" + number),
              BilingualName.of("楼组" + number, "Group " + number),
              formed.buildings(),
              Council.vacant()));
    }
    Community grouped = community.withGroups(groups);

    assertThat(grouped.groups())
        .extracting(BuildingGroup::buildings)
        .containsExactly(
            ImmutableSortedSet.of(BuildingId.of("B1")),
            ImmutableSortedSet.of(BuildingId.of("B2"), BuildingId.of("B3")));
    assertThat(grouped.ungroupedBuildings()).isEmpty();
  }
}
