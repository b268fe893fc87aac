package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;

/**
 * A natural building (自然楼): the households living in it. The outer circle of the community.
 *
 * <p>A building may have no households yet (newly built or vacant). Household ids are distinct.
 * Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * ResidentialBuilding b = ResidentialBuilding.of(BuildingId.of("C01-B001"), households);
 * b.householdCount();
 * }</pre>
 *
 * @param id the building's id, unique in the zone
 * @param households the households, in the order given
 * @since 0.1.0
 */
public record ResidentialBuilding(BuildingId id, ImmutableList<Household> households) {
  /**
   * Creates a building.
   *
   * @param id the building's id, unique in the zone
   * @param households the households, in the order given
   * @throws NullPointerException if an argument or a household is null
   * @throws IllegalArgumentException if a household id repeats
   */
  public ResidentialBuilding {
    checkNotNull(id, "id");
    households = ImmutableList.copyOf(checkNotNull(households, "households"));
    Set<HouseholdId> seen = new HashSet<>();
    for (Household household : households) {
      checkArgument(
          seen.add(household.id()), "building %s lists household %s twice", id, household.id());
    }
  }

  /**
   * Creates a building.
   *
   * @param id the building's id
   * @param households the households; ids distinct
   * @return the building
   * @throws NullPointerException if an argument or a household is null
   * @throws IllegalArgumentException if a household id repeats
   */
  public static ResidentialBuilding of(BuildingId id, Iterable<Household> households) {
    return new ResidentialBuilding(id, ImmutableList.copyOf(households));
  }

  /**
   * The number of households.
   *
   * @return zero or more
   */
  public int householdCount() {
    return households.size();
  }

  /**
   * The number of residents over all households.
   *
   * @return zero or more
   */
  public int residentCount() {
    int count = 0;
    for (Household household : households) {
      count += household.size();
    }
    return count;
  }
}
