package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.community.Layer;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import java.math.BigInteger;
import java.util.Map;

/**
 * What one run of a {@link Scenario} produced: the building groups formed, the councils elected,
 * the projects proposed and funded, and the fund's year. Immutable and thread-safe; value-based.
 *
 * @param formation the building groups formed
 * @param councils the council elections
 * @param projects the projects, by category and by layer
 * @param fund the money granted, crowdfunded, paid and still committed
 * @since 0.1.0
 */
public record ScenarioResult(Formation formation, Councils councils, Projects projects, Fund fund) {
  /**
   * Creates a result.
   *
   * @param formation the building groups formed
   * @param councils the council elections
   * @param projects the projects
   * @param fund the fund's year
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the funded projects' cost is not the money granted plus
   *     the money crowdfunded
   */
  public ScenarioResult {
    checkNotNull(formation, "formation");
    checkNotNull(councils, "councils");
    checkNotNull(projects, "projects");
    checkNotNull(fund, "fund");
    checkArgument(
        projects.fundedCostTotal().equals(fund.granted().plus(fund.crowdfunded())),
        "funded cost %s is not granted %s plus crowdfunded %s",
        projects.fundedCostTotal(),
        fund.granted(),
        fund.crowdfunded());
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
   * Projects proposed, recommended by the panel and funded, by category and by layer of the
   * concentric circles (community-wide projects are {@link Layer#CORE}, building-group projects
   * {@link Layer#MIDDLE}, single-building projects {@link Layer#OUTER}). Only recommended projects
   * compete for the budget. The maps hold every category and every layer (zero when there is no
   * project); the figures by layer add up to the figures by category.
   *
   * @param proposed projects proposed per category
   * @param recommended projects the panel recommended per category
   * @param funded projects funded per category
   * @param fundedCost the full cost of the funded projects per category (granted plus crowdfunded)
   * @param proposedByLayer projects proposed per layer
   * @param recommendedByLayer projects recommended per layer
   * @param fundedByLayer projects funded per layer
   * @param fundedCostByLayer the full cost of the funded projects per layer
   * @param voters households that voted with at least one approval
   */
  public record Projects(
      ImmutableSortedMap<Category, Integer> proposed,
      ImmutableSortedMap<Category, Integer> recommended,
      ImmutableSortedMap<Category, Integer> funded,
      ImmutableSortedMap<Category, Amount> fundedCost,
      ImmutableSortedMap<Layer, Integer> proposedByLayer,
      ImmutableSortedMap<Layer, Integer> recommendedByLayer,
      ImmutableSortedMap<Layer, Integer> fundedByLayer,
      ImmutableSortedMap<Layer, Amount> fundedCostByLayer,
      int voters) {
    /**
     * Creates the figures.
     *
     * @param proposed projects proposed per category
     * @param recommended projects recommended per category
     * @param funded projects funded per category
     * @param fundedCost the funded projects' cost per category
     * @param proposedByLayer projects proposed per layer
     * @param recommendedByLayer projects recommended per layer
     * @param fundedByLayer projects funded per layer
     * @param fundedCostByLayer the funded projects' cost per layer
     * @param voters households that voted, not negative
     * @throws NullPointerException if an argument, key or value is null
     * @throws IllegalArgumentException if a count or cost is negative; if more projects are
     *     funded than recommended or recommended than proposed in a category or layer; if a
     *     category or layer has a cost but no funded project; or if a total by layer differs from
     *     the total by category
     */
    public Projects {
      proposed = ImmutableSortedMap.copyOf(checkNotNull(proposed, "proposed"));
      recommended = ImmutableSortedMap.copyOf(checkNotNull(recommended, "recommended"));
      funded = ImmutableSortedMap.copyOf(checkNotNull(funded, "funded"));
      fundedCost = ImmutableSortedMap.copyOf(checkNotNull(fundedCost, "fundedCost"));
      proposedByLayer = ImmutableSortedMap.copyOf(checkNotNull(proposedByLayer, "proposedByLayer"));
      recommendedByLayer =
          ImmutableSortedMap.copyOf(checkNotNull(recommendedByLayer, "recommendedByLayer"));
      fundedByLayer = ImmutableSortedMap.copyOf(checkNotNull(fundedByLayer, "fundedByLayer"));
      fundedCostByLayer =
          ImmutableSortedMap.copyOf(checkNotNull(fundedCostByLayer, "fundedCostByLayer"));
      checkArgument(voters >= 0, "voters must not be negative: %s", voters);
      for (Category category : Category.values()) {
        checkFunnel(category, proposed, recommended, funded, fundedCost);
      }
      for (Layer layer : Layer.values()) {
        checkFunnel(layer, proposedByLayer, recommendedByLayer, fundedByLayer, fundedCostByLayer);
      }
      checkTotals("proposed", count(proposed), count(proposedByLayer));
      checkTotals("recommended", count(recommended), count(recommendedByLayer));
      checkTotals("funded", count(funded), count(fundedByLayer));
      checkArgument(
          Amount.sum(fundedCost.values()).equals(Amount.sum(fundedCostByLayer.values())),
          "funded cost by category %s differs from funded cost by layer %s",
          Amount.sum(fundedCost.values()),
          Amount.sum(fundedCostByLayer.values()));
    }

    private static <K> void checkFunnel(
        K key,
        Map<K, Integer> proposed,
        Map<K, Integer> recommended,
        Map<K, Integer> funded,
        Map<K, Amount> fundedCost) {
      int p = proposed.getOrDefault(key, 0);
      int r = recommended.getOrDefault(key, 0);
      int f = funded.getOrDefault(key, 0);
      Amount cost = fundedCost.getOrDefault(key, Amount.ZERO);
      checkArgument(
          0 <= f && f <= r && r <= p,
          "%s projects: 0 ≤ funded ≤ recommended ≤ proposed fails: %s, %s, %s",
          key,
          f,
          r,
          p);
      checkArgument(
          !cost.isNegative() && (f > 0 || cost.isZero()),
          "%s projects: funded cost %s needs a funded project (%s funded)",
          key,
          cost,
          f);
    }

    private static void checkTotals(String what, long byCategory, long byLayer) {
      checkArgument(
          byCategory == byLayer,
          "projects %s: %s by category but %s by layer",
          what,
          byCategory,
          byLayer);
    }

    private static long count(Map<?, Integer> counts) {
      return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * Projects proposed in all categories.
     *
     * @return the total
     */
    public int proposedTotal() {
      return (int) count(proposed);
    }

    /**
     * Projects recommended in all categories.
     *
     * @return the total
     */
    public int recommendedTotal() {
      return (int) count(recommended);
    }

    /**
     * Projects funded in all categories.
     *
     * @return the total
     */
    public int fundedTotal() {
      return (int) count(funded);
    }

    /**
     * The full cost of the funded projects in all categories: the fund's grants plus the
     * residents' crowdfunding.
     *
     * @return the total
     */
    public Amount fundedCostTotal() {
      return Amount.sum(fundedCost.values());
    }
  }

  /**
   * The fund's year: money granted from the budget, crowdfunded by residents, paid and spent by
   * the end of the year, and whether the year meets the annual spending rule. See {@link
   * FundModel} for the model behind the figures.
   *
   * <p>The spending rule is the Charity Law's (《慈善法》(2023年修正) 第六十一条; 《关于慈善组织开展慈善活动年度支出和管理费用的规定》(2016)
   * 第四条; thresholds in {@link io.github.tongxin.governance.fund.ComplianceRules}), with the
   * year's own income in place of the previous year's: {@code 100 × spent ≥ minSpendingPercent ×
   * income}, compared exactly in fen.
   *
   * <pre>{@code
   * Fund year = new Fund(Amount.ofYuan(1_000_000), Amount.ofYuan(900_000), Amount.ZERO,
   *     Amount.ofYuan(700_000), Amount.ofYuan(700_000), 70);
   * year.meetsSpendingRule(); // true: exactly 70% of 1,000,000.00
   * }</pre>
   *
   * @param budget the fund's budget for the projects, the year's income before crowdfunding
   * @param granted money granted from the budget to the funded projects (their charged cost)
   * @param crowdfunded money residents pledged to the funded projects, collected as restricted
   *     income
   * @param paid grant money paid out by the end of the year
   * @param spent charitable spending of the year: grant money paid plus crowdfunded money spent
   * @param minSpendingPercent the spending rule's threshold, a percentage of the year's income
   */
  public record Fund(
      Amount budget, Amount granted, Amount crowdfunded, Amount paid, Amount spent, int minSpendingPercent) {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /**
     * Creates the figures.
     *
     * @param budget the budget, positive
     * @param granted money granted, 0..budget
     * @param crowdfunded money crowdfunded, not negative
     * @param paid grant money paid, 0..granted
     * @param spent spending, from {@code paid} to {@code paid + crowdfunded}
     * @param minSpendingPercent 0..100
     * @throws NullPointerException if an amount is null
     * @throws IllegalArgumentException if a figure is out of its range
     */
    public Fund {
      checkNotNull(budget, "budget");
      checkNotNull(granted, "granted");
      checkNotNull(crowdfunded, "crowdfunded");
      checkNotNull(paid, "paid");
      checkNotNull(spent, "spent");
      checkArgument(budget.isPositive(), "budget must be positive: %s", budget);
      checkArgument(
          !granted.isNegative() && granted.compareTo(budget) <= 0,
          "granted must be 0..budget %s: %s",
          budget,
          granted);
      checkArgument(!crowdfunded.isNegative(), "crowdfunded must not be negative: %s", crowdfunded);
      checkArgument(
          !paid.isNegative() && paid.compareTo(granted) <= 0,
          "paid must be 0..granted %s: %s",
          granted,
          paid);
      checkArgument(
          spent.compareTo(paid) >= 0 && spent.compareTo(paid.plus(crowdfunded)) <= 0,
          "spent must be paid %s up to paid plus crowdfunded %s: %s",
          paid,
          paid.plus(crowdfunded),
          spent);
      checkArgument(
          minSpendingPercent >= 0 && minSpendingPercent <= 100,
          "minSpendingPercent must be 0..100: %s",
          minSpendingPercent);
    }

    /**
     * The grant money not yet paid: commitments carried into the next year.
     *
     * @return {@code granted − paid}
     */
    public Amount remaining() {
      return granted.minus(paid);
    }

    /**
     * The crowdfunded money spent by the end of the year.
     *
     * @return {@code spent − paid}
     */
    public Amount crowdfundedSpent() {
      return spent.minus(paid);
    }

    /**
     * The year's income: the budget plus the crowdfunding collected.
     *
     * @return {@code budget + crowdfunded}
     */
    public Amount income() {
      return budget.plus(crowdfunded);
    }

    /**
     * Whether the year's spending is at least {@link #minSpendingPercent()} of its income.
     *
     * @return {@code true} if {@code 100 × spent ≥ minSpendingPercent × income}
     */
    public boolean meetsSpendingRule() {
      return BigInteger.valueOf(spent.fen())
              .multiply(HUNDRED)
              .compareTo(BigInteger.valueOf(minSpendingPercent).multiply(BigInteger.valueOf(income().fen())))
          >= 0;
    }
  }

  /**
   * The result's figures by metric name, in a fixed order: the rows of a tidy table. Amounts are
   * in yuan ({@code _yuan}); the per-layer metrics end in the layer's English name ({@code _core},
   * {@code _middle}, {@code _outer}); {@code spending_rule_met} is 1 or 0.
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
    metrics.put("granted_yuan", yuan(fund.granted()));
    metrics.put("voters", (double) projects.voters());
    for (Layer layer : Layer.values()) {
      String suffix = "_" + layer.englishName();
      metrics.put("projects_proposed" + suffix, (double) projects.proposedByLayer().getOrDefault(layer, 0));
      metrics.put("projects_recommended" + suffix, (double) projects.recommendedByLayer().getOrDefault(layer, 0));
      metrics.put("projects_funded" + suffix, (double) projects.fundedByLayer().getOrDefault(layer, 0));
      metrics.put("funded_cost_yuan" + suffix, yuan(projects.fundedCostByLayer().getOrDefault(layer, Amount.ZERO)));
    }
    metrics.put("funded_cost_yuan", yuan(projects.fundedCostTotal()));
    metrics.put("crowdfunded_yuan", yuan(fund.crowdfunded()));
    metrics.put("paid_yuan", yuan(fund.paid()));
    metrics.put("spent_yuan", yuan(fund.spent()));
    metrics.put("remaining_yuan", yuan(fund.remaining()));
    metrics.put("income_yuan", yuan(fund.income()));
    metrics.put("spending_share", (double) fund.spent().fen() / fund.income().fen());
    metrics.put("spending_rule_met", fund.meetsSpendingRule() ? 1.0 : 0.0);
    return metrics.buildOrThrow();
  }

  private static double yuan(Amount amount) {
    return amount.fen() / 100.0;
  }
}
