package io.github.tongxin.governance.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.budgeting.BudgetBallot;
import io.github.tongxin.governance.budgeting.BudgetInstance;
import io.github.tongxin.governance.budgeting.BudgetOutcome;
import io.github.tongxin.governance.budgeting.BudgetProfile;
import io.github.tongxin.governance.budgeting.BudgetProject;
import io.github.tongxin.governance.budgeting.BudgetRules;
import io.github.tongxin.governance.budgeting.ProjectId;
import io.github.tongxin.governance.budgeting.TieBreaking;
import io.github.tongxin.governance.budgeting.VoteType;
import io.github.tongxin.governance.community.BuildingId;
import io.github.tongxin.governance.community.FormedGroup;
import io.github.tongxin.governance.community.GroupPartition;
import io.github.tongxin.governance.community.Layer;
import io.github.tongxin.governance.community.SitePlan;
import io.github.tongxin.governance.election.Threshold;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.PanelScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** One run of a scenario; see {@link Scenario} for what it simulates. */
final class ScenarioRun {
  private static final int LEADER_SEATS = 1;
  private static final int MEMBER_SEATS = 5;
  private static final int LEADER_CANDIDATES = 2;
  private static final int MEMBER_CANDIDATES = 7;

  private ScenarioRun() {}

  /**
   * One proposal: where it comes from (group and building are indices within the community and
   * the group, -1 when the layer has none), its draws, and the pledge and completion the fund
   * model drew for it.
   */
  private record Proposal(
      ProjectId id,
      Layer layer,
      int community,
      int group,
      int building,
      Category category,
      long yuan,
      boolean recommended,
      long pledgedYuan,
      double completion) {
    long chargedYuan() {
      return yuan - pledgedYuan;
    }
  }

  /** The streams of the proposal model and the fund model, and what they need to draw. */
  private static final class Proposer {
    private static final Category[] CATEGORIES = Category.values();
    private final Scenario scenario;
    private final RandomGenerator projects;
    private final RandomGenerator crowdfunding;
    private final RandomGenerator completion;
    private final List<Proposal> proposals = new ArrayList<>();

    Proposer(
        Scenario scenario, RandomGenerator projects, RandomGenerator crowdfunding, RandomGenerator completion) {
      this.scenario = scenario;
      this.projects = projects;
      this.crowdfunding = crowdfunding;
      this.completion = completion;
    }

    /** Draws a proposal's cost, category and panel score, and its pledge and completion. */
    void propose(String id, Layer layer, int community, int group, int building) {
      ProposalModel model = scenario.proposals();
      long min = model.minimumCost(layer).fen() / 100;
      long max = model.maximumCost(layer).fen() / 100;
      long yuan = min + projects.nextLong(max - min + 1);
      Category category = CATEGORIES[projects.nextInt(CATEGORIES.length)];
      // The panel's trimmed mean, on 0–10 in hundredths, against the recommendation.
      long score = Math.round(1_000 * scenario.panelScore().draw(projects));
      PanelScore threshold = scenario.panelRules().recommendation();
      boolean recommended = score * threshold.denominator() >= 100 * threshold.numerator();
      // Drawn for every proposal, so that the panel or the rule never shifts another's draws.
      long pledged = (long) Math.floor(yuan * scenario.fund().crowdfunding().draw(crowdfunding));
      double done = scenario.fund().completion().draw(completion);
      proposals.add(
          new Proposal(ProjectId.of(id), layer, community, group, building, category, yuan, recommended, pledged, done));
    }
  }

  static ScenarioResult run(Scenario scenario, RandomGenerator random) {
    // One stream per behaviour model: changing one model leaves the others' draws unchanged.
    RandomGenerator elections = new SplittableRandom(random.nextLong());
    RandomGenerator projects = new SplittableRandom(random.nextLong());
    RandomGenerator votes = new SplittableRandom(random.nextLong());
    RandomGenerator crowdfunding = new SplittableRandom(random.nextLong());
    RandomGenerator completion = new SplittableRandom(random.nextLong());
    ImmutableList<GroupPartition> partitions = scenario.partitions();
    int groups = 0;
    int withinBounds = 0;
    long households = 0;
    int turnoutFailures = 0;
    int complete = 0;
    int seatsFilled = 0;
    long registered = 0;
    long votedTotal = 0;
    Threshold turnoutThreshold = scenario.electionRules().turnoutThreshold();
    Threshold electionThreshold = scenario.electionRules().electionThreshold();
    Proposer proposer = new Proposer(scenario, projects, crowdfunding, completion);
    ProposalModel model = scenario.proposals();
    for (int c = 0; c < partitions.size(); c++) {
      int communityProjects = Draws.poisson(projects, model.communityProjectsPerCommunity());
      for (int p = 0; p < communityProjects; p++) {
        proposer.propose(String.format("C%02d-P%d", c + 1, p + 1), Layer.CORE, c, -1, -1);
      }
      ImmutableList<FormedGroup> formed = partitions.get(c).groups();
      for (int g = 0; g < formed.size(); g++) {
        FormedGroup group = formed.get(g);
        groups++;
        households += group.households();
        if (scenario.bounds().contains(group.households())) {
          withinBounds++;
        }
        long voters = group.households() * scenario.votersPerHundredHouseholds() / 100;
        long voted = Math.round(voters * scenario.turnout().draw(elections));
        registered += voters;
        votedTotal += voted;
        if (!turnoutThreshold.isMetBy(voted, voters)) {
          turnoutFailures++;
        } else {
          int filled =
              contest(LEADER_SEATS, LEADER_CANDIDATES, voted, electionThreshold, scenario.approval(), elections)
                  + contest(MEMBER_SEATS, MEMBER_CANDIDATES, voted, electionThreshold, scenario.approval(), elections);
          seatsFilled += filled;
          if (filled == LEADER_SEATS + MEMBER_SEATS) {
            complete++;
          }
        }
        int count = Draws.poisson(projects, model.proposalsPerGroup());
        for (int p = 0; p < count; p++) {
          proposer.propose(String.format("C%02d-G%03d-P%d", c + 1, g + 1, p + 1), Layer.MIDDLE, c, g, -1);
        }
        int buildingProjects = Draws.poisson(projects, model.buildingProjectsPerGroup());
        for (int p = 0; p < buildingProjects; p++) {
          int building = projects.nextInt(group.buildings().size());
          proposer.propose(String.format("C%02d-G%03d-B%d", c + 1, g + 1, p + 1), Layer.OUTER, c, g, building);
        }
      }
    }
    ScenarioResult.Formation formation = new ScenarioResult.Formation(groups, withinBounds, households);
    ScenarioResult.Councils councils =
        new ScenarioResult.Councils(groups, turnoutFailures, complete, seatsFilled, groups * (LEADER_SEATS + MEMBER_SEATS), registered, votedTotal);
    return fund(scenario, partitions, proposer.proposals, votes, formation, councils);
  }

  /** Seats filled in one contest: candidates over the threshold, most votes first; a tie at the last seat leaves it open. */
  private static int contest(
      int seats, int candidates, long voted, Threshold threshold, BetaModel approval, RandomGenerator random) {
    List<Long> passing = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      long votes = Math.round(voted * approval.draw(random));
      if (threshold.isMetBy(votes, voted)) {
        passing.add(votes);
      }
    }
    if (passing.size() <= seats) {
      return passing.size();
    }
    passing.sort((a, b) -> Long.compare(b, a));
    int filled = seats;
    long cutOff = passing.get(seats - 1);
    if (passing.get(seats).equals(cutOff)) {
      filled = (int) passing.subList(0, seats).stream().filter(v -> v > cutOff).count();
    }
    return filled;
  }

  private static ScenarioResult fund(
      Scenario scenario,
      List<GroupPartition> partitions,
      List<Proposal> proposals,
      RandomGenerator random,
      ScenarioResult.Formation formation,
      ScenarioResult.Councils councils) {
    ProposalModel model = scenario.proposals();
    Map<Integer, List<Proposal>> byCommunity = new HashMap<>();
    for (Proposal proposal : proposals) {
      if (proposal.recommended()) {
        byCommunity.computeIfAbsent(proposal.community(), k -> new ArrayList<>()).add(proposal);
      }
    }
    List<BudgetBallot> ballots = new ArrayList<>();
    for (int c = 0; c < partitions.size(); c++) {
      List<Proposal> local = byCommunity.getOrDefault(c, List.of());
      ImmutableList<FormedGroup> formed = partitions.get(c).groups();
      SitePlan plan = scenario.sitePlans().get(c);
      // Households with the same approvals share one ballot value: profiles hold thousands.
      Map<List<ProjectId>, BudgetBallot> shared = new HashMap<>();
      for (int g = 0; g < formed.size(); g++) {
        ImmutableList<BuildingId> buildings = formed.get(g).buildings().asList();
        for (int b = 0; b < buildings.size(); b++) {
          int residents = plan.households(buildings.get(b));
          for (int h = 0; h < residents; h++) {
            if (random.nextDouble() >= model.participation()) {
              continue;
            }
            List<ProjectId> approved = new ArrayList<>();
            for (Proposal proposal : local) {
              double p;
              if (proposal.layer() == Layer.CORE) {
                p = model.communityWideApproval();
              } else if (proposal.layer() == Layer.MIDDLE) {
                p = proposal.group() == g ? model.ownGroupApproval() : model.communityApproval();
              } else if (proposal.group() == g && proposal.building() == b) {
                p = model.buildingApproval();
              } else {
                continue; // only the building's own households vote on a building's project
              }
              if (random.nextDouble() < p) {
                approved.add(proposal.id());
              }
            }
            if (!approved.isEmpty()) {
              ballots.add(
                  shared.computeIfAbsent(
                      approved, a -> BudgetBallot.of("voters approving " + a, a)));
            }
          }
        }
      }
    }
    Map<Category, Integer> proposed = zeros(Category.class, 0);
    Map<Category, Integer> recommended = zeros(Category.class, 0);
    Map<Category, Integer> funded = zeros(Category.class, 0);
    Map<Category, Amount> fundedCost = zeros(Category.class, Amount.ZERO);
    Map<Layer, Integer> proposedByLayer = zeros(Layer.class, 0);
    Map<Layer, Integer> recommendedByLayer = zeros(Layer.class, 0);
    Map<Layer, Integer> fundedByLayer = zeros(Layer.class, 0);
    Map<Layer, Amount> fundedCostByLayer = zeros(Layer.class, Amount.ZERO);
    Map<ProjectId, Proposal> byId = new HashMap<>();
    List<BudgetProject> projects = new ArrayList<>();
    for (Proposal proposal : proposals) {
      proposed.merge(proposal.category(), 1, Integer::sum);
      proposedByLayer.merge(proposal.layer(), 1, Integer::sum);
      if (!proposal.recommended()) {
        continue;
      }
      recommended.merge(proposal.category(), 1, Integer::sum);
      recommendedByLayer.merge(proposal.layer(), 1, Integer::sum);
      byId.put(proposal.id(), proposal);
      // The fund is charged the cost less the residents' pledge (as GroupBudget does).
      projects.add(BudgetProject.builder().id(proposal.id()).cost(BigDecimal.valueOf(proposal.chargedYuan())).build());
    }
    Amount granted = Amount.ZERO;
    Amount crowdfunded = Amount.ZERO;
    Amount paid = Amount.ZERO;
    Amount spent = Amount.ZERO;
    if (!projects.isEmpty()) {
      BudgetInstance instance =
          BudgetInstance.of(BigDecimal.valueOf(scenario.budget().fen()).movePointLeft(2), projects, Map.of());
      Decision<BudgetOutcome> outcome =
          BudgetRules.byId(scenario.budgetRule())
              .orElseThrow()
              .apply(instance, BudgetProfile.of(VoteType.APPROVAL, ballots), TieBreaking.LEXICOGRAPHIC);
      for (ProjectId id : outcome.valueOrThrow().selectionOrder()) {
        Proposal proposal = byId.get(id);
        Amount cost = Amount.ofYuan(proposal.yuan());
        Amount grant = Amount.ofYuan(proposal.chargedYuan());
        Amount pledge = Amount.ofYuan(proposal.pledgedYuan());
        funded.merge(proposal.category(), 1, Integer::sum);
        fundedByLayer.merge(proposal.layer(), 1, Integer::sum);
        fundedCost.merge(proposal.category(), cost, Amount::plus);
        fundedCostByLayer.merge(proposal.layer(), cost, Amount::plus);
        granted = granted.plus(grant);
        crowdfunded = crowdfunded.plus(pledge);
        // The share of the work done, of the grant and of the pledge, rounded down to the fen.
        Amount grantPaid = share(grant, proposal.completion());
        paid = paid.plus(grantPaid);
        spent = spent.plus(grantPaid).plus(share(pledge, proposal.completion()));
      }
    }
    ScenarioResult.Projects figures =
        new ScenarioResult.Projects(
            ImmutableSortedMap.copyOf(proposed),
            ImmutableSortedMap.copyOf(recommended),
            ImmutableSortedMap.copyOf(funded),
            ImmutableSortedMap.copyOf(fundedCost),
            ImmutableSortedMap.copyOf(proposedByLayer),
            ImmutableSortedMap.copyOf(recommendedByLayer),
            ImmutableSortedMap.copyOf(fundedByLayer),
            ImmutableSortedMap.copyOf(fundedCostByLayer),
            ballots.size());
    ScenarioResult.Fund fund =
        new ScenarioResult.Fund(
            scenario.budget(), granted, crowdfunded, paid, spent, scenario.fund().rules().minSpendingPercent());
    return new ScenarioResult(formation, councils, figures, fund);
  }

  /** {@code share} of an amount, rounded down to the fen; {@code share} in [0, 1]. */
  private static Amount share(Amount amount, double share) {
    return Amount.ofFen((long) Math.floor(amount.fen() * share));
  }

  private static <K extends Enum<K>, V> Map<K, V> zeros(Class<K> keys, V zero) {
    Map<K, V> map = new EnumMap<>(keys);
    for (K key : keys.getEnumConstants()) {
      map.put(key, zero);
    }
    return map;
  }
}
