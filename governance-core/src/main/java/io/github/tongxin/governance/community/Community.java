package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A community (社区) and its three concentric circles: the core (party branch and residents'
 * committee posts), the middle (building groups and their councils) and the outer circle (the
 * natural buildings with their households and residents).
 *
 * <p>Every community is valid when built: building, household, resident and group ids are
 * unique; each building of a group exists here and is in at most one group; council members
 * live in their group's buildings; core posts are held by residents, with at most one party
 * branch secretary and one residents' committee director. A violation throws {@link
 * IllegalArgumentException} naming the ids involved, and no community is built. Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * Community c = Community.builder()
 *     .id(CommunityId.of("C01"))
 *     .name(BilingualName.of("示范社区", "Model Community"))
 *     .addBuilding(building)
 *     .addGroup(group)
 *     .addCorePost(CorePost.of(Role.RESIDENTS_COMMITTEE_DIRECTOR, director))
 *     .build();
 * c.layersOf(director); // [CORE, OUTER]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Community {
  Community() {}

  /**
   * A builder: set {@code id} and {@code name} once, add posts, buildings and groups, then
   * {@code build()}, which validates the whole community.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The community's id, unique in the zone.
   *
   * @return the id
   */
  public abstract CommunityId id();

  /**
   * The community's name.
   *
   * @return the name
   */
  public abstract BilingualName name();

  /**
   * The core circle: posts in the party branch and the residents' committee, in the order added.
   *
   * @return the posts; may be empty
   */
  public abstract ImmutableList<CorePost> corePosts();

  /**
   * The natural buildings, in the order added.
   *
   * @return the buildings; may be empty
   */
  public abstract ImmutableList<ResidentialBuilding> buildings();

  /**
   * The building groups, in the order added.
   *
   * @return the groups; may be empty
   */
  public abstract ImmutableList<BuildingGroup> groups();

  /** Indexes built (and the community validated) once, when the value is constructed. */
  @Value.Derived
  @Value.Auxiliary
  Index index() {
    return new Index(this);
  }

  /**
   * The same community with other building groups, e.g. after {@link GroupFormation}.
   *
   * @param newGroups the groups; each valid for this community
   * @return a copy with the groups
   * @throws NullPointerException if {@code newGroups} or a group is null
   * @throws IllegalArgumentException if the groups break a rule of this class
   */
  public abstract Community withGroups(Iterable<? extends BuildingGroup> newGroups);

  /**
   * The building with the given id.
   *
   * @param building the id
   * @return the building, or empty if it is not in this community
   * @throws NullPointerException if {@code building} is null
   */
  public Optional<ResidentialBuilding> building(BuildingId building) {
    return Optional.ofNullable(index().buildings.get(checkNotNull(building, "building")));
  }

  /**
   * The group a building belongs to.
   *
   * @param building a building of this community
   * @return its group, or empty if it is in none
   * @throws NullPointerException if {@code building} is null
   * @throws IllegalArgumentException if the building is not in this community
   */
  public Optional<BuildingGroup> groupOf(BuildingId building) {
    checkArgument(
        index().buildings.containsKey(checkNotNull(building, "building")),
        "building %s is not in community %s",
        building,
        id());
    return Optional.ofNullable(index().groupOfBuilding.get(building));
  }

  /**
   * Whether a resident lives in this community.
   *
   * @param resident the resident
   * @return {@code true} if the resident is a member of one of its households
   * @throws NullPointerException if {@code resident} is null
   */
  public boolean hasResident(ResidentId resident) {
    return index().buildingOfResident.containsKey(checkNotNull(resident, "resident"));
  }

  /**
   * Why a resident belongs to each circle: the outer circle as a resident of a building, the
   * middle circle for a seat on a group's council, the core for each post. Ordered core first,
   * then middle, then outer.
   *
   * @param resident a resident of this community
   * @return the affiliations; at least the outer one
   * @throws NullPointerException if {@code resident} is null
   * @throws IllegalArgumentException if the resident does not live in this community
   */
  public ImmutableList<Affiliation> affiliationsOf(ResidentId resident) {
    BuildingId home = index().buildingOfResident.get(checkNotNull(resident, "resident"));
    checkArgument(home != null, "resident %s does not live in community %s", resident, id());
    List<Affiliation> result = new ArrayList<>();
    for (CorePost post : corePosts()) {
      if (post.holder().equals(resident)) {
        result.add(new Affiliation(post.role(), id()));
      }
    }
    BuildingGroup group = index().groupOfBuilding.get(home);
    if (group != null) {
      group.council().roleOf(resident).ifPresent(role -> result.add(new Affiliation(role, group.id())));
    }
    result.add(new Affiliation(Role.RESIDENT, home));
    return ImmutableList.copyOf(result);
  }

  /**
   * The circles a resident belongs to.
   *
   * @param resident a resident of this community
   * @return the layers, in the order {@code CORE, MIDDLE, OUTER}; always contains {@code OUTER}
   * @throws NullPointerException if {@code resident} is null
   * @throws IllegalArgumentException if the resident does not live in this community
   */
  public ImmutableSet<Layer> layersOf(ResidentId resident) {
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    for (Affiliation affiliation : affiliationsOf(resident)) {
      layers.add(affiliation.layer());
    }
    return Sets.immutableEnumSet(layers);
  }

  /**
   * The buildings that belong to no group.
   *
   * @return those buildings, in the order of {@link #buildings()}
   */
  public ImmutableList<ResidentialBuilding> ungroupedBuildings() {
    ImmutableList.Builder<ResidentialBuilding> result = ImmutableList.builder();
    for (ResidentialBuilding building : buildings()) {
      if (!index().groupOfBuilding.containsKey(building.id())) {
        result.add(building);
      }
    }
    return result.build();
  }

  /**
   * The number of households in all buildings.
   *
   * @return zero or more
   */
  public int householdCount() {
    return index().households;
  }

  /**
   * The number of residents in all households.
   *
   * @return zero or more
   */
  public int residentCount() {
    return index().buildingOfResident.size();
  }

  /**
   * The number of filled council seats (elected leaders and members) over all groups.
   *
   * @return zero or more
   */
  public int filledCouncilSeats() {
    int seats = 0;
    for (BuildingGroup group : groups()) {
      seats += group.council().filledSeats();
    }
    return seats;
  }

  /**
   * Builds a {@link Community}; {@code build()} validates it as a whole.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCommunity.Builder {
    Builder() {}
  }

  /** Lookups over one community, built once; building them validates the community. */
  static final class Index {
    final ImmutableMap<BuildingId, ResidentialBuilding> buildings;
    final ImmutableMap<ResidentId, BuildingId> buildingOfResident;
    final ImmutableMap<BuildingId, BuildingGroup> groupOfBuilding;
    final int households;

    Index(Community community) {
      CommunityId id = community.id();
      Map<BuildingId, ResidentialBuilding> byId = new HashMap<>();
      Map<HouseholdId, BuildingId> buildingOfHousehold = new HashMap<>();
      Map<ResidentId, HouseholdId> householdOfResident = new HashMap<>();
      ImmutableMap.Builder<ResidentId, BuildingId> residents = ImmutableMap.builder();
      for (ResidentialBuilding building : community.buildings()) {
        checkArgument(
            byId.put(building.id(), building) == null,
            "community %s lists building %s twice",
            id,
            building.id());
        for (Household household : building.households()) {
          BuildingId other = buildingOfHousehold.put(household.id(), building.id());
          checkArgument(
              other == null,
              "household %s is in two buildings of community %s: %s and %s",
              household.id(),
              id,
              other,
              building.id());
          for (Resident resident : household.members()) {
            HouseholdId previous = householdOfResident.put(resident.id(), household.id());
            checkArgument(
                previous == null,
                "resident %s is in two households of community %s: %s and %s",
                resident.id(),
                id,
                previous,
                household.id());
            residents.put(resident.id(), building.id());
          }
        }
      }
      this.buildings = ImmutableMap.copyOf(byId);
      this.buildingOfResident = residents.buildOrThrow();
      this.households = buildingOfHousehold.size();

      Map<BuildingId, BuildingGroup> groupOf = new HashMap<>();
      Set<BuildingGroupId> groupIds = new HashSet<>();
      for (BuildingGroup group : community.groups()) {
        checkArgument(
            groupIds.add(group.id()), "community %s lists building group %s twice", id, group.id());
        for (BuildingId building : group.buildings()) {
          checkArgument(
              byId.containsKey(building),
              "building group %s lists building %s, which is not in community %s",
              group.id(),
              building,
              id);
          BuildingGroup other = groupOf.put(building, group);
          checkArgument(
              other == null,
              "building %s is in two building groups: %s and %s",
              building,
              other == null ? null : other.id(),
              group.id());
        }
        for (ResidentId holder : group.council().holders()) {
          BuildingId home = buildingOfResident.get(holder);
          checkArgument(
              home != null && group.buildings().contains(home),
              "council of building group %s: resident %s does not live in its buildings %s",
              group.id(),
              holder,
              group.buildings());
        }
      }
      this.groupOfBuilding = ImmutableMap.copyOf(groupOf);

      Set<CorePost> posts = new HashSet<>();
      for (CorePost post : community.corePosts()) {
        checkArgument(
            buildingOfResident.containsKey(post.holder()),
            "core post %s of community %s is held by %s, who does not live in it",
            post.role(),
            id,
            post.holder());
        checkArgument(posts.add(post), "community %s lists core post %s twice", id, post);
      }
      for (Role single : List.of(Role.PARTY_BRANCH_SECRETARY, Role.RESIDENTS_COMMITTEE_DIRECTOR)) {
        long holders = posts.stream().filter(p -> p.role() == single).count();
        checkArgument(
            holders <= 1, "community %s has %s holders of the single post %s", id, holders, single);
      }
    }
  }
}
