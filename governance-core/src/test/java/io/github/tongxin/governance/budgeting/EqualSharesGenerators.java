package io.github.tongxin.governance.budgeting;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.budgeting.BudgetingGenerators.Election;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Small random participatory-budgeting elections for the Method of Equal Shares properties, built
 * only through public factories. (The greedy family has its own generators in {@link BudgetingGenerators}, whose {@link
 * Election} these share.)
 */
final class EqualSharesGenerators {
  private EqualSharesGenerators() {}

  /** Project ids whose string order differs from their numeric order ("11" &lt; "2"). */
  private static final List<String> IDS = List.of("2", "11", "1", "10", "3", "a");

  /**
   * Elections of 1..6 projects and 0..8 voters: approval (half of them), cumulative (points 0..5,
   * a project may be named with 0 points) or ordinal ballots; costs 0..12 or 0..60 (about one in
   * twenty is 0), sometimes with halves; a budget from 0 to a little over the total cost. Small
   * integers make exact ties frequent, and budgets below the costs make long add1 scans.
   */
  static Gen<Election> elections() {
    return elections(false);
  }

  /** Approval elections only (the cost and cardinality rules). */
  static Gen<Election> approvalElections() {
    return elections(true);
  }

  private static Gen<Election> elections(boolean approvalOnly) {
    return range(1, IDS.size())
        .flatMap(
            m ->
                range(0, 8)
                    .flatMap(
                        n ->
                            intArrays(constant(4 + m + n * m), range(0, 99))
                                .map(
                                    data -> {
                                      if (approvalOnly) {
                                        data[0] = 0; // approval
                                      }
                                      return election(m, n, data);
                                    })));
  }

  static Election election(int m, int n, int[] data) {
    VoteType type = data[0] < 50 ? VoteType.APPROVAL : data[0] < 75 ? VoteType.CUMULATIVE : VoteType.ORDINAL;
    int maxCost = data[1] < 60 ? 12 : 60;
    boolean halves = data[2] >= 80;
    List<BudgetProject> projects = new ArrayList<>();
    long total = 0;
    for (int p = 0; p < m; p++) {
      int d = data[4 + p];
      long units = d < 5 ? 0 : 1 + d % maxCost;
      total += units;
      projects.add(
          BudgetProject.builder()
              .id(ProjectId.of(IDS.get(p)))
              .cost(halves ? BigDecimal.valueOf(units, 1).multiply(BigDecimal.valueOf(5)) : BigDecimal.valueOf(units))
              .build());
    }
    long budgetUnits = data[3] * (total + 4) / 90;
    BigDecimal budget =
        halves ? BigDecimal.valueOf(budgetUnits, 1).multiply(BigDecimal.valueOf(5)) : BigDecimal.valueOf(budgetUnits);
    BudgetInstance instance = BudgetInstance.of(budget, projects, Map.of());
    List<BudgetBallot> ballots = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      int at = 4 + m + v * m;
      List<ProjectId> named = new ArrayList<>();
      List<BigDecimal> points = new ArrayList<>();
      List<Integer> ranked = new ArrayList<>();
      for (int p = 0; p < m; p++) {
        int d = data[at + p];
        switch (type) {
          case APPROVAL:
            if (d < 45) {
              named.add(ProjectId.of(IDS.get(p)));
            }
            break;
          case CUMULATIVE:
            if (d < 50) {
              named.add(ProjectId.of(IDS.get(p)));
              points.add(BigDecimal.valueOf(d % 6));
            }
            break;
          default:
            if (d < 60) {
              ranked.add(p);
            }
        }
      }
      if (type == VoteType.ORDINAL) {
        ranked.sort(Comparator.comparingInt((Integer p) -> data[at + p]).thenComparingInt(p -> p));
        for (int p : ranked) {
          named.add(ProjectId.of(IDS.get(p)));
        }
      }
      ballots.add(
          new BudgetBallot(
              "v" + (v + 1), ImmutableList.copyOf(named), ImmutableList.copyOf(points), ImmutableMap.of()));
    }
    return new Election(instance, BudgetProfile.of(type, ballots));
  }
}
