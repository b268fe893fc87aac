package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;

/**
 * What one run of a {@link Scenario} produced: the building groups formed, the councils elected,
 * and the projects proposed and funded. Immutable and thread-safe; value-based.
 *
 * @param formation the building groups formed
 * @param councils the council elections
 * @param projects the projects and the budget
 * @since 0.1.0
 */
public record ScenarioResult(Formation formation, Councils councils, Projects projects) {
  /**
   * Creates a result.
   *
   * @param formation the building groups formed
   * @param councils the council elections
   * @param projects the projects and the budget
   * @throws NullPointerException if an argument is null
   */
  public ScenarioResult {
    checkNotNull(formation, "formation");
    checkNotNull(councils, "councils");
    checkNotNull(projects, "projects");
  }

  /**
   * The building groups formed.
   *
   * @param groups groups formed in all communities
   * @param withinBounds groups whose households lie within the bounds
   * @param households households in all groups
   */
  public record Formation(int groups, int withinBounds, long households) {
    /**
     * Creates the figures.
     *
     * @param groups groups formed
     * @param withinBounds groups within the bounds, at most {@code groups}
     * @param households households in all groups
     * @throws IllegalArgumentException if a count is negative or inconsistent
     */
    public Formation {
      checkArgument(0 <= withinBounds && withinBounds <= groups, "withinBounds must be 0..groups: %s of %s", withinBounds, groups);
      checkArgument(households >= 0, "households must not be negative: %s", households);
    }
  }

  /**
   * The council elections, one per group: turnout must pass the rules' turnout threshold, then
   * each seat goes to a candidate whose votes pass the election threshold, most votes first; a tie
   * at the last seat leaves it unfilled (a re-vote, not modelled further).
   *
   * @param elections elections held (one per group)
   * @param turnoutFailures elections void because too few voted
   * @param complete councils with every seat filled
   * @param seatsFilled seats filled in all groups
   * @param seats seats in all groups (six per group)
   * @param registered registered voters in all groups
   * @param voted voters who voted in all groups
   */
  public record Councils(
      int elections, int turnoutFailures, int complete, int seatsFilled, int seats, long registered, long voted) {
    /**
     * Creates the figures.
     *
     * @param elections elections held
     * @param turnoutFailures void elections
     * @param complete complete councils
     * @param seatsFilled seats filled
     * @param seats seats in all
     * @param registered registered voters
     * @param voted voters who voted, at most {@code registered}
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    public Councils {
      checkArgument(0 <= voted && voted <= registered, "voted must be 0..registered: %s of %s", voted, registered);
      checkArgument(0 <= turnoutFailures && turnoutFailures <= elections, "turnoutFailures must be 0..elections: %s", turnoutFailures);
      checkArgument(0 <= complete && complete <= elections - turnoutFailures, "complete must be 0..valid elections: %s", complete);
      checkArgument(0 <= seatsFilled && seatsFilled <= seats, "seatsFilled must be 0..seats: %s of %s", seatsFilled, seats);
    }
  }

  /**
   * Projects proposed, recommended by the panel and funded, by category. Only recommended
   * projects compete for the budget.
   *
   * @param proposed projects proposed per category
   * @param recommended projects the panel recommended per category
   * @param funded projects funded per category
   * @param fundedCost money granted per category
   * @param voters households that voted with at least one approval
   * @param budget the budget
   */
  public record Projects(
      ImmutableSortedMap<Category, Integer> proposed,
      ImmutableSortedMap<Category, Integer> recommended,
      ImmutableSortedMap<Category, Integer> funded,
      ImmutableSortedMap<Category, Amount> fundedCost,
      int voters,
      Amount budget) {
    /**
     * Creates the figures.
     *
     * @param proposed projects proposed per category
     * @param recommended projects recommended per category
     * @param funded projects funded per category
     * @param fundedCost money granted per category
     * @param voters households that voted
     * @param budget the budget
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if more projects are funded than recommended or recommended
     *     than proposed in a category, or
     *     more money granted than the budget
     */
    public Projects {
      proposed = ImmutableSortedMap.copyOf(checkNotNull(proposed, "proposed"));
      recommended = ImmutableSortedMap.copyOf(checkNotNull(recommended, "recommended"));
      funded = ImmutableSortedMap.copyOf(checkNotNull(funded, "funded"));
      fundedCost = ImmutableSortedMap.copyOf(checkNotNull(fundedCost, "fundedCost"));
      checkNotNull(budget, "budget");
      for (Category category : Category.values()) {
        checkArgument(
            funded.getOrDefault(category, 0) <= recommended.getOrDefault(category, 0)
                && recommended.getOrDefault(category, 0) <= proposed.getOrDefault(category, 0),
            "%s projects: funded ≤ recommended ≤ proposed fails",
            category);
      }
      checkArgument(
          Amount.sum(fundedCost.values()).compareTo(budget) <= 0,
          "granted %s exceeds the budget %s",
          Amount.sum(fundedCost.values()),
          budget);
    }

    /**
     * Projects proposed in all categories.
     *
     * @return the total
     */
    public int proposedTotal() {
      return proposed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Projects recommended in all categories.
     *
     * @return the total
     */
    public int recommendedTotal() {
      return recommended.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Projects funded in all categories.
     *
     * @return the total
     */
    public int fundedTotal() {
      return funded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Money granted in all categories.
     *
     * @return the total, at most the budget
     */
    public Amount granted() {
      return Amount.sum(fundedCost.values());
    }
  }

  /**
   * The result's figures by metric name, in a fixed order: the rows of a tidy table.
   *
   * @return metric name → value
   */
  public ImmutableMap<String, Double> metrics() {
    ImmutableMap.Builder<String, Double> metrics = ImmutableMap.builder();
    metrics.put("groups", (double) formation.groups());
    metrics.put("groups_within_bounds", (double) formation.withinBounds());
    metrics.put("turnout_failures", (double) councils.turnoutFailures());
    metrics.put("complete_councils", (double) councils.complete());
    metrics.put("seats_filled", (double) councils.seatsFilled());
    metrics.put("seats", (double) councils.seats());
    metrics.put("election_turnout", councils.registered() == 0 ? 0 : (double) councils.voted() / councils.registered());
    metrics.put("projects_proposed", (double) projects.proposedTotal());
    metrics.put("projects_recommended", (double) projects.recommendedTotal());
    metrics.put("projects_funded", (double) projects.fundedTotal());
    metrics.put("granted_yuan", projects.granted().fen() / 100.0);
    metrics.put("voters", (double) projects.voters());
    return metrics.buildOrThrow();
  }
}
