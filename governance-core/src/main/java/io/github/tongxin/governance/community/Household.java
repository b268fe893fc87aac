package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;

/**
 * A household (户): the residents who live together in one dwelling, and the dwelling's
 * exclusive floor area.
 *
 * <p>A household has at least one member, and each member once. Immutable and thread-safe;
 * value-based.
 *
 * <pre>{@code
 * Household h = Household.of(HouseholdId.of("C01-B001-H01"), FloorArea.parse("72.35"), members);
 * }</pre>
 *
 * @param id the household's id, unique in the zone
 * @param floorArea the exclusive floor area of the dwelling
 * @param members the residents, in the order given; at least one, ids distinct
 * @since 0.1.0
 */
public record Household(HouseholdId id, FloorArea floorArea, ImmutableList<Resident> members) {
  /**
   * Creates a household.
   *
   * @param id the household's id, unique in the zone
   * @param floorArea the exclusive floor area of the dwelling
   * @param members the residents, in the order given; at least one, ids distinct
   * @throws NullPointerException if an argument or a member is null
   * @throws IllegalArgumentException if there are no members or a member id repeats
   */
  public Household {
    checkNotNull(id, "id");
    checkNotNull(floorArea, "floorArea");
    members = ImmutableList.copyOf(checkNotNull(members, "members"));
    checkArgument(!members.isEmpty(), "household %s must have at least one member", id);
    Set<ResidentId> seen = new HashSet<>();
    for (Resident member : members) {
      checkArgument(
          seen.add(member.id()), "household %s lists resident %s twice", id, member.id());
    }
  }

  /**
   * Creates a household.
   *
   * @param id the household's id
   * @param floorArea the exclusive floor area
   * @param members the residents; at least one, ids distinct
   * @return the household
   * @throws NullPointerException if an argument or a member is null
   * @throws IllegalArgumentException if there are no members or a member id repeats
   */
  public static Household of(HouseholdId id, FloorArea floorArea, Iterable<Resident> members) {
    return new Household(id, floorArea, ImmutableList.copyOf(members));
  }

  /**
   * The number of members.
   *
   * @return at least 1
   */
  public int size() {
    return members.size();
  }
}
