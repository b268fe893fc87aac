package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.community.BuildingGroup;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.BuildingId;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.Household;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.ResidentialBuilding;
import java.util.Map;

/**
 * The households entitled to answer a consultation, each with its exclusive floor area (专有部分面积).
 * Each household counts as one owner (one person in the count "by person"), however many
 * residents live in it. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * ConsultationRoster roster = ConsultationRoster.ofGroup(community, BuildingGroupId.of("G1"));
 * roster.size(); // the group's households
 * }</pre>
 *
 * @param households each household's exclusive floor area, sorted by id; at least one
 * @since 0.1.0
 */
public record ConsultationRoster(ImmutableSortedMap<HouseholdId, FloorArea> households) {
  /**
   * Creates a roster.
   *
   * @param households each household's exclusive floor area; at least one
   * @throws NullPointerException if {@code households} or an entry is null
   * @throws IllegalArgumentException if there are no households
   */
  public ConsultationRoster {
    households = ImmutableSortedMap.copyOf(checkNotNull(households, "households"));
    checkArgument(!households.isEmpty(), "households must not be empty");
  }

  /**
   * Creates a roster.
   *
   * @param households each household's exclusive floor area; at least one
   * @return the roster
   * @throws NullPointerException if {@code households} or an entry is null
   * @throws IllegalArgumentException if there are no households
   */
  public static ConsultationRoster of(Map<HouseholdId, FloorArea> households) {
    return new ConsultationRoster(ImmutableSortedMap.copyOf(households));
  }

  /**
   * The roster of all households in a building group's buildings.
   *
   * @param community the community
   * @param group a group of {@code community}
   * @return its households with their floor areas
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code community} has no group {@code group}
   */
  public static ConsultationRoster ofGroup(Community community, BuildingGroupId group) {
    checkNotNull(community, "community");
    checkNotNull(group, "group");
    BuildingGroup found =
        community.groups().stream()
            .filter(g -> g.id().equals(group))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "group is not in community " + community.id() + ": " + group));
    ImmutableSortedMap.Builder<HouseholdId, FloorArea> households =
        ImmutableSortedMap.naturalOrder();
    for (BuildingId building : found.buildings()) {
      ResidentialBuilding residential = community.building(building).orElseThrow();
      for (Household household : residential.households()) {
        households.put(household.id(), household.floorArea());
      }
    }
    return new ConsultationRoster(households.buildOrThrow());
  }

  /**
   * Whether a household is on the roster.
   *
   * @param household the household
   * @return true if it may answer
   */
  public boolean contains(HouseholdId household) {
    return households.containsKey(household);
  }

  /**
   * The number of households, the count "by person".
   *
   * @return at least 1
   */
  public int size() {
    return households.size();
  }

  /**
   * The total exclusive floor area.
   *
   * @return the sum of all households' areas
   */
  public FloorArea totalArea() {
    return FloorArea.ofHundredths(households.values().stream().mapToLong(FloorArea::hundredths).sum());
  }
}
