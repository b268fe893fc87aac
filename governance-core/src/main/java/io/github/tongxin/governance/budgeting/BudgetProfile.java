package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.math.BigDecimal;
import java.util.List;

/**
 * The ballots of a participatory-budgeting election, all of one {@link VoteType}.
 *
 * <p>{@link #distinctBallots()} gives each distinct ballot content (projects and points) once
 * with its multiplicity, which rules use when many voters vote alike. Immutable and thread-safe;
 * value-based.
 *
 * @param type the vote type
 * @param ballots the ballots, in file order
 * @since 0.1.0
 */
public record BudgetProfile(VoteType type, ImmutableList<BudgetBallot> ballots) {
  /**
   * Creates a profile.
   *
   * @param type the vote type
   * @param ballots the ballots
   * @throws NullPointerException if an argument or ballot is null
   * @throws IllegalArgumentException if a point ballot lacks points or another ballot has them
   */
  public BudgetProfile {
    checkNotNull(type, "type");
    ballots = ImmutableList.copyOf(checkNotNull(ballots, "ballots"));
    for (BudgetBallot ballot : ballots) {
      checkArgument(
          type.hasPoints() || ballot.points().isEmpty(),
          "%s ballot of voter %s must not have points",
          type.token(),
          ballot.voter());
      checkArgument(
          !type.hasPoints() || ballot.points().size() == ballot.projects().size(),
          "%s ballot of voter %s needs points for every project",
          type.token(),
          ballot.voter());
    }
  }

  /**
   * Creates a profile.
   *
   * @param type the vote type
   * @param ballots the ballots
   * @return the profile
   * @throws NullPointerException if an argument or ballot is null
   * @throws IllegalArgumentException if points do not match the type
   */
  public static BudgetProfile of(VoteType type, Iterable<BudgetBallot> ballots) {
    return new BudgetProfile(type, ImmutableList.copyOf(ballots));
  }

  /**
   * The number of voters.
   *
   * @return zero or more
   */
  public int voters() {
    return ballots.size();
  }

  /**
   * A ballot's content, without voter id or attributes: what rules look at.
   *
   * @param projects the projects named, in ballot order
   * @param points the points, aligned, or empty
   * @since 0.1.0
   */
  public record Content(List<ProjectId> projects, List<BigDecimal> points) {
    /**
     * Creates a content.
     *
     * @param projects the projects
     * @param points the points
     * @throws NullPointerException if an argument is null
     */
    public Content {
      projects = ImmutableList.copyOf(checkNotNull(projects, "projects"));
      points = ImmutableList.copyOf(checkNotNull(points, "points"));
    }
  }

  /**
   * Each distinct ballot content once, with the number of voters who cast it, in order of first
   * appearance.
   *
   * @return the multiset of contents
   */
  public ImmutableMultiset<Content> distinctBallots() {
    ImmutableMultiset.Builder<Content> result = ImmutableMultiset.builder();
    for (BudgetBallot ballot : ballots) {
      result.add(new Content(ballot.projects(), ballot.points()));
    }
    return result.build();
  }
}
