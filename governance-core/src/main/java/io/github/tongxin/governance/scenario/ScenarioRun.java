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
import io.github.tongxin.governance.community.FormedGroup;
import io.github.tongxin.governance.community.GroupPartition;
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

  private record Proposal(
      ProjectId id, int community, int group, Category category, long yuan, boolean recommended) {}

  static ScenarioResult run(Scenario scenario, RandomGenerator random) {
    // One stream per behaviour model: changing one model leaves the others' draws unchanged.
    RandomGenerator elections = new SplittableRandom(random.nextLong());
    RandomGenerator projects = new SplittableRandom(random.nextLong());
    RandomGenerator votes = new SplittableRandom(random.nextLong());
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
    List<Proposal> proposals = new ArrayList<>();
    ProposalModel model = scenario.proposals();
    Category[] categories = Category.values();
    for (int c = 0; c < partitions.size(); c++) {
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
          long min = model.minimumCost().fen() / 100;
          long max = model.maximumCost().fen() / 100;
          long yuan = min + projects.nextLong(max - min + 1);
          String id = String.format("C%02d-G%03d-P%d", c + 1, g + 1, p + 1);
          Category category = categories[projects.nextInt(categories.length)];
          // The panel's trimmed mean, on 0–10 in hundredths, against the recommendation.
          long score = Math.round(1_000 * scenario.panelScore().draw(projects));
          PanelScore threshold = scenario.panelRules().recommendation();
          boolean recommended = score * threshold.denominator() >= 100 * threshold.numerator();
          proposals.add(new Proposal(ProjectId.of(id), c, g, category, yuan, recommended));
        }
      }
    }
    ScenarioResult.Formation formation = new ScenarioResult.Formation(groups, withinBounds, households);
    ScenarioResult.Councils councils =
        new ScenarioResult.Councils(groups, turnoutFailures, complete, seatsFilled, groups * (LEADER_SEATS + MEMBER_SEATS), registered, votedTotal);
    return new ScenarioResult(formation, councils, fund(scenario, partitions, proposals, votes));
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

  private static ScenarioResult.Projects fund(
      Scenario scenario, List<GroupPartition> partitions, List<Proposal> proposals, RandomGenerator random) {
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
      // Households with the same approvals share one ballot value: profiles hold thousands.
      Map<List<ProjectId>, BudgetBallot> shared = new HashMap<>();
      for (int g = 0; g < formed.size(); g++) {
        for (long h = 0; h < formed.get(g).households(); h++) {
          if (random.nextDouble() >= model.participation()) {
            continue;
          }
          List<ProjectId> approved = new ArrayList<>();
          for (Proposal proposal : local) {
            double p = proposal.group() == g ? model.ownGroupApproval() : model.communityApproval();
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
    Map<Category, Integer> proposed = new EnumMap<>(Category.class);
    Map<Category, Integer> recommended = new EnumMap<>(Category.class);
    Map<Category, Integer> funded = new EnumMap<>(Category.class);
    Map<Category, Amount> fundedCost = new EnumMap<>(Category.class);
    Map<ProjectId, Proposal> byId = new HashMap<>();
    List<BudgetProject> projects = new ArrayList<>();
    for (Proposal proposal : proposals) {
      proposed.merge(proposal.category(), 1, Integer::sum);
      if (!proposal.recommended()) {
        continue;
      }
      recommended.merge(proposal.category(), 1, Integer::sum);
      byId.put(proposal.id(), proposal);
      projects.add(BudgetProject.builder().id(proposal.id()).cost(BigDecimal.valueOf(proposal.yuan())).build());
    }
    if (!projects.isEmpty()) {
      BudgetInstance instance =
          BudgetInstance.of(BigDecimal.valueOf(scenario.budget().fen()).movePointLeft(2), projects, Map.of());
      Decision<BudgetOutcome> outcome =
          BudgetRules.byId(scenario.budgetRule())
              .orElseThrow()
              .apply(instance, BudgetProfile.of(VoteType.APPROVAL, ballots), TieBreaking.LEXICOGRAPHIC);
      for (ProjectId id : outcome.valueOrThrow().selectionOrder()) {
        Proposal proposal = byId.get(id);
        funded.merge(proposal.category(), 1, Integer::sum);
        fundedCost.merge(proposal.category(), Amount.ofYuan(proposal.yuan()), Amount::plus);
      }
    }
    return new ScenarioResult.Projects(
        ImmutableSortedMap.copyOf(proposed),
        ImmutableSortedMap.copyOf(recommended),
        ImmutableSortedMap.copyOf(funded),
        ImmutableSortedMap.copyOf(fundedCost),
        ballots.size(),
        scenario.budget());
  }
}
