package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;

/**
 * A synthetic zone from {@link ZoneGenerator} with the site plan (buildings and neighbours) of
 * each community, from which its building groups were formed.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param zone the zone
 * @param sitePlans the site plan of each community, keyed by community id in the zone's order
 * @since 0.1.0
 */
public record GeneratedZone(Zone zone, ImmutableMap<CommunityId, SitePlan> sitePlans) {
  /**
   * Creates the pair.
   *
   * @param zone the zone
   * @param sitePlans the site plan of each community, keyed by community id in the zone's order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plans are not exactly one per community
   */
  public GeneratedZone {
    checkNotNull(zone, "zone");
    ImmutableMap<CommunityId, SitePlan> plans =
        ImmutableMap.copyOf(checkNotNull(sitePlans, "sitePlans"));
    checkArgument(
        plans.size() == zone.communities().size()
            && zone.communities().stream().allMatch(c -> plans.containsKey(c.id())),
        "need one site plan per community: plans for %s, communities %s",
        plans.keySet(),
        zone.communities().size());
    sitePlans = plans;
  }
}
