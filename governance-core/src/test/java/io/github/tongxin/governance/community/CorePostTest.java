package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.rid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CorePostTest {
  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {
        "PARTY_BRANCH_SECRETARY",
        "PARTY_BRANCH_MEMBER",
        "RESIDENTS_COMMITTEE_DIRECTOR",
        "RESIDENTS_COMMITTEE_MEMBER"
      })
  void acceptsEveryCoreRole(Role role) {
    CorePost post = CorePost.of(role, rid("R1"));

    assertThat(post.role()).isEqualTo(role);
    assertThat(post.holder()).isEqualTo(rid("R1"));
  }

  @ParameterizedTest
  @CsvSource({
    "BUILDING_GROUP_LEADER, MIDDLE",
    "BUILDING_GROUP_MEMBER, MIDDLE",
    "RESIDENT, OUTER"
  })
  void rejectsRolesOutsideTheCore(Role role, Layer layer) {
    assertThatThrownBy(() -> CorePost.of(role, rid("R1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role must be a core-layer role, was " + role.name() + " (" + layer.name() + ")");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> CorePost.of(null, rid("R1")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
    assertThatThrownBy(() -> new CorePost(Role.PARTY_BRANCH_MEMBER, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("holder");
  }

  @Test
  void equalsByRoleAndHolder() {
    new EqualsTester()
        .addEqualityGroup(
            CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R1")),
            new CorePost(Role.PARTY_BRANCH_MEMBER, rid("R1")))
        .addEqualityGroup(CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R2")))
        .addEqualityGroup(CorePost.of(Role.RESIDENTS_COMMITTEE_MEMBER, rid("R1")))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(CorePost.class);
    tester.testAllPublicConstructors(CorePost.class);
  }
}
