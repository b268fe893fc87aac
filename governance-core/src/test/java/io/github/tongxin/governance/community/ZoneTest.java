package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.cid;
import static io.github.tongxin.governance.community.CommunityFixtures.tiny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneTest {
  private static final BilingualName JIADING =
      BilingualName.of("嘉定工业区", "Jiading Industrial Zone");

  @Test
  void keepsCommunitiesInTheOrderGiven() {
    Community c2 = tiny("C02", "G2", "B2", "H2", "R2");
    Community c1 = tiny("C01", "G1", "B1", "H1", "R1");

    Zone zone = Zone.of(JIADING, List.of(c2, c1));

    assertThat(zone.name()).isEqualTo(JIADING);
    assertThat(zone.communities()).containsExactly(c2, c1);
    assertThat(zone.community(cid("C01"))).contains(c1);
    assertThat(zone.community(cid("C02"))).contains(c2);
    assertThat(zone.community(cid("C03"))).isEmpty();
  }

  @Test
  void mayBeEmpty() {
    Zone zone = Zone.of(JIADING, List.of());

    assertThat(zone.communities()).isEmpty();
    assertThat(zone.community(cid("C01"))).isEmpty();
  }

  @Test
  void idsOfDifferentKindsMayShareTheirText() {
    Community c = tiny("X1", "X1", "X1", "X1", "X1");

    assertThat(Zone.of(JIADING, List.of(c)).communities()).containsExactly(c);
  }

  @Test
  void rejectsACommunityIdInTwoCommunities() {
    List<Community> communities =
        List.of(tiny("C01", "G1", "B1", "H1", "R1"), tiny("C01", "G2", "B2", "H2", "R2"));

    assertThatThrownBy(() -> Zone.of(JIADING, communities))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the zone lists community C01 twice");
  }

  @Test
  void rejectsTheSameCommunityTwice() {
    Community c = tiny("C01", "G1", "B1", "H1", "R1");

    assertThatThrownBy(() -> Zone.of(JIADING, List.of(c, c)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the zone lists community C01 twice");
  }

  @Test
  void rejectsAGroupIdInTwoCommunities() {
    List<Community> communities =
        List.of(tiny("C01", "G1", "B1", "H1", "R1"), tiny("C02", "G1", "B2", "H2", "R2"));

    assertThatThrownBy(() -> Zone.of(JIADING, communities))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building group G1 appears in communities C01 and C02 of the zone");
  }

  @Test
  void rejectsABuildingIdInTwoCommunities() {
    List<Community> communities =
        List.of(tiny("C01", "G1", "B1", "H1", "R1"), tiny("C02", "G2", "B1", "H2", "R2"));

    assertThatThrownBy(() -> Zone.of(JIADING, communities))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building B1 appears in communities C01 and C02 of the zone");
  }

  @Test
  void rejectsAHouseholdIdInTwoCommunities() {
    List<Community> communities =
        List.of(tiny("C01", "G1", "B1", "H1", "R1"), tiny("C02", "G2", "B2", "H1", "R2"));

    assertThatThrownBy(() -> Zone.of(JIADING, communities))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("household H1 appears in communities C01 and C02 of the zone");
  }

  @Test
  void rejectsAResidentIdInTwoCommunities() {
    List<Community> communities =
        List.of(tiny("C01", "G1", "B1", "H1", "R1"), tiny("C02", "G2", "B2", "H2", "R1"));

    assertThatThrownBy(() -> new Zone(JIADING, ImmutableList.copyOf(communities)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resident R1 appears in communities C01 and C02 of the zone");
  }

  @Test
  void namesTheFirstCommunityThatClaimedTheId() {
    List<Community> communities =
        List.of(
            tiny("C01", "G1", "B1", "H1", "R1"),
            tiny("C02", "G2", "B2", "H2", "R2"),
            tiny("C03", "G3", "B3", "H3", "R1"));

    assertThatThrownBy(() -> Zone.of(JIADING, communities))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resident R1 appears in communities C01 and C03 of the zone");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> Zone.of(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> new Zone(JIADING, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("communities");
    assertThatThrownBy(() -> Zone.of(JIADING, Arrays.asList((Community) null)))
        .isInstanceOf(NullPointerException.class);
    Zone zone = Zone.of(JIADING, List.of());
    assertThatThrownBy(() -> zone.community(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void equalsByNameAndCommunitiesInOrder() {
    Community c1 = tiny("C01", "G1", "B1", "H1", "R1");
    Community c2 = tiny("C02", "G2", "B2", "H2", "R2");
    new EqualsTester()
        .addEqualityGroup(
            Zone.of(JIADING, List.of(c1, c2)), new Zone(JIADING, ImmutableList.of(c1, c2)))
        .addEqualityGroup(Zone.of(JIADING, List.of(c2, c1)))
        .addEqualityGroup(Zone.of(JIADING, List.of(c1)))
        .addEqualityGroup(Zone.of(BilingualName.of("嘉定", "Jiading"), List.of(c1, c2)))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Zone.class);
    tester.testAllPublicConstructors(Zone.class);
    tester.testAllPublicInstanceMethods(Zone.of(JIADING, List.of()));
  }
}
