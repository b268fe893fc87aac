package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;

/**
 * A building group (楼组团队): neighbouring natural buildings of about 200 households led by an
 * elected {@link Council} (一长五员). The middle circle of the community.
 *
 * <p>A group has at least one building. That its buildings exist in the community, that no
 * building is in two groups and that council members live in the group is checked by {@link
 * Community}. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * BuildingGroup g = BuildingGroup.of(BuildingGroupId.of("C01-G01"),
 *     BilingualName.of("第1楼组", "Group 1"), List.of(b1, b2), Council.vacant());
 * }</pre>
 *
 * @param id the group's id, unique in the zone
 * @param name the group's name
 * @param buildings the ids of its buildings, sorted; at least one
 * @param council its council
 * @since 0.1.0
 */
public record BuildingGroup(
    BuildingGroupId id,
    BilingualName name,
    ImmutableSortedSet<BuildingId> buildings,
    Council council) {
  /**
   * Creates a group.
   *
   * @param id the group's id, unique in the zone
   * @param name the group's name
   * @param buildings the ids of its buildings, sorted; at least one
   * @param council its council
   * @throws NullPointerException if an argument or a building id is null
   * @throws IllegalArgumentException if there are no buildings
   */
  public BuildingGroup {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    buildings = ImmutableSortedSet.copyOf(checkNotNull(buildings, "buildings"));
    checkNotNull(council, "council");
    checkArgument(!buildings.isEmpty(), "building group %s must have at least one building", id);
  }

  /**
   * Creates a group.
   *
   * @param id the group's id
   * @param name the group's name
   * @param buildings the ids of its buildings; at least one, each once
   * @param council its council
   * @return the group
   * @throws NullPointerException if an argument or a building id is null
   * @throws IllegalArgumentException if there are no buildings or a building id repeats
   */
  public static BuildingGroup of(
      BuildingGroupId id, BilingualName name, Iterable<BuildingId> buildings, Council council) {
    ImmutableList<BuildingId> list = ImmutableList.copyOf(checkNotNull(buildings, "buildings"));
    ImmutableSortedSet<BuildingId> set = ImmutableSortedSet.copyOf(list);
    checkArgument(
        set.size() == list.size(), "building group %s lists a building twice: %s", id, list);
    return new BuildingGroup(id, name, set, council);
  }

  /**
   * The same group with another council, e.g. after an election.
   *
   * @param newCouncil the council
   * @return this group if the council is equal, else a copy with it
   * @throws NullPointerException if {@code newCouncil} is null
   */
  public BuildingGroup withCouncil(Council newCouncil) {
    checkNotNull(newCouncil, "newCouncil");
    return newCouncil.equals(council) ? this : new BuildingGroup(id, name, buildings, newCouncil);
  }
}
