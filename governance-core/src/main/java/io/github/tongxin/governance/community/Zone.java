package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An area under one management committee (管委会), such as the Jiading Industrial Zone, and its
 * communities.
 *
 * <p>Community, building, group, household and resident ids are unique across the whole zone;
 * a violation throws {@link IllegalArgumentException} naming the id and both communities.
 * Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Zone zone = Zone.of(BilingualName.of("嘉定工业区", "Jiading Industrial Zone"), communities);
 * Coverage.of(zone).total().households();
 * }</pre>
 *
 * @param name the zone's name
 * @param communities its communities, in the order given
 * @since 0.1.0
 */
public record Zone(BilingualName name, ImmutableList<Community> communities) {
  /**
   * Creates a zone.
   *
   * @param name the zone's name
   * @param communities its communities, in the order given
   * @throws NullPointerException if an argument or a community is null
   * @throws IllegalArgumentException if an id is used in two communities, or a community twice
   */
  public Zone {
    checkNotNull(name, "name");
    communities = ImmutableList.copyOf(checkNotNull(communities, "communities"));
    Map<Object, CommunityId> owner = new HashMap<>();
    for (Community community : communities) {
      checkArgument(
          !owner.containsKey(community.id()),
          "the zone lists community %s twice",
          community.id());
      claim(owner, "community", community.id(), community.id());
      for (BuildingGroup group : community.groups()) {
        claim(owner, "building group", group.id(), community.id());
      }
      for (ResidentialBuilding building : community.buildings()) {
        claim(owner, "building", building.id(), community.id());
        for (Household household : building.households()) {
          claim(owner, "household", household.id(), community.id());
          for (Resident resident : household.members()) {
            claim(owner, "resident", resident.id(), community.id());
          }
        }
      }
    }
  }

  private static void claim(
      Map<Object, CommunityId> owner, String kind, Object id, CommunityId community) {
    CommunityId previous = owner.putIfAbsent(id, community);
    checkArgument(
        previous == null,
        "%s %s appears in communities %s and %s of the zone",
        kind,
        id,
        previous,
        community);
  }

  /**
   * Creates a zone.
   *
   * @param name the zone's name
   * @param communities its communities
   * @return the zone
   * @throws NullPointerException if an argument or a community is null
   * @throws IllegalArgumentException if an id is used in two communities, or a community twice
   */
  public static Zone of(BilingualName name, Iterable<Community> communities) {
    return new Zone(name, ImmutableList.copyOf(communities));
  }

  /**
   * The community with the given id.
   *
   * @param id the id
   * @return the community, or empty if the zone has none with that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Community> community(CommunityId id) {
    checkNotNull(id, "id");
    return communities.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
