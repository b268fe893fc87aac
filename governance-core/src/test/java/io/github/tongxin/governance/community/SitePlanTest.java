package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.bid;
import static io.github.tongxin.governance.community.CommunityFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SitePlanTest {
  private static Adjacency pair(String a, String b) {
    return Adjacency.of(bid(a), bid(b));
  }

  /** B1 120, B2 90, B3 0 (vacant), B4 40 (isolated); B1~B2, B2~B3. */
  private static Map<BuildingId, Integer> households() {
    Map<BuildingId, Integer> households = new LinkedHashMap<>();
    households.put(bid("B3"), 0);
    households.put(bid("B1"), 120);
    households.put(bid("B4"), 40);
    households.put(bid("B2"), 90);
    return households;
  }

  private static SitePlan plan() {
    return SitePlan.of(households(), List.of(pair("B1", "B2"), pair("B3", "B2")));
  }

  @Test
  void keepsBuildingsInIdOrderWhateverTheInputOrder() {
    assertThat(plan().buildings()).containsExactly(bid("B1"), bid("B2"), bid("B3"), bid("B4"));
  }

  @Test
  void sortsByNaturalOrderEvenFromAMapSortedTheOtherWay() {
    Map<BuildingId, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.putAll(households());

    SitePlan plan = SitePlan.of(reversed, List.of(pair("B1", "B2"), pair("B3", "B2")));

    assertThat(plan.buildings()).containsExactly(bid("B1"), bid("B2"), bid("B3"), bid("B4"));
    assertThat(plan).isEqualTo(plan());
  }

  @Test
  void countsHouseholds() {
    SitePlan plan = plan();

    assertThat(plan.size()).isEqualTo(4);
    assertThat(plan.households(bid("B1"))).isEqualTo(120);
    assertThat(plan.households(bid("B2"))).isEqualTo(90);
    assertThat(plan.households(bid("B3"))).isZero();
    assertThat(plan.households(bid("B4"))).isEqualTo(40);
    assertThat(plan.totalHouseholds()).isEqualTo(250);
  }

  @Test
  void neighboursAreSymmetric() {
    SitePlan plan = plan();

    assertThat(plan.neighbours(bid("B1"))).containsExactly(bid("B2"));
    assertThat(plan.neighbours(bid("B2"))).containsExactly(bid("B1"), bid("B3"));
    assertThat(plan.neighbours(bid("B3"))).containsExactly(bid("B2"));
    assertThat(plan.neighbours(bid("B4"))).isEmpty();
    for (BuildingId a : plan.buildings()) {
      for (BuildingId b : plan.neighbours(a)) {
        assertThat(plan.neighbours(b)).as("neighbours of %s", b).contains(a);
      }
    }
  }

  @Test
  void adjacenciesAreOrderedByFirstThenSecond() {
    SitePlan plan =
        SitePlan.of(households(), List.of(pair("B3", "B2"), pair("B4", "B1"), pair("B2", "B1")));

    assertThat(plan.adjacencies())
        .containsExactly(pair("B1", "B2"), pair("B1", "B4"), pair("B2", "B3"));
  }

  @Test
  void repeatedPairsCountOnce() {
    SitePlan plan =
        SitePlan.of(
            households(),
            List.of(pair("B1", "B2"), pair("B2", "B1"), pair("B1", "B2"), pair("B3", "B2")));

    assertThat(plan.adjacencies()).containsExactly(pair("B1", "B2"), pair("B2", "B3"));
    assertThat(plan.neighbours(bid("B1"))).containsExactly(bid("B2"));
    assertThat(plan.neighbours(bid("B2"))).containsExactly(bid("B1"), bid("B3"));
    assertThat(plan).isEqualTo(plan()).hasToString(plan().toString());
  }

  @Test
  void toStringSummarises() {
    assertThat(plan()).hasToString("SitePlan{buildings=4, households=250, adjacencies=2}");
  }

  @Test
  void anEmptyPlan() {
    SitePlan plan = SitePlan.of(Map.of(), List.of());

    assertThat(plan.size()).isZero();
    assertThat(plan.buildings()).isEmpty();
    assertThat(plan.adjacencies()).isEmpty();
    assertThat(plan.totalHouseholds()).isZero();
  }

  @Test
  void ofACommunityCountsTheHouseholdsOfEachBuilding() {
    // sample(): B1 has H1 and H2, B2 has H3, B3 has H4
    SitePlan plan = SitePlan.of(sample(), List.of(pair("B2", "B3")));

    assertThat(plan)
        .isEqualTo(
            SitePlan.of(
                Map.of(bid("B1"), 2, bid("B2"), 1, bid("B3"), 1), List.of(pair("B2", "B3"))));
    assertThat(plan.totalHouseholds()).isEqualTo(4);
  }

  @Test
  void ofACommunityRejectsABuildingOutsideIt() {
    Community c = sample();
    List<Adjacency> pairs = List.of(pair("B1", "B9"));

    assertThatThrownBy(() -> SitePlan.of(c, pairs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("adjacency B1~B9 names building B9, which is not in the site plan");
  }

  @Test
  void rejectsAnAdjacencyNamingAnUnknownBuilding() {
    Map<BuildingId, Integer> households = households();

    assertThatThrownBy(() -> SitePlan.of(households, List.of(pair("B1", "B2"), pair("B0", "B4"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("adjacency B0~B4 names building B0, which is not in the site plan");
    assertThatThrownBy(() -> SitePlan.of(households, List.of(pair("B2", "B9"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("adjacency B2~B9 names building B9, which is not in the site plan");
  }

  @Test
  void rejectsNegativeHouseholds() {
    Map<BuildingId, Integer> households = households();
    households.put(bid("B2"), -1);

    assertThatThrownBy(() -> SitePlan.of(households, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("households of building B2 must not be negative: -1");
  }

  @Test
  void acceptsExactlyTheMaximumTotal() {
    SitePlan plan = SitePlan.of(Map.of(bid("B1"), 600_000_000, bid("B2"), 400_000_000), List.of());

    assertThat(plan.totalHouseholds()).isEqualTo(SitePlan.MAX_TOTAL_HOUSEHOLDS);
  }

  @Test
  void rejectsATotalAboveTheMaximum() {
    Map<BuildingId, Integer> households = Map.of(bid("B1"), 600_000_000, bid("B2"), 400_000_001);

    assertThatThrownBy(() -> SitePlan.of(households, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a site plan may hold at most 1000000000 households: more at building B2");
  }

  @Test
  void rejectsLookupsOfUnknownBuildings() {
    SitePlan plan = plan();

    assertThatThrownBy(() -> plan.households(bid("B9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building B9 is not in the site plan");
    assertThatThrownBy(() -> plan.neighbours(bid("B0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building B0 is not in the site plan");
  }

  @Test
  void rejectsNulls() {
    Map<BuildingId, Integer> withNullCount = new HashMap<>();
    withNullCount.put(bid("B1"), null);

    assertThatThrownBy(() -> SitePlan.of(withNullCount, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SitePlan.of(households(), Arrays.asList(pair("B1", "B2"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("adjacencies contains null");
    assertThatThrownBy(() -> SitePlan.of(households(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("adjacencies");
    assertThatThrownBy(() -> SitePlan.of((Map<BuildingId, Integer>) null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("households");
    assertThatThrownBy(() -> SitePlan.of((Community) null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("community");
    assertThatThrownBy(() -> plan().neighbours(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("building");
  }

  @Test
  void equalityIgnoresInputOrderAndDirection() {
    SitePlan sameFromOtherOrders =
        SitePlan.of(
            ImmutableMap.of(bid("B4"), 40, bid("B2"), 90, bid("B1"), 120, bid("B3"), 0),
            List.of(pair("B2", "B3"), pair("B2", "B1")));
    Map<BuildingId, Integer> moreHouseholds = households();
    moreHouseholds.put(bid("B4"), 41);
    Map<BuildingId, Integer> fewerBuildings = households();
    fewerBuildings.remove(bid("B4"));
    Map<BuildingId, Integer> otherId = households();
    otherId.remove(bid("B4"));
    otherId.put(bid("B5"), 40);

    new EqualsTester()
        .addEqualityGroup(plan(), plan(), sameFromOtherOrders)
        .addEqualityGroup(SitePlan.of(moreHouseholds, List.of(pair("B1", "B2"), pair("B2", "B3"))))
        .addEqualityGroup(SitePlan.of(households(), List.of(pair("B1", "B2"))))
        .addEqualityGroup(SitePlan.of(households(), List.of(pair("B1", "B2"), pair("B3", "B4"))))
        .addEqualityGroup(SitePlan.of(households(), List.of(pair("B1", "B2"), pair("B1", "B3"))))
        .addEqualityGroup(SitePlan.of(fewerBuildings, List.of(pair("B1", "B2"), pair("B2", "B3"))))
        .addEqualityGroup(SitePlan.of(otherId, List.of(pair("B1", "B2"), pair("B2", "B3"))))
        .addEqualityGroup(SitePlan.of(households(), List.of()))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(SitePlan.class);
    tester.testAllPublicInstanceMethods(plan());
  }
}
