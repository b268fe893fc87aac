package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;

/**
 * One group of a {@link GroupPartition}: its buildings and their households.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param buildings the buildings, in id order; at least one
 * @param households the households in them; not negative
 * @since 0.1.0
 */
public record FormedGroup(ImmutableSortedSet<BuildingId> buildings, long households) {
  /**
   * Creates a group.
   *
   * @param buildings the buildings, in id order; at least one
   * @param households the households in them; not negative
   * @throws NullPointerException if {@code buildings} or one of them is null
   * @throws IllegalArgumentException if there are no buildings or {@code households} is negative
   */
  public FormedGroup {
    buildings = ImmutableSortedSet.copyOf(checkNotNull(buildings, "buildings"));
    checkArgument(!buildings.isEmpty(), "a formed group needs at least one building");
    checkArgument(households >= 0, "households must not be negative: %s", households);
  }
}
