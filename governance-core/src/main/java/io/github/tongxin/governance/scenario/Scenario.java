package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.budgeting.BudgetRules;
import io.github.tongxin.governance.community.FormationBounds;
import io.github.tongxin.governance.community.GroupFormation;
import io.github.tongxin.governance.community.GroupPartition;
import io.github.tongxin.governance.community.Jiading;
import io.github.tongxin.governance.community.SitePlan;
import io.github.tongxin.governance.community.ZoneGenerator;
import io.github.tongxin.governance.election.ElectionRules;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.PanelRules;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.random.RandomGenerator;
import org.immutables.value.Value;

/**
 * A what-if scenario: a zone's site plans, the parameters of every capability it exercises, and
 * a seed. {@link #run()} is a pure function of the scenario: the same scenario always gives the
 * same {@link ScenarioResult}. Change a parameter with a {@code with…} method; every default is
 * documented on its attribute. Immutable and thread-safe; value-based.
 *
 * <p>One run forms the building groups of every community ({@link GroupFormation} with {@link
 * #bounds()}); elects each group's council with {@link #electionRules()}'s turnout and election
 * thresholds, drawing each group's turnout from {@link #turnout()} and each candidate's share of
 * the votes from {@link #approval()} (two candidates for the leader's seat, seven for the five
 * members' seats, within the statutory margins); lets each community, each group and each
 * building propose projects in the three layers of the circles, scored by the panel by {@link
 * #panelScore()} and kept if {@link #panelRules()} recommend them, and lets the households vote,
 * all by {@link #proposals()}; lowers each recommended project's cost by the residents'
 * crowdfunding and funds the projects at their charged cost with the budgeting rule {@link
 * #budgetRule()} and {@link #budget()}; and pays the grants as far as the projects are done by the
 * end of the year, checked against the annual spending rule, all by {@link #fund()}. The
 * elections, the proposals, the votes, the crowdfunding and the completion each draw from their
 * own stream split off the run's stream, so two scenarios that differ in one model and run with
 * the same seed share every other draw (common random numbers).
 *
 * <pre>{@code
 * Scenario base = Scenario.jiading();
 * ScenarioResult result = base.withTurnout(base.turnout().scaledBy(0.8)).run();
 * result.councils().turnoutFailures();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Scenario {
  Scenario() {}

  /**
   * A builder; {@code sitePlans} is required, every other attribute has its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Jiading scenario: the site plans of the synthetic Jiading Industrial Zone (14
   * communities, 774 buildings, 24,300 households; {@link Jiading#syntheticZone()}, generated once
   * per JVM) and every default.
   *
   * @return the scenario
   */
  public static Scenario jiading() {
    return JiadingPlans.SCENARIO;
  }

  /**
   * A scenario on a generated zone of the given size ({@link ZoneGenerator#sitePlans}), every
   * other attribute at its default.
   *
   * <pre>{@code
   * Scenario city = Scenario.generated(60, 3_000, 90_000, 7); // 60 communities, 90,000 households
   * }</pre>
   *
   * @param communities communities, at least 1
   * @param buildings buildings, at least one per community
   * @param households households, at least one per building
   * @param seed the seed of the layout (and of the scenario)
   * @return the scenario
   * @throws IllegalArgumentException if a size breaks {@link ZoneGenerator#sitePlans}' conditions
   */
  public static Scenario generated(int communities, int buildings, long households, long seed) {
    return builder()
        .addAllSitePlans(
            ZoneGenerator.sitePlans(communities, buildings, households, new java.util.SplittableRandom(seed)))
        .seed(seed)
        .build();
  }

  private static final class JiadingPlans {
    static final Scenario SCENARIO =
        builder().addAllSitePlans(Jiading.syntheticZone().sitePlans().values()).build();
  }

  /**
   * The communities' site plans: buildings, households and neighbours.
   *
   * @return at least one plan
   */
  public abstract ImmutableList<SitePlan> sitePlans();

  /**
   * The target and bounds of a building group.
   *
   * @return default {@link FormationBounds#STANDARD} (200, 150–250)
   */
  @Value.Default
  public FormationBounds bounds() {
    return FormationBounds.STANDARD;
  }

  /**
   * Voters per 100 households in the council elections.
   *
   * @return default 250 (Jiading: 76,000 people in 24,300 households, about 80% adults)
   */
  @Value.Default
  public int votersPerHundredHouseholds() {
    return 250;
  }

  /**
   * The statutory thresholds of the council elections.
   *
   * @return default {@link ElectionRules#defaults()}
   */
  @Value.Default
  public ElectionRules electionRules() {
    return ElectionRules.defaults();
  }

  /**
   * Each group's turnout in its council election.
   *
   * @return default mean 0.75, concentration 20
   */
  @Value.Default
  public BetaModel turnout() {
    return BetaModel.of(0.75, 20);
  }

  /**
   * Each candidate's share of "for" votes among those who voted.
   *
   * @return default mean 0.6, concentration 8
   */
  @Value.Default
  public BetaModel approval() {
    return BetaModel.of(0.6, 8);
  }

  /**
   * How projects are proposed and voted on.
   *
   * @return default {@link ProposalModel#standard()}
   */
  @Value.Default
  public ProposalModel proposals() {
    return ProposalModel.standard();
  }

  /**
   * Each proposal's panel score as a share of 10 (the trimmed mean of its evaluators).
   *
   * @return default mean 0.68, concentration 12 (about four in five proposals reach 6.00)
   */
  @Value.Default
  public BetaModel panelScore() {
    return BetaModel.of(0.68, 12);
  }

  /**
   * The panel's rules; their recommendation threshold decides which proposals compete for the
   * budget.
   *
   * @return default {@link PanelRules#standard()} (recommended at 6.00)
   */
  @Value.Default
  public PanelRules panelRules() {
    return PanelRules.standard();
  }

  /**
   * The participatory-budgeting rule, by its pabutools id ({@link BudgetRules#ids()}).
   *
   * @return default {@code "greedy_cost_sat"}
   */
  @Value.Default
  public String budgetRule() {
    return "greedy_cost_sat";
  }

  /**
   * The public-welfare fund's budget for the projects.
   *
   * @return default 1,060,000.00 yuan
   */
  @Value.Default
  public Amount budget() {
    return Amount.ofYuan(1_060_000);
  }

  /**
   * How the fund pays for the projects: residents' crowdfunding, completion by the end of the
   * year, and the annual spending rule.
   *
   * @return default {@link FundModel#standard()}
   */
  @Value.Default
  public FundModel fund() {
    return FundModel.standard();
  }

  /**
   * The seed of {@link #run()}.
   *
   * @return default {@link Jiading#DEFAULT_SEED}
   */
  @Value.Default
  public long seed() {
    return Jiading.DEFAULT_SEED;
  }

  /**
   * The building groups of each community. Formation is deterministic, so the partitions are
   * memoised per list of site plans and bounds: the copies a sweep makes with {@code with…}
   * share them.
   *
   * @return one partition per site plan
   */
  public ImmutableList<GroupPartition> partitions() {
    return PARTITIONS
        .getUnchecked(sitePlans())
        .computeIfAbsent(
            bounds(),
            b -> {
              GroupFormation formation = GroupFormation.of(b);
              return sitePlans().stream()
                  .map(formation::partition)
                  .collect(ImmutableList.toImmutableList());
            });
  }

  /** Partitions by site-plan list (by identity, weakly held) and bounds. */
  private static final LoadingCache<
          ImmutableList<SitePlan>, ConcurrentMap<FormationBounds, ImmutableList<GroupPartition>>>
      PARTITIONS =
          CacheBuilder.newBuilder()
              .weakKeys()
              .build(CacheLoader.from(plans -> new ConcurrentHashMap<>()));

  @Value.Check
  void check() {
    checkArgument(!sitePlans().isEmpty(), "sitePlans must not be empty");
    checkArgument(
        BudgetRules.byId(budgetRule()).isPresent(),
        "budgetRule is not a budgeting rule id: '%s'",
        budgetRule());
    checkArgument(
        votersPerHundredHouseholds() >= 1 && votersPerHundredHouseholds() <= 1_000,
        "votersPerHundredHouseholds must be 1..1000: %s",
        votersPerHundredHouseholds());
    checkArgument(budget().isPositive(), "budget must be positive: %s", budget());
  }

  /**
   * Runs the scenario with the random stream of its own seed.
   *
   * @return the result
   */
  public ScenarioResult run() {
    return run(Draws.forRun(seed(), 0));
  }

  /**
   * Runs the scenario with a given random stream (as {@link Sweep} does).
   *
   * @param random the run's random stream
   * @return the result
   */
  public ScenarioResult run(RandomGenerator random) {
    return ScenarioRun.run(this, random);
  }

  /**
   * A copy with other group bounds.
   *
   * @param value the bounds
   * @return the copy
   */
  public abstract Scenario withBounds(FormationBounds value);

  /**
   * A copy with another number of voters per 100 households.
   *
   * @param value voters per 100 households, 1..1000
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract Scenario withVotersPerHundredHouseholds(int value);

  /**
   * A copy with other election rules.
   *
   * @param value the rules
   * @return the copy
   */
  public abstract Scenario withElectionRules(ElectionRules value);

  /**
   * A copy with another turnout model.
   *
   * @param value the model
   * @return the copy
   */
  public abstract Scenario withTurnout(BetaModel value);

  /**
   * A copy with another approval model.
   *
   * @param value the model
   * @return the copy
   */
  public abstract Scenario withApproval(BetaModel value);

  /**
   * A copy with another proposal model.
   *
   * @param value the model
   * @return the copy
   */
  public abstract Scenario withProposals(ProposalModel value);

  /**
   * A copy with another panel-score model.
   *
   * @param value the model
   * @return the copy
   */
  public abstract Scenario withPanelScore(BetaModel value);

  /**
   * A copy with other panel rules.
   *
   * @param value the rules
   * @return the copy
   */
  public abstract Scenario withPanelRules(PanelRules value);

  /**
   * A copy with another budgeting rule.
   *
   * @param value the rule id
   * @return the copy
   * @throws IllegalArgumentException if the id is not a budgeting rule
   */
  public abstract Scenario withBudgetRule(String value);

  /**
   * A copy with another budget.
   *
   * @param value the budget, positive
   * @return the copy
   */
  public abstract Scenario withBudget(Amount value);

  /**
   * A copy with another fund model.
   *
   * @param value the model
   * @return the copy
   */
  public abstract Scenario withFund(FundModel value);

  /**
   * A copy with another seed.
   *
   * @param value the seed
   * @return the copy
   */
  public abstract Scenario withSeed(long value);

  /**
   * Builds a {@link Scenario}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableScenario.Builder {
    Builder() {}
  }
}
