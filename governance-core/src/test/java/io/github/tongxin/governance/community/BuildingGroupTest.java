package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.bid;
import static io.github.tongxin.governance.community.CommunityFixtures.bids;
import static io.github.tongxin.governance.community.CommunityFixtures.council;
import static io.github.tongxin.governance.community.CommunityFixtures.gid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildingGroupTest {
  private static final BilingualName NAME = BilingualName.of("第1楼组", "Group 1");

  @Test
  void sortsItsBuildings() {
    BuildingGroup g =
        BuildingGroup.of(gid("G1"), NAME, bids("B3", "B1", "B2"), Council.vacant());

    assertThat(g.id()).isEqualTo(gid("G1"));
    assertThat(g.name()).isEqualTo(NAME);
    assertThat(g.buildings()).containsExactly(bid("B1"), bid("B2"), bid("B3"));
    assertThat(g.council()).isEqualTo(Council.vacant());
  }

  @Test
  void constructorSortsBuildingsByIdWhateverTheGivenComparator() {
    ImmutableSortedSet<BuildingId> reversed =
        ImmutableSortedSet.orderedBy(Comparator.<BuildingId>reverseOrder())
            .add(bid("B1"), bid("B2"))
            .build();

    BuildingGroup g = new BuildingGroup(gid("G1"), NAME, reversed, Council.vacant());

    assertThat(g.buildings()).containsExactly(bid("B1"), bid("B2"));
  }

  @Test
  void rejectsNoBuildings() {
    assertThatThrownBy(() -> BuildingGroup.of(gid("G1"), NAME, List.of(), Council.vacant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building group G1 must have at least one building");
    assertThatThrownBy(
            () -> new BuildingGroup(gid("G1"), NAME, ImmutableSortedSet.of(), Council.vacant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building group G1 must have at least one building");
  }

  @Test
  void rejectsABuildingTwice() {
    assertThatThrownBy(
            () -> BuildingGroup.of(gid("G1"), NAME, bids("B2", "B1", "B2"), Council.vacant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building group G1 lists a building twice: [B2, B1, B2]");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    List<BuildingId> buildings = bids("B1");
    assertThatThrownBy(() -> BuildingGroup.of(null, NAME, buildings, Council.vacant()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> BuildingGroup.of(gid("G1"), null, buildings, Council.vacant()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> BuildingGroup.of(gid("G1"), NAME, null, Council.vacant()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("buildings");
    assertThatThrownBy(() -> BuildingGroup.of(gid("G1"), NAME, buildings, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("council");
    assertThatThrownBy(
            () ->
                BuildingGroup.of(
                    gid("G1"), NAME, Arrays.asList(bid("B1"), null), Council.vacant()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void withCouncilReturnsThisWhenTheCouncilIsEqual() {
    BuildingGroup g = BuildingGroup.of(gid("G1"), NAME, bids("B1"), council("R1", "R2"));

    assertThat(g.withCouncil(council("R1", "R2"))).isSameAs(g);
  }

  @Test
  void withCouncilReplacesOnlyTheCouncil() {
    BuildingGroup g = BuildingGroup.of(gid("G1"), NAME, bids("B1", "B2"), Council.vacant());

    BuildingGroup elected = g.withCouncil(council("R1", "R2"));

    assertThat(elected.council()).isEqualTo(council("R1", "R2"));
    assertThat(elected.id()).isEqualTo(g.id());
    assertThat(elected.name()).isEqualTo(g.name());
    assertThat(elected.buildings()).isEqualTo(g.buildings());
    assertThat(g.council()).isEqualTo(Council.vacant());
  }

  @Test
  void withCouncilRejectsNull() {
    BuildingGroup g = BuildingGroup.of(gid("G1"), NAME, bids("B1"), Council.vacant());

    assertThatThrownBy(() -> g.withCouncil(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("newCouncil");
  }

  @Test
  void equalsByAllComponentsWithBuildingsInAnyOrder() {
    new EqualsTester()
        .addEqualityGroup(
            BuildingGroup.of(gid("G1"), NAME, bids("B1", "B2"), Council.vacant()),
            BuildingGroup.of(gid("G1"), NAME, bids("B2", "B1"), Council.vacant()),
            new BuildingGroup(
                gid("G1"), NAME, ImmutableSortedSet.of(bid("B2"), bid("B1")), Council.vacant()))
        .addEqualityGroup(BuildingGroup.of(gid("G2"), NAME, bids("B1", "B2"), Council.vacant()))
        .addEqualityGroup(
            BuildingGroup.of(
                gid("G1"), BilingualName.of("第2楼组", "Group 2"), bids("B1", "B2"), Council.vacant()))
        .addEqualityGroup(BuildingGroup.of(gid("G1"), NAME, bids("B1"), Council.vacant()))
        .addEqualityGroup(BuildingGroup.of(gid("G1"), NAME, bids("B1", "B2"), council("R1")))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(BuildingGroup.class);
    tester.testAllPublicConstructors(BuildingGroup.class);
    tester.testAllPublicInstanceMethods(
        BuildingGroup.of(gid("G1"), NAME, bids("B1"), Council.vacant()));
  }
}
