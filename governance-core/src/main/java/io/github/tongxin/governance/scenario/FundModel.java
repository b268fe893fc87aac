package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.fund.ComplianceRules;

/**
 * How the public-welfare fund pays for the projects in a scenario, and the rule its year is
 * checked against. Immutable and thread-safe; value-based.
 *
 * <p><b>Crowdfunding.</b> Before the vote, residents pledge a share of each recommended project's
 * cost, drawn from {@link #crowdfunding()} per project; the pledge is that share of the cost
 * rounded down to whole yuan. As in {@link io.github.tongxin.governance.budgeting.GroupBudget},
 * the pledge lowers the cost charged to the fund before the budgeting rule runs: the rule sees
 * each project at its charged cost (cost less pledge) against the fund's budget. Pledges are
 * collected only for funded projects (all or nothing), into a restricted fund for the project, so
 * they count as the fund's income.
 *
 * <p><b>Completion.</b> By the end of the year each funded project has done a share of its work,
 * drawn from {@link #completion()} per project; the fund has paid that share of the project's
 * grant and spent that share of its crowdfunded money, each rounded down to the fen. The rest of
 * the grant is a commitment carried into the next year.
 *
 * <p><b>Spending rule.</b> The year meets the annual spending rule if charitable spending (grant
 * money paid plus crowdfunded money spent) is at least {@link #rules()}'s {@link
 * ComplianceRules#minSpendingPercent() minimum percentage} of the year's income (the budget plus
 * the crowdfunding collected). The law measures spending against the previous year's income (or
 * the three-year average); a scenario simulates one steady year, so the year's own income stands
 * in for it.
 *
 * <pre>{@code
 * FundModel slow = FundModel.standard().withCompletion(BetaModel.of(0.5, 8));
 * }</pre>
 *
 * @param crowdfunding each recommended project's pledged share of its cost
 * @param completion each funded project's share of work done by the end of the year
 * @param rules the spending threshold ({@link ComplianceRules#minSpendingPercent()})
 * @since 0.1.0
 */
public record FundModel(BetaModel crowdfunding, BetaModel completion, ComplianceRules rules) {
  /**
   * Creates a model.
   *
   * @param crowdfunding each recommended project's pledged share of its cost
   * @param completion each funded project's share of work done by the end of the year
   * @param rules the spending threshold
   * @throws NullPointerException if an argument is null
   */
  public FundModel {
    checkNotNull(crowdfunding, "crowdfunding");
    checkNotNull(completion, "completion");
    checkNotNull(rules, "rules");
  }

  /**
   * Tongxin's default: residents pledge 10% of a project's cost on average (concentration 10: Beta(1, 9), so
   * four in five pledges lie between 1% and 23%); funded projects are 80% done by the end of the year on
   * average (concentration 8); the Charity Law's 70% ({@link ComplianceRules#CHARITY_LAW}).
   *
   * @return the default model
   */
  public static FundModel standard() {
    return new FundModel(BetaModel.of(0.1, 10), BetaModel.of(0.8, 8), ComplianceRules.CHARITY_LAW);
  }

  /**
   * A copy with another crowdfunding model.
   *
   * @param value the model
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public FundModel withCrowdfunding(BetaModel value) {
    return new FundModel(value, completion, rules);
  }

  /**
   * A copy with another completion model.
   *
   * @param value the model
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public FundModel withCompletion(BetaModel value) {
    return new FundModel(crowdfunding, value, rules);
  }

  /**
   * A copy with other compliance rules.
   *
   * @param value the rules
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public FundModel withRules(ComplianceRules value) {
    return new FundModel(crowdfunding, completion, value);
  }
}
