package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Decision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tiny hand-written elections for the rule example tests, written compactly: projects as {@code
 * "id=cost"}, approval and ordinal ballots as {@code "a,b,c"} (ordinal: most preferred first; an
 * empty string is an empty ballot), point ballots as {@code "a:3,b:2"}.
 */
final class GreedyFamilyFixtures {
  private GreedyFamilyFixtures() {}

  static BudgetInstance instance(String budget, String... projects) {
    List<BudgetProject> list = new ArrayList<>();
    for (String project : projects) {
      String[] idCost = project.split("=");
      list.add(
          BudgetProject.builder()
              .id(ProjectId.of(idCost[0]))
              .cost(new BigDecimal(idCost[1]))
              .build());
    }
    return BudgetInstance.of(new BigDecimal(budget), list, Map.of());
  }

  static BudgetProfile approval(String... ballots) {
    return profile(VoteType.APPROVAL, ballots);
  }

  static BudgetProfile ordinal(String... ballots) {
    return profile(VoteType.ORDINAL, ballots);
  }

  static BudgetProfile cumulative(String... ballots) {
    return profile(VoteType.CUMULATIVE, ballots);
  }

  static BudgetProfile profile(VoteType type, String... ballots) {
    List<BudgetBallot> list = new ArrayList<>();
    for (String ballot : ballots) {
      List<ProjectId> projects = new ArrayList<>();
      List<BigDecimal> points = new ArrayList<>();
      for (String item : ballot.isEmpty() ? new String[0] : ballot.split(",")) {
        String[] idPoints = item.split(":");
        projects.add(ProjectId.of(idPoints[0]));
        if (idPoints.length > 1) {
          points.add(new BigDecimal(idPoints[1]));
        }
      }
      list.add(
          new BudgetBallot(
              "v" + (list.size() + 1),
              ImmutableList.copyOf(projects),
              ImmutableList.copyOf(points),
              ImmutableMap.of()));
    }
    return BudgetProfile.of(type, list);
  }

  static BudgetRule rule(String id) {
    return BudgetRules.byId(id).orElseThrow();
  }

  static Decision<BudgetOutcome> run(
      String rule, BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    return rule(rule).apply(instance, profile, tieBreaking);
  }

  static BudgetOutcome outcome(String rule, BudgetInstance instance, BudgetProfile profile) {
    return run(rule, instance, profile, TieBreaking.LEXICOGRAPHIC).valueOrThrow();
  }

  /** The selection order as plain strings. */
  static List<String> order(BudgetOutcome outcome) {
    return outcome.selectionOrder().stream().map(ProjectId::value).toList();
  }
}
