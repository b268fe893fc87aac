package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityGenerators.gridPlans;
import static io.github.tongxin.governance.community.CommunityGenerators.smallPlans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of {@link GroupFormation} over generated plans. */
class GroupFormationProperties {
  private static final GroupFormation STANDARD = GroupFormation.standard();
  private static final GroupFormation HEURISTIC = STANDARD.withExactSearchLimit(0);

  @Test
  void everyBuildingIsInExactlyOneGroup() {
    qt().withExamples(300)
        .forAll(smallPlans(14))
        .checkAssert(plan -> assertPartitions(plan, STANDARD.partition(plan)));
    qt().withExamples(150)
        .forAll(gridPlans(70))
        .checkAssert(plan -> assertPartitions(plan, STANDARD.partition(plan)));
    qt().withExamples(300)
        .forAll(smallPlans(10))
        .checkAssert(plan -> assertPartitions(plan, HEURISTIC.partition(plan)));
  }

  @Test
  void everyGroupIsConnected() {
    qt().withExamples(300)
        .forAll(smallPlans(14))
        .checkAssert(plan -> assertConnected(plan, STANDARD.partition(plan)));
    qt().withExamples(150)
        .forAll(gridPlans(70))
        .checkAssert(plan -> assertConnected(plan, STANDARD.partition(plan)));
    qt().withExamples(300)
        .forAll(smallPlans(10))
        .checkAssert(plan -> assertConnected(plan, HEURISTIC.partition(plan)));
  }

  @Test
  void groupsAreWithinTheBoundsWheneverSomePartitionIs() {
    qt().withExamples(400)
        .forAll(smallPlans(8))
        .checkAssert(
            plan -> {
              BruteForcePartitions.Cost optimum =
                  BruteForcePartitions.optimum(plan, FormationBounds.STANDARD);
              if (optimum.excess() == 0) {
                assertThat(STANDARD.partition(plan).isWithinBounds()).isTrue();
              }
            });
  }

  @Test
  void smallPlansGetTheBruteForceOptimum() {
    qt().withExamples(400)
        .forAll(smallPlans(8))
        .checkAssert(
            plan ->
                assertThat(BruteForcePartitions.costOf(STANDARD.partition(plan)))
                    .isEqualTo(BruteForcePartitions.optimum(plan, FormationBounds.STANDARD)));
  }

  @Test
  void theHeuristicIsNeverBelowTheOptimum() {
    qt().withExamples(300)
        .forAll(smallPlans(8))
        .checkAssert(
            plan ->
                assertThat(BruteForcePartitions.costOf(HEURISTIC.partition(plan)))
                    .isGreaterThanOrEqualTo(
                        BruteForcePartitions.optimum(plan, FormationBounds.STANDARD)));
  }

  @Test
  void theSameInputInAnyOrderGivesTheSamePartition() {
    qt().withExamples(200)
        .forAll(smallPlans(14))
        .checkAssert(
            plan -> assertThat(STANDARD.partition(reordered(plan))).isEqualTo(STANDARD.partition(plan)));
    qt().withExamples(100)
        .forAll(gridPlans(70))
        .checkAssert(
            plan -> assertThat(STANDARD.partition(reordered(plan))).isEqualTo(STANDARD.partition(plan)));
  }

  @Test
  void aViolationIsReportedForEachGroupOutsideTheBoundsAndNoOther() {
    qt().withExamples(300)
        .forAll(smallPlans(14))
        .checkAssert(
            plan -> {
              GroupPartition partition = STANDARD.partition(plan);
              List<FormationCode> expected = new ArrayList<>();
              for (FormedGroup group : partition.groups()) {
                if (group.households() < 150) {
                  expected.add(FormationCode.GROUP_BELOW_MINIMUM);
                } else if (group.households() > 250) {
                  expected.add(FormationCode.GROUP_ABOVE_MAXIMUM);
                }
              }
              assertThat(partition.violations().stream().map(Violation::code).toList())
                  .isEqualTo(expected);
              assertThat(partition.isWithinBounds()).isEqualTo(expected.isEmpty());
            });
  }

  /** The plan built again from its parts, buildings and links in shuffled order. */
  private static SitePlan reordered(SitePlan plan) {
    List<BuildingId> ids = new ArrayList<>(plan.buildings());
    Collections.shuffle(ids, new Random(ids.size()));
    Map<BuildingId, Integer> households = new LinkedHashMap<>();
    for (BuildingId id : ids) {
      households.put(id, plan.households(id));
    }
    List<Adjacency> links = new ArrayList<>();
    for (Adjacency a : plan.adjacencies()) {
      links.add(Adjacency.of(a.second(), a.first()));
    }
    Collections.reverse(links);
    return SitePlan.of(households, links);
  }

  private static void assertPartitions(SitePlan plan, GroupPartition partition) {
    List<BuildingId> seen = new ArrayList<>();
    long households = 0;
    for (FormedGroup group : partition.groups()) {
      seen.addAll(group.buildings());
      long sum = 0;
      for (BuildingId b : group.buildings()) {
        sum += plan.households(b);
      }
      assertThat(group.households()).isEqualTo(sum);
      households += sum;
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(plan.buildings());
    assertThat(households).isEqualTo(plan.totalHouseholds());
    ImmutableList<FormedGroup> groups = partition.groups();
    for (int i = 1; i < groups.size(); i++) {
      assertThat(groups.get(i - 1).buildings().first()).isLessThan(groups.get(i).buildings().first());
    }
  }

  private static void assertConnected(SitePlan plan, GroupPartition partition) {
    for (FormedGroup group : partition.groups()) {
      Set<BuildingId> members = group.buildings();
      Set<BuildingId> reached = new HashSet<>();
      ArrayDeque<BuildingId> queue = new ArrayDeque<>();
      queue.add(group.buildings().first());
      reached.add(group.buildings().first());
      while (!queue.isEmpty()) {
        for (BuildingId next : plan.neighbours(queue.poll())) {
          if (members.contains(next) && reached.add(next)) {
            queue.add(next);
          }
        }
      }
      assertThat(reached).as("group %s is connected", members).isEqualTo(members);
    }
  }
}
