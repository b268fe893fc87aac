package io.github.tongxin.governance.community;

import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.ViolationCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small builders for community test data, and a {@link NullPointerTester} that knows our types. */
final class CommunityFixtures {
  /** Birth date of the residents made by {@link #resident(String)}: an adult on any recent day. */
  static final LocalDate ADULT_BIRTH = LocalDate.of(1980, 5, 1);

  /** Floor area of the households made by {@link #household(String, String...)}. */
  static final FloorArea AREA = FloorArea.ofHundredths(8_000);

  private CommunityFixtures() {}

  static ResidentId rid(String value) {
    return ResidentId.of(value);
  }

  static HouseholdId hid(String value) {
    return HouseholdId.of(value);
  }

  static BuildingId bid(String value) {
    return BuildingId.of(value);
  }

  static BuildingGroupId gid(String value) {
    return BuildingGroupId.of(value);
  }

  static CommunityId cid(String value) {
    return CommunityId.of(value);
  }

  static List<ResidentId> rids(String... values) {
    return Arrays.stream(values).map(ResidentId::of).toList();
  }

  static List<BuildingId> bids(String... values) {
    return Arrays.stream(values).map(BuildingId::of).toList();
  }

  /** An adult woman registered here and holding political rights. */
  static Resident resident(String id) {
    return Resident.builder()
        .id(rid(id))
        .birthDate(ADULT_BIRTH)
        .sex(Sex.FEMALE)
        .registration(Registration.here())
        .politicalRights(PoliticalRights.HELD)
        .build();
  }

  /** A household of 80 m² with one adult resident per id. */
  static Household household(String id, String... residentIds) {
    return Household.of(
        hid(id), AREA, Arrays.stream(residentIds).map(CommunityFixtures::resident).toList());
  }

  static ResidentialBuilding building(String id, Household... households) {
    return ResidentialBuilding.of(bid(id), Arrays.asList(households));
  }

  static BuildingGroup group(String id, Council council, String... buildingIds) {
    return BuildingGroup.of(gid(id), BilingualName.of("楼组" + id, "Group " + id), bids(buildingIds), council);
  }

  /** A statutory council: one leader and the given members. */
  static Council council(String leader, String... members) {
    return Council.of(rid(leader), rids(members));
  }

  /** A builder with the id and a name set; add posts, buildings and groups, then build. */
  static Community.Builder communityBuilder(String id) {
    return Community.builder().id(cid(id)).name(BilingualName.of("社区" + id, "Community " + id));
  }

  /**
   * The sample community C01.
   *
   * <pre>
   *   B1: H1 [R1, R2], H2 [R3]
   *   B2: H3 [R4]
   *   B3: H4 [R5, R6]            (in no group)
   *   G1 = {B1, B2}, council: leader R1, members R3, R4
   *   core: PARTY_BRANCH_MEMBER R1, RESIDENTS_COMMITTEE_DIRECTOR R5
   * </pre>
   *
   * <p>4 households, 6 residents, 3 filled council seats.
   */
  static Community sample() {
    return communityBuilder("C01")
        .addCorePost(CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R1")))
        .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_DIRECTOR, rid("R5")))
        .addBuilding(building("B1", household("H1", "R1", "R2"), household("H2", "R3")))
        .addBuilding(building("B2", household("H3", "R4")))
        .addBuilding(building("B3", household("H4", "R5", "R6")))
        .addGroup(sampleGroup())
        .build();
  }

  /** The group G1 of {@link #sample()}. */
  static BuildingGroup sampleGroup() {
    return group("G1", council("R1", "R3", "R4"), "B1", "B2");
  }

  /**
   * A community with one building holding one household of one resident, and one group (vacant
   * council) over that building.
   */
  static Community tiny(
      String community, String group, String building, String household, String resident) {
    return communityBuilder(community)
        .addBuilding(building(building, household(household, resident)))
        .addGroup(group(group, Council.vacant(), building))
        .build();
  }

  /** A tester with a sample value for every type of this package it may need. */
  static NullPointerTester nullPointerTester() {
    Community community = sample();
    return new NullPointerTester()
        .setDefault(String.class, "X1")
        .setDefault(LocalDate.class, ADULT_BIRTH)
        .setDefault(CommunityId.class, cid("C01"))
        .setDefault(BuildingGroupId.class, gid("G1"))
        .setDefault(BuildingId.class, bid("B1"))
        .setDefault(HouseholdId.class, hid("H1"))
        .setDefault(ResidentId.class, rid("R1"))
        .setDefault(PlaceId.class, bid("B1"))
        .setDefault(FloorArea.class, AREA)
        .setDefault(BilingualName.class, BilingualName.of("示范社区", "Model Community"))
        .setDefault(Registration.class, Registration.here())
        .setDefault(Resident.class, resident("R1"))
        .setDefault(Household.class, household("H1", "R1"))
        .setDefault(ResidentialBuilding.class, building("B1", household("H1", "R1")))
        .setDefault(Council.class, Council.vacant())
        .setDefault(BuildingGroup.class, sampleGroup())
        .setDefault(CorePost.class, CorePost.of(Role.PARTY_BRANCH_MEMBER, rid("R1")))
        .setDefault(Community.class, community)
        .setDefault(Zone.class, Zone.of(BilingualName.of("嘉定工业区", "Jiading"), List.of(community)))
        .setDefault(CoverageFigures.class, CoverageFigures.of(community))
        .setDefault(CommunityCoverage.class, CommunityCoverage.of(community))
        .setDefault(Adjacency.class, Adjacency.of(bid("B1"), bid("B2")))
        .setDefault(ViolationCode.class, FormationCode.GROUP_BELOW_MINIMUM);
  }
}
