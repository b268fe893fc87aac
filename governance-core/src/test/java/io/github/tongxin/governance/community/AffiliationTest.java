package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.bid;
import static io.github.tongxin.governance.community.CommunityFixtures.cid;
import static io.github.tongxin.governance.community.CommunityFixtures.gid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class AffiliationTest {
  @Test
  void layerIsTheRolesLayer() {
    assertThat(new Affiliation(Role.RESIDENTS_COMMITTEE_MEMBER, cid("C01")).layer())
        .isEqualTo(Layer.CORE);
    assertThat(new Affiliation(Role.BUILDING_GROUP_LEADER, gid("C01-G01")).layer())
        .isEqualTo(Layer.MIDDLE);
    assertThat(new Affiliation(Role.RESIDENT, bid("C01-B003")).layer()).isEqualTo(Layer.OUTER);
  }

  @Test
  void toStringGivesTheRoleInBothLanguagesAndThePlace() {
    assertThat(new Affiliation(Role.BUILDING_GROUP_LEADER, gid("C01-G01")))
        .hasToString("楼组团队长 building group leader @ C01-G01");
    assertThat(new Affiliation(Role.RESIDENT, bid("C01-B003")))
        .hasToString("自然楼居民 resident @ C01-B003");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> new Affiliation(null, cid("C01")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
    assertThatThrownBy(() -> new Affiliation(Role.RESIDENT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("place");
  }

  @Test
  void equalsByRoleAndPlace() {
    new EqualsTester()
        .addEqualityGroup(
            new Affiliation(Role.RESIDENT, bid("X1")), new Affiliation(Role.RESIDENT, bid("X1")))
        .addEqualityGroup(new Affiliation(Role.RESIDENT, bid("X2")))
        .addEqualityGroup(new Affiliation(Role.BUILDING_GROUP_MEMBER, gid("X1")))
        .addEqualityGroup(new Affiliation(Role.BUILDING_GROUP_LEADER, gid("X1")))
        .addEqualityGroup(new Affiliation(Role.RESIDENTS_COMMITTEE_MEMBER, cid("X1")))
        .testEquals();
  }

  @Test
  void rejectsARoleAtAPlaceOfAnotherLayer() {
    assertThatThrownBy(() -> new Affiliation(Role.RESIDENT, gid("C01-G01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role RESIDENT (OUTER layer) cannot be held at C01-G01");
    assertThatThrownBy(() -> new Affiliation(Role.BUILDING_GROUP_LEADER, bid("C01-B001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role BUILDING_GROUP_LEADER (MIDDLE layer) cannot be held at C01-B001");
    assertThatThrownBy(() -> new Affiliation(Role.PARTY_BRANCH_SECRETARY, gid("C01-G01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role PARTY_BRANCH_SECRETARY (CORE layer) cannot be held at C01-G01");
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicConstructors(Affiliation.class);
  }
}
