package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Why a resident belongs to a circle: the role held and the place where it is held.
 *
 * <p>Examples: {@code RESIDENT at building C01-B003} (outer), {@code BUILDING_GROUP_LEADER at
 * group C01-G01} (middle), {@code RESIDENTS_COMMITTEE_MEMBER at community C01} (core). Immutable
 * and thread-safe; value-based.
 *
 * @param role the role
 * @param place the building, group or community where the role is held
 * @since 0.1.0
 */
public record Affiliation(Role role, PlaceId place) {
  /**
   * Creates an affiliation.
   *
   * @param role the role
   * @param place the building, group or community where the role is held
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the place does not fit the role's layer: a core role is
   *     held at a community, a middle role at a building group, the outer role at a building
   */
  public Affiliation {
    checkNotNull(role, "role");
    checkNotNull(place, "place");
    boolean fits =
        switch (role.layer()) {
          case CORE -> place instanceof CommunityId;
          case MIDDLE -> place instanceof BuildingGroupId;
          case OUTER -> place instanceof BuildingId;
        };
    checkArgument(
        fits, "role %s (%s layer) cannot be held at %s", role, role.layer(), place.value());
  }

  /**
   * The circle this affiliation puts the resident in.
   *
   * @return {@code role().layer()}
   */
  public Layer layer() {
    return role.layer();
  }

  /**
   * The reason in both languages, e.g. {@code "楼组团队长 building group leader @ C01-G01"}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return role.bilingualName() + " @ " + place.value();
  }
}
