package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;

/**
 * Someone acting on a project: who they are, the roles they hold, and the building groups and
 * households they belong to (empty for an outside evaluator or inspector). The workflow checks
 * the roles against the {@link Permissions} table and the affiliations against conflicts of
 * interest. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Actor li = Actor.of(ActorId.of("li"), Set.of(ProjectRole.HOUSEHOLD_REPRESENTATIVE),
 *     Set.of(BuildingGroupId.of("G1")), Set.of(HouseholdId.of("G1-H001")));
 * }</pre>
 *
 * @param id who
 * @param roles the roles held, at least one
 * @param groups the building groups they live in or serve
 * @param households the households they belong to
 * @since 0.1.0
 */
public record Actor(
    ActorId id,
    ImmutableSet<ProjectRole> roles,
    ImmutableSet<BuildingGroupId> groups,
    ImmutableSet<HouseholdId> households) {
  /**
   * Creates an actor.
   *
   * @param id who
   * @param roles the roles held, at least one
   * @param groups the building groups they belong to, possibly none
   * @param households the households they belong to, possibly none
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code roles} is empty
   */
  public Actor {
    checkNotNull(id, "id");
    roles = ImmutableSet.copyOf(checkNotNull(roles, "roles"));
    groups = ImmutableSet.copyOf(checkNotNull(groups, "groups"));
    households = ImmutableSet.copyOf(checkNotNull(households, "households"));
    checkArgument(!roles.isEmpty(), "roles of %s must not be empty", id);
  }

  /**
   * Creates an actor.
   *
   * @param id who
   * @param roles the roles held, at least one
   * @param groups the building groups they belong to, possibly none
   * @param households the households they belong to, possibly none
   * @return the actor
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code roles} is empty
   */
  public static Actor of(
      ActorId id,
      Iterable<ProjectRole> roles,
      Iterable<BuildingGroupId> groups,
      Iterable<HouseholdId> households) {
    return new Actor(
        id, ImmutableSet.copyOf(roles), ImmutableSet.copyOf(groups), ImmutableSet.copyOf(households));
  }

  /**
   * Whether the actor holds a role.
   *
   * @param role the role
   * @return true if {@code role} is among {@link #roles()}
   */
  public boolean hasRole(ProjectRole role) {
    return roles.contains(role);
  }

  /**
   * The actor's id.
   *
   * @return {@code id().toString()}
   */
  @Override
  public String toString() {
    return id.toString();
  }
}
