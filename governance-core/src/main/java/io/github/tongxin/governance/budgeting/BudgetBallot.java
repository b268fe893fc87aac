package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.HashSet;

/**
 * One voter's ballot: the projects named (approved, ranked most preferred first, or given
 * points), the points aligned with them for cumulative and scoring ballots, and the voter's id
 * and other attributes ({@code age}, {@code sex}, ...).
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param voter the voter's id ({@code voter_id})
 * @param projects the projects named, in ballot order, each once
 * @param points the points per named project for point ballots, else empty
 * @param attributes other columns of the vote row, in file order
 * @since 0.1.0
 */
public record BudgetBallot(
    String voter,
    ImmutableList<ProjectId> projects,
    ImmutableList<BigDecimal> points,
    ImmutableMap<String, String> attributes) {
  /**
   * Creates a ballot.
   *
   * @param voter the voter's id
   * @param projects the projects named, each once
   * @param points empty, or one per project
   * @param attributes other columns
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a project repeats or the points do not align
   */
  public BudgetBallot {
    checkNotNull(voter, "voter");
    projects = ImmutableList.copyOf(checkNotNull(projects, "projects"));
    points = ImmutableList.copyOf(checkNotNull(points, "points"));
    attributes = ImmutableMap.copyOf(checkNotNull(attributes, "attributes"));
    checkArgument(
        new HashSet<>(projects).size() == projects.size(),
        "ballot of voter %s names a project twice: %s",
        voter,
        projects);
    checkArgument(
        points.isEmpty() || points.size() == projects.size(),
        "ballot of voter %s has %s points for %s projects",
        voter,
        points.size(),
        projects.size());
  }

  /**
   * An approval (or ordinal) ballot without attributes.
   *
   * @param voter the voter's id
   * @param projects the projects, each once
   * @return the ballot
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a project repeats
   */
  public static BudgetBallot of(String voter, Iterable<ProjectId> projects) {
    return new BudgetBallot(voter, ImmutableList.copyOf(projects), ImmutableList.of(), ImmutableMap.of());
  }
}
