package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * An evaluated self-governance project competing for a building group's fund: its full cost and
 * the crowdfunding already pledged to it. The fund is charged only the rest, {@link
 * #chargedCost()}, so pledged money lowers what the rule must find.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param id the project's id in the budget
 * @param cost the full cost, in yuan; not negative
 * @param pledged crowdfunding already pledged, in yuan; between 0 and the cost
 * @param name the project's name, for reports
 * @since 0.1.0
 */
public record FundingCandidate(ProjectId id, BigDecimal cost, BigDecimal pledged, String name) {
  /**
   * Creates a candidate.
   *
   * @param id the project's id
   * @param cost the full cost; not negative
   * @param pledged the crowdfunding pledged; between 0 and the cost
   * @param name the name
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cost is negative or the pledge outside 0..cost
   */
  public FundingCandidate {
    checkNotNull(id, "id");
    checkNotNull(cost, "cost");
    checkNotNull(pledged, "pledged");
    checkNotNull(name, "name");
    checkArgument(cost.signum() >= 0, "cost of %s must not be negative: %s", id, cost);
    checkArgument(
        pledged.signum() >= 0 && pledged.compareTo(cost) <= 0,
        "pledge for %s must be 0..%s: %s",
        id,
        cost,
        pledged);
  }

  /**
   * A candidate without crowdfunding.
   *
   * @param id the project's id
   * @param cost the full cost; not negative
   * @param name the name
   * @return the candidate
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cost is negative
   */
  public static FundingCandidate of(ProjectId id, BigDecimal cost, String name) {
    return new FundingCandidate(id, cost, BigDecimal.ZERO, name);
  }

  /**
   * What the fund would pay: the cost less the pledge.
   *
   * @return {@code cost - pledged}
   */
  public BigDecimal chargedCost() {
    return cost.subtract(pledged);
  }
}
