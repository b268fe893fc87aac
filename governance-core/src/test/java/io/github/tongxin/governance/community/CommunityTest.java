package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.bid;
import static io.github.tongxin.governance.community.CommunityFixtures.building;
import static io.github.tongxin.governance.community.CommunityFixtures.cid;
import static io.github.tongxin.governance.community.CommunityFixtures.communityBuilder;
import static io.github.tongxin.governance.community.CommunityFixtures.council;
import static io.github.tongxin.governance.community.CommunityFixtures.gid;
import static io.github.tongxin.governance.community.CommunityFixtures.group;
import static io.github.tongxin.governance.community.CommunityFixtures.household;
import static io.github.tongxin.governance.community.CommunityFixtures.rid;
import static io.github.tongxin.governance.community.CommunityFixtures.sample;
import static io.github.tongxin.governance.community.CommunityFixtures.sampleGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link Community}: validation when built, and the questions it answers. */
class CommunityTest {

  @Nested
  class Building {
    @Test
    void keepsWhatWasAddedInOrder() {
      Community c = sample();

      assertThat(c.id()).isEqualTo(cid("C01"));
      assertThat(c.name()).isEqualTo(BilingualName.of("社区C01", "Community C01"));
      assertThat(c.buildings())
          .extracting(ResidentialBuilding::id)
          .containsExactly(bid("B1"), bid("B2"), bid("B3"));
      assertThat(c.groups()).containsExactly(sampleGroup());
      assertThat(c.corePosts())
          .containsExactly(
              CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R1")),
              CorePost.of(Role.RESIDENTS_COMMITTEE_DIRECTOR, rid("R5")));
    }

    @Test
    void anEmptyCommunityIsValid() {
      Community c = communityBuilder("C09").build();

      assertThat(c.buildings()).isEmpty();
      assertThat(c.householdCount()).isZero();
      assertThat(c.residentCount()).isZero();
      assertThat(c.filledCouncilSeats()).isZero();
      assertThat(c.ungroupedBuildings()).isEmpty();
    }

    @Test
    void requiresIdAndName() {
      assertThatThrownBy(() -> Community.builder().id(cid("C01")).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("name");
    }

    @Test
    void builderIsStrict() {
      Community.Builder builder = communityBuilder("C01");

      assertThatThrownBy(() -> builder.id(cid("C02")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("id");
    }

    @Test
    void oneResidentMayHoldTheTwoSinglePosts() {
      Community c =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_SECRETARY, rid("R1")))
              .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_DIRECTOR, rid("R1")))
              .build();

      assertThat(c.affiliationsOf(rid("R1")))
          .extracting(Affiliation::role)
          .containsExactly(
              Role.PARTY_BRANCH_SECRETARY, Role.RESIDENTS_COMMITTEE_DIRECTOR, Role.RESIDENT);
    }

    @Test
    void manyMayHoldTheSharedPosts() {
      Community c =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1", "R2")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R1")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R2")))
              .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_MEMBER, rid("R1")))
              .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_MEMBER, rid("R2")))
              .build();

      assertThat(c.corePosts()).hasSize(4);
    }
  }

  @Nested
  class Validation {
    @Test
    void rejectsABuildingIdTwice() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addBuilding(building("B1", household("H2", "R2")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("community C01 lists building B1 twice");
    }

    @Test
    void rejectsAHouseholdInTwoBuildings() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addBuilding(building("B2", household("H1", "R2")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("household H1 is in two buildings of community C01: B1 and B2");
    }

    @Test
    void rejectsAResidentInTwoHouseholds() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1", "R2")))
              .addBuilding(building("B2", household("H2", "R3", "R1")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("resident R1 is in two households of community C01: H1 and H2");
    }

    @Test
    void rejectsAResidentInTwoHouseholdsOfOneBuilding() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1"), household("H2", "R1")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("resident R1 is in two households of community C01: H1 and H2");
    }

    @Test
    void rejectsAGroupListingAnUnknownBuilding() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addGroup(group("G1", Council.vacant(), "B1", "B9"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("building group G1 lists building B9, which is not in community C01");
    }

    @Test
    void rejectsABuildingInTwoGroups() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addBuilding(building("B2", household("H2", "R2")))
              .addGroup(group("G1", Council.vacant(), "B1", "B2"))
              .addGroup(group("G2", Council.vacant(), "B2"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("building B2 is in two building groups: G1 and G2");
    }

    @Test
    void rejectsAGroupIdTwice() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addBuilding(building("B2", household("H2", "R2")))
              .addGroup(group("G1", Council.vacant(), "B1"))
              .addGroup(group("G1", Council.vacant(), "B2"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("community C01 lists building group G1 twice");
    }

    @Test
    void rejectsACouncilMemberLivingInAnotherBuildingOfTheCommunity() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addBuilding(building("B2", household("H2", "R2")))
              .addBuilding(building("B3", household("H3", "R3")))
              .addGroup(group("G1", council("R1", "R3"), "B1", "B2"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "council of building group G1: resident R3 does not live in its buildings [B1, B2]");
    }

    @Test
    void rejectsACouncilLeaderWhoIsNotAResident() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addGroup(group("G1", council("R99"), "B1"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "council of building group G1: resident R99 does not live in its buildings [B1]");
    }

    @Test
    void rejectsACorePostHeldByANonResident() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_MEMBER, rid("R99")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "core post RESIDENTS_COMMITTEE_MEMBER of community C01 is held by R99,"
                  + " who does not live in it");
    }

    @Test
    void rejectsTwoPartyBranchSecretaries() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1", "R2")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_SECRETARY, rid("R1")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_SECRETARY, rid("R2")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("community C01 has 2 holders of the single post PARTY_BRANCH_SECRETARY");
    }

    @Test
    void rejectsTwoResidentsCommitteeDirectors() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1", "R2", "R3")))
              .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_DIRECTOR, rid("R1")))
              .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_DIRECTOR, rid("R2")))
              .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_DIRECTOR, rid("R3")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "community C01 has 3 holders of the single post RESIDENTS_COMMITTEE_DIRECTOR");
    }

    @Test
    void rejectsACorePostTwice() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R1")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R1")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "community C01 lists core post CorePost[role=PARTY_BRANCH_MEMBER, holder=R1] twice");
    }

    @Test
    void rejectsTheSameSecretaryPostTwiceAsADuplicate() {
      Community.Builder builder =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_SECRETARY, rid("R1")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_SECRETARY, rid("R1")));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lists core post")
          .hasMessageContaining("PARTY_BRANCH_SECRETARY");
    }

    @Test
    void rejectsNullElements() {
      assertThatThrownBy(() -> communityBuilder("C01").addBuilding(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> communityBuilder("C01").addGroup(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> communityBuilder("C01").addCorePost(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Circles {
    @Test
    void aPlainResidentIsInTheOuterCircleOnly() {
      Community c = sample();

      assertThat(c.affiliationsOf(rid("R2")))
          .containsExactly(new Affiliation(Role.RESIDENT, bid("B1")));
      assertThat(c.layersOf(rid("R2"))).containsExactly(Layer.OUTER);
    }

    @Test
    void aPlainResidentOfAnUngroupedBuildingIsInTheOuterCircleOnly() {
      Community c = sample();

      assertThat(c.affiliationsOf(rid("R6")))
          .containsExactly(new Affiliation(Role.RESIDENT, bid("B3")));
      assertThat(c.layersOf(rid("R6"))).containsExactly(Layer.OUTER);
    }

    @Test
    void aCouncilMemberIsInTheMiddleCircleOfTheirGroup() {
      Community c = sample();

      assertThat(c.affiliationsOf(rid("R4")))
          .containsExactly(
              new Affiliation(Role.BUILDING_GROUP_MEMBER, gid("G1")),
              new Affiliation(Role.RESIDENT, bid("B2")));
      assertThat(c.layersOf(rid("R4"))).containsExactly(Layer.MIDDLE, Layer.OUTER);
    }

    @Test
    void aPostHolderIsInTheCore() {
      Community c = sample();

      assertThat(c.affiliationsOf(rid("R5")))
          .containsExactly(
              new Affiliation(Role.RESIDENTS_COMMITTEE_DIRECTOR, cid("C01")),
              new Affiliation(Role.RESIDENT, bid("B3")));
      assertThat(c.layersOf(rid("R5"))).containsExactly(Layer.CORE, Layer.OUTER);
    }

    @Test
    void aLeaderWithAPostIsInAllThreeCirclesCoreFirst() {
      Community c = sample();

      assertThat(c.affiliationsOf(rid("R1")))
          .containsExactly(
              new Affiliation(Role.PARTY_BRANCH_MEMBER, cid("C01")),
              new Affiliation(Role.BUILDING_GROUP_LEADER, gid("G1")),
              new Affiliation(Role.RESIDENT, bid("B1")));
      assertThat(c.layersOf(rid("R1"))).containsExactly(Layer.CORE, Layer.MIDDLE, Layer.OUTER);
    }

    @Test
    void corePostsComeInTheOrderAdded() {
      Community c =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1")))
              .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_MEMBER, rid("R1")))
              .addCorePost(CorePost.of(Role.PARTY_BRANCH_SECRETARY, rid("R1")))
              .build();

      assertThat(c.affiliationsOf(rid("R1")))
          .extracting(Affiliation::role)
          .containsExactly(
              Role.RESIDENTS_COMMITTEE_MEMBER, Role.PARTY_BRANCH_SECRETARY, Role.RESIDENT);
      assertThat(c.layersOf(rid("R1"))).containsExactly(Layer.CORE, Layer.OUTER);
    }

    @Test
    void rejectsAResidentOfNoHousehold() {
      Community c = sample();

      assertThatThrownBy(() -> c.affiliationsOf(rid("R99")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("resident R99 does not live in community C01");
      assertThatThrownBy(() -> c.layersOf(rid("R99")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("resident R99 does not live in community C01");
    }

    @Test
    void hasResidentAnswersForMembersOfHouseholdsOnly() {
      Community c = sample();

      assertThat(c.hasResident(rid("R6"))).isTrue();
      assertThat(c.hasResident(rid("R7"))).isFalse();
    }
  }

  @Nested
  class Lookups {
    @Test
    void buildingById() {
      Community c = sample();

      assertThat(c.building(bid("B2"))).contains(building("B2", household("H3", "R4")));
      assertThat(c.building(bid("B9"))).isEmpty();
    }

    @Test
    void groupOfABuilding() {
      Community c = sample();

      assertThat(c.groupOf(bid("B1"))).contains(sampleGroup());
      assertThat(c.groupOf(bid("B2"))).contains(sampleGroup());
      assertThat(c.groupOf(bid("B3"))).isEmpty();
    }

    @Test
    void groupOfRejectsABuildingOfAnotherCommunity() {
      Community c = sample();

      assertThatThrownBy(() -> c.groupOf(bid("B9")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("building B9 is not in community C01");
    }

    @Test
    void ungroupedBuildingsInTheOrderOfBuildings() {
      Community c =
          communityBuilder("C01")
              .addBuilding(building("B4"))
              .addBuilding(building("B1"))
              .addBuilding(building("B3"))
              .addBuilding(building("B2"))
              .addGroup(group("G1", Council.vacant(), "B1"))
              .build();

      assertThat(c.ungroupedBuildings())
          .extracting(ResidentialBuilding::id)
          .containsExactly(bid("B4"), bid("B3"), bid("B2"));
      assertThat(sample().ungroupedBuildings()).extracting(ResidentialBuilding::id).containsExactly(bid("B3"));
    }

    @Test
    void counts() {
      Community c = sample();

      assertThat(c.householdCount()).isEqualTo(4);
      assertThat(c.residentCount()).isEqualTo(6);
      assertThat(c.filledCouncilSeats()).isEqualTo(3);
    }

    @Test
    void filledCouncilSeatsSumsOverGroups() {
      Community c =
          communityBuilder("C01")
              .addBuilding(building("B1", household("H1", "R1", "R2")))
              .addBuilding(building("B2", household("H2", "R3")))
              .addBuilding(building("B3", household("H3", "R4")))
              .addGroup(group("G1", council("R1", "R2"), "B1"))
              .addGroup(group("G2", council("R3"), "B2"))
              .addGroup(group("G3", Council.vacant(), "B3"))
              .build();

      assertThat(c.filledCouncilSeats()).isEqualTo(3);
      assertThat(c.householdCount()).isEqualTo(3);
      assertThat(c.residentCount()).isEqualTo(4);
    }
  }

  @Nested
  class WithGroups {
    @Test
    void returnsACopyWithTheNewGroups() {
      Community before = sample();
      BuildingGroup g2 = group("G2", council("R5", "R6"), "B3");

      Community after = before.withGroups(List.of(sampleGroup(), g2));

      assertThat(after.groups()).containsExactly(sampleGroup(), g2);
      assertThat(after.ungroupedBuildings()).isEmpty();
      assertThat(after.filledCouncilSeats()).isEqualTo(5);
      assertThat(after.groupOf(bid("B3"))).contains(g2);
      assertThat(after.layersOf(rid("R6"))).containsExactly(Layer.MIDDLE, Layer.OUTER);
      assertThat(after.id()).isEqualTo(before.id());
      assertThat(after.buildings()).isEqualTo(before.buildings());
      assertThat(after.corePosts()).isEqualTo(before.corePosts());
      // the original is unchanged
      assertThat(before.groups()).containsExactly(sampleGroup());
      assertThat(before.groupOf(bid("B3"))).isEmpty();
    }

    @Test
    void withNoGroupsEveryBuildingIsUngrouped() {
      Community after = sample().withGroups(List.of());

      assertThat(after.groups()).isEmpty();
      assertThat(after.ungroupedBuildings()).hasSize(3);
      assertThat(after.filledCouncilSeats()).isZero();
      assertThat(after.layersOf(rid("R1"))).containsExactly(Layer.CORE, Layer.OUTER);
    }

    @Test
    void rejectsAGroupWithAnUnknownBuilding() {
      Community c = sample();
      List<BuildingGroup> groups = List.of(group("G9", Council.vacant(), "B9"));

      assertThatThrownBy(() -> c.withGroups(groups))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("building group G9 lists building B9, which is not in community C01");
    }

    @Test
    void rejectsACouncilFromOutsideTheGroup() {
      Community c = sample();
      List<BuildingGroup> groups = List.of(group("G2", council("R1"), "B3"));

      assertThatThrownBy(() -> c.withGroups(groups))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "council of building group G2: resident R1 does not live in its buildings [B3]");
    }

    @Test
    void rejectsOverlappingGroups() {
      Community c = sample();
      List<BuildingGroup> groups =
          List.of(sampleGroup(), group("G2", Council.vacant(), "B2", "B3"));

      assertThatThrownBy(() -> c.withGroups(groups))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("building B2 is in two building groups: G1 and G2");
    }

    @Test
    void rejectsNull() {
      Community c = sample();

      assertThatThrownBy(() -> c.withGroups(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void equalsByIdNamePostsBuildingsAndGroups() {
    new EqualsTester()
        .addEqualityGroup(sample(), sample(), sample().withGroups(List.of(sampleGroup())))
        .addEqualityGroup(sample().withGroups(List.of()))
        .addEqualityGroup(
            Community.builder()
                .id(cid("C01"))
                .name(BilingualName.of("示范社区", "Model Community"))
                .addAllCorePosts(sample().corePosts())
                .addAllBuildings(sample().buildings())
                .addAllGroups(sample().groups())
                .build())
        .addEqualityGroup(
            communityBuilder("C01")
                .addAllCorePosts(sample().corePosts().reverse())
                .addAllBuildings(sample().buildings())
                .addAllGroups(sample().groups())
                .build())
        .addEqualityGroup(communityBuilder("C01").build())
        .addEqualityGroup(communityBuilder("C02").build())
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    Community c = sample();
    tester.testAllPublicStaticMethods(Community.class);
    // Community's own six query methods, plus the with* copies the generated subclass adds.
    int ownMethods = 0;
    for (Method method : Community.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() > 0) {
        tester.testMethod(c, method);
        ownMethods++;
      }
    }
    assertThat(ownMethods).isEqualTo(6);
    tester.testAllPublicInstanceMethods(c);
    tester.testAllPublicInstanceMethods(Community.builder());
  }
}
