package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;

/**
 * What residents propose: the project's id and title, its building group, its category, the
 * matter its consultation decides, and the proposers with their households (who may not approve
 * or inspect it, nor sit on its panel). Immutable and thread-safe; value-based.
 *
 * <p>A record although it has more than four components: events embed it, and the audit chain
 * hashes records component by component.
 *
 * @param id the project's id
 * @param group the proposing building group
 * @param title a short title, not blank
 * @param category the category
 * @param matter what the consultation decides
 * @param proposers who propose it, at least one
 * @param households the proposers' households
 * @since 0.1.0
 */
public record ProjectProposal(
    ProjectId id,
    BuildingGroupId group,
    String title,
    Category category,
    ConsultationMatter matter,
    ImmutableSortedSet<ActorId> proposers,
    ImmutableSortedSet<HouseholdId> households) {
  /**
   * Creates a proposal.
   *
   * @param id the project's id
   * @param group the proposing building group
   * @param title a short title, not blank
   * @param category the category
   * @param matter what the consultation decides
   * @param proposers who propose it, at least one
   * @param households the proposers' households
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code title} is blank or there are no proposers
   */
  public ProjectProposal {
    checkNotNull(id, "id");
    checkNotNull(group, "group");
    checkNotNull(title, "title");
    checkNotNull(category, "category");
    checkNotNull(matter, "matter");
    proposers = ImmutableSortedSet.copyOf(checkNotNull(proposers, "proposers"));
    households = ImmutableSortedSet.copyOf(checkNotNull(households, "households"));
    checkArgument(!title.isBlank(), "title must not be blank: '%s'", title);
    checkArgument(!proposers.isEmpty(), "proposers of %s must not be empty", id);
  }

  /**
   * Creates a proposal.
   *
   * @param id the project's id
   * @param group the proposing building group
   * @param title a short title, not blank
   * @param category the category
   * @param matter what the consultation decides
   * @param proposers the proposing actors; their ids and households are recorded
   * @return the proposal
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code title} is blank or there are no proposers
   */
  public static ProjectProposal of(
      ProjectId id,
      BuildingGroupId group,
      String title,
      Category category,
      ConsultationMatter matter,
      Iterable<Actor> proposers) {
    ImmutableSortedSet.Builder<ActorId> ids = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<HouseholdId> households = ImmutableSortedSet.naturalOrder();
    for (Actor proposer : checkNotNull(proposers, "proposers")) {
      ids.add(proposer.id());
      households.addAll(proposer.households());
    }
    return new ProjectProposal(id, group, title, category, matter, ids.build(), households.build());
  }
}
