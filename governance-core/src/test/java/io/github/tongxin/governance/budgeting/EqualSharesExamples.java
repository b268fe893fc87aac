package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-made elections for the Method of Equal Shares tests. */
final class EqualSharesExamples {
  private EqualSharesExamples() {}

  static BudgetProject project(String id, String cost) {
    return BudgetProject.builder().id(ProjectId.of(id)).cost(new BigDecimal(cost)).build();
  }

  static BudgetInstance instance(String budget, BudgetProject... projects) {
    return BudgetInstance.of(new BigDecimal(budget), List.of(projects), Map.of());
  }

  static List<ProjectId> ids(String... ids) {
    List<ProjectId> result = new ArrayList<>();
    for (String id : ids) {
      result.add(ProjectId.of(id));
    }
    return result;
  }

  /** An approval profile; each argument is one voter's approved ids, separated by commas. */
  static BudgetProfile approval(String... ballots) {
    List<BudgetBallot> list = new ArrayList<>();
    for (int v = 0; v < ballots.length; v++) {
      list.add(BudgetBallot.of("v" + (v + 1), ballots[v].isEmpty() ? List.of() : ids(ballots[v].split(","))));
    }
    return BudgetProfile.of(VoteType.APPROVAL, list);
  }

  /** An ordinal profile; each argument is one voter's ranking, most preferred first. */
  static BudgetProfile ordinal(String... ballots) {
    List<BudgetBallot> list = new ArrayList<>();
    for (int v = 0; v < ballots.length; v++) {
      list.add(BudgetBallot.of("v" + (v + 1), ids(ballots[v].split(","))));
    }
    return BudgetProfile.of(VoteType.ORDINAL, list);
  }

  /** A cumulative profile; each argument is one voter's {@code id:points} pairs. */
  static BudgetProfile cumulative(String... ballots) {
    List<BudgetBallot> list = new ArrayList<>();
    for (int v = 0; v < ballots.length; v++) {
      List<ProjectId> projects = new ArrayList<>();
      List<BigDecimal> points = new ArrayList<>();
      for (String pair : ballots[v].split(",")) {
        String[] parts = pair.split(":");
        projects.add(ProjectId.of(parts[0]));
        points.add(new BigDecimal(parts[1]));
      }
      list.add(
          new BudgetBallot(
              "v" + (v + 1), ImmutableList.copyOf(projects), ImmutableList.copyOf(points), ImmutableMap.of()));
    }
    return BudgetProfile.of(VoteType.CUMULATIVE, list);
  }

  /** A fraction from {@code "n"} or {@code "n/d"}. */
  static Fraction fraction(String text) {
    String[] parts = text.split("/");
    return Fraction.of(
        new BigInteger(parts[0]), parts.length == 1 ? BigInteger.ONE : new BigInteger(parts[1]));
  }

  /** One voter's payments from {@code "id=n/d"} pairs. */
  static ImmutableMap<ProjectId, Fraction> pays(String... pairs) {
    ImmutableMap.Builder<ProjectId, Fraction> result = ImmutableMap.builder();
    for (String pair : pairs) {
      String[] parts = pair.split("=");
      result.put(ProjectId.of(parts[0]), fraction(parts[1]));
    }
    return result.buildOrThrow();
  }

  static BudgetOutcome run(String rule, BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    return BudgetRules.byId(rule).orElseThrow().apply(instance, profile, tieBreaking).valueOrThrow();
  }

  static BudgetOutcome run(String rule, BudgetInstance instance, BudgetProfile profile) {
    return run(rule, instance, profile, TieBreaking.LEXICOGRAPHIC);
  }
}
