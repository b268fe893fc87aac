package io.github.tongxin.governance.community;

/**
 * The id of a place in the concentric circles: a community, a building group or a building.
 *
 * <p>An {@link Affiliation} names the place where a resident holds a role.
 *
 * @since 0.1.0
 */
public sealed interface PlaceId permits CommunityId, BuildingGroupId, BuildingId {
  /**
   * The id's text.
   *
   * @return the value, never empty
   */
  String value();
}
