package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Violation;

/**
 * The result of {@link GroupFormation}: the groups, and a violation for each group outside the
 * bounds.
 *
 * <p>Every building of the plan is in exactly one group and every group is connected. Groups are
 * ordered by their first building id. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * GroupPartition p = GroupFormation.standard().partition(plan);
 * p.isWithinBounds();
 * p.groups().size();
 * }</pre>
 *
 * @param bounds the bounds the groups were formed for
 * @param groups the groups
 * @param violations one per group outside the bounds, in the order of {@code groups}
 * @since 0.1.0
 */
public record GroupPartition(
    FormationBounds bounds, ImmutableList<FormedGroup> groups, ImmutableList<Violation> violations) {
  /**
   * Creates a partition.
   *
   * @param bounds the bounds the groups were formed for
   * @param groups the groups
   * @param violations one per group outside the bounds, in the order of {@code groups}
   * @throws NullPointerException if an argument or an element is null
   */
  public GroupPartition {
    checkNotNull(bounds, "bounds");
    groups = ImmutableList.copyOf(checkNotNull(groups, "groups"));
    violations = ImmutableList.copyOf(checkNotNull(violations, "violations"));
  }

  /**
   * Whether every group is within the bounds.
   *
   * @return {@code true} if there are no violations
   */
  public boolean isWithinBounds() {
    return violations.isEmpty();
  }

  /**
   * The group a building is in.
   *
   * @param building a building of the partition
   * @return its group
   * @throws NullPointerException if {@code building} is null
   * @throws IllegalArgumentException if no group holds the building
   */
  public FormedGroup groupOf(BuildingId building) {
    checkNotNull(building, "building");
    for (FormedGroup group : groups) {
      if (group.buildings().contains(building)) {
        return group;
      }
    }
    throw new IllegalArgumentException(
        "building " + building + " is in no group of this partition");
  }

  /**
   * Households outside the bounds, summed over groups ({@link FormationBounds#excess}); zero
   * exactly when the partition is within the bounds.
   *
   * @return zero or more
   */
  public long householdsOutsideBounds() {
    long sum = 0;
    for (FormedGroup group : groups) {
      sum += bounds.excess(group.households());
    }
    return sum;
  }

  /**
   * The sum over groups of {@code (households - target)²}: the quantity {@link GroupFormation}
   * minimises once the bounds are met.
   *
   * @return zero or more
   */
  public long squaredDeviation() {
    long sum = 0;
    for (FormedGroup group : groups) {
      sum = Math.addExact(sum, bounds.squaredDeviation(group.households()));
    }
    return sum;
  }
}
