package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.money.Amount;

/**
 * How an approved budget is paid: a grant from the public-welfare fund, money crowdfunded from
 * residents, and residents' own contribution (in money or kind, valued). Immutable and
 * thread-safe; value-based.
 *
 * <pre>{@code
 * FundingPlan plan = FundingPlan.of(Amount.parse("30,000"), Amount.parse("8,000"), Amount.ZERO);
 * plan.total(); // 38,000.00
 * }</pre>
 *
 * @param grant from the public-welfare fund
 * @param crowdfunding the crowdfunding target
 * @param contribution residents' own contribution
 * @since 0.1.0
 */
public record FundingPlan(Amount grant, Amount crowdfunding, Amount contribution) {
  /**
   * Creates a plan.
   *
   * @param grant from the public-welfare fund
   * @param crowdfunding the crowdfunding target
   * @param contribution residents' own contribution
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a part is negative or all are zero
   */
  public FundingPlan {
    checkNotNull(grant, "grant");
    checkNotNull(crowdfunding, "crowdfunding");
    checkNotNull(contribution, "contribution");
    checkArgument(!grant.isNegative(), "grant must not be negative: %s", grant);
    checkArgument(!crowdfunding.isNegative(), "crowdfunding must not be negative: %s", crowdfunding);
    checkArgument(!contribution.isNegative(), "contribution must not be negative: %s", contribution);
    checkArgument(
        grant.plus(crowdfunding).plus(contribution).isPositive(), "a funding plan must not be zero");
  }

  /**
   * Creates a plan.
   *
   * @param grant from the public-welfare fund
   * @param crowdfunding the crowdfunding target
   * @param contribution residents' own contribution
   * @return the plan
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a part is negative or all are zero
   */
  public static FundingPlan of(Amount grant, Amount crowdfunding, Amount contribution) {
    return new FundingPlan(grant, crowdfunding, contribution);
  }

  /**
   * The budget the plan pays for.
   *
   * @return grant + crowdfunding + contribution
   */
  public Amount total() {
    return grant.plus(crowdfunding).plus(contribution);
  }
}
