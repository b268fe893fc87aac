package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * How good the heuristic of {@link GroupFormation} is, with exact search switched off. Seeded, so
 * the figures are the same on every run; the thresholds sit a little below the measured figures
 * (printed) so that a regression fails.
 */
class GroupFormationQualityTest {
  private static final GroupFormation HEURISTIC =
      GroupFormation.standard().withExactSearchLimit(0);
  private static final FormationBounds BOUNDS = FormationBounds.STANDARD;

  /**
   * Against the brute-force optimum on 2,000 plans of 3 to 9 buildings with 20 to 149
   * households each (so each building is a large part of a group: the hard case).
   */
  @Test
  void smallPlansAgainstTheBruteForceOptimum() {
    SplittableRandom random = new SplittableRandom(42);
    int plans = 2_000;
    int optimal = 0;
    int feasible = 0;
    int feasibleFound = 0;
    for (int c = 0; c < plans; c++) {
      SitePlan plan = randomPlan(random, 3 + random.nextInt(7));
      BruteForcePartitions.Cost optimum = BruteForcePartitions.optimum(plan, BOUNDS);
      BruteForcePartitions.Cost found = BruteForcePartitions.costOf(HEURISTIC.partition(plan));
      assertThat(found).isGreaterThanOrEqualTo(optimum);
      if (found.equals(optimum)) {
        optimal++;
      }
      if (optimum.excess() == 0) {
        feasible++;
        if (found.excess() == 0) {
          feasibleFound++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "GroupFormation heuristic on %d small plans: optimal %d (%.1f%%); within bounds in %d of"
            + " %d plans that allow it (%.1f%%)%n",
        plans,
        optimal,
        100.0 * optimal / plans,
        feasibleFound,
        feasible,
        100.0 * feasibleFound / feasible);
    assertThat(optimal).isGreaterThanOrEqualTo(plans * 90 / 100);
    assertThat(feasibleFound).isGreaterThanOrEqualTo(feasible * 97 / 100);
  }

  /**
   * On 400 community-sized plans (30 to 69 buildings on sparse grids), whenever one of 20
   * random spanning trees admits a partition within the bounds (an independent certificate
   * that one exists), the heuristic must find one too; and its groups' root-mean-square
   * distance from the target is reported beside the ideal one of equal groups.
   */
  @Test
  void communitySizedPlansAgainstAFeasibilityCertificate() {
    SplittableRandom random = new SplittableRandom(7);
    int plans = 400;
    int certified = 0;
    int found = 0;
    double rms = 0;
    for (int c = 0; c < plans; c++) {
      SitePlan plan = sparseGridPlan(random, 30 + random.nextInt(40));
      GroupPartition partition = HEURISTIC.partition(plan);
      if (partition.isWithinBounds()) {
        rms += Math.sqrt((double) partition.squaredDeviation() / partition.groups().size());
      }
      if (certifiedFeasible(plan, random)) {
        certified++;
        if (partition.isWithinBounds()) {
          found++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "GroupFormation heuristic on %d community-sized plans: within bounds in %d of %d"
            + " certified feasible (%.1f%%); mean RMS distance from the target %.1f households%n",
        plans,
        found,
        certified,
        100.0 * found / certified,
        rms / Math.max(1, found));
    assertThat(certified).isGreaterThan(plans / 2);
    assertThat(found).isGreaterThanOrEqualTo(certified * 97 / 100);
  }

  private static SitePlan randomPlan(SplittableRandom random, int n) {
    int[] households = new int[n];
    int[] parents = new int[n];
    int[] extras = new int[n * n];
    for (int i = 0; i < n; i++) {
      households[i] = 20 + random.nextInt(130);
      parents[i] = 10 + random.nextInt(90);
    }
    for (int i = 0; i < n * n; i++) {
      extras[i] = random.nextInt(100) < 15 ? 0 : 99;
    }
    return CommunityGenerators.plan(households, parents, extras);
  }

  /** Grid neighbours joined by a random spanning tree plus half of the other grid links. */
  private static SitePlan sparseGridPlan(SplittableRandom random, int n) {
    int columns = (int) Math.ceil(Math.sqrt(n));
    int[] households = new int[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      households[i] =
          kind < 6 ? 12 + random.nextInt(25) : kind < 9 ? 30 + random.nextInt(40) : 80 + random.nextInt(60);
    }
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i % columns + 1 < columns && i + 1 < n) {
        edges.add(new int[] {i, i + 1});
      }
      if (i + columns < n) {
        edges.add(new int[] {i, i + columns});
      }
    }
    Collections.shuffle(edges, new Random(random.nextLong()));
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = i;
    }
    java.util.Map<BuildingId, Integer> sizes = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      sizes.put(CommunityGenerators.id(i), households[i]);
    }
    List<Adjacency> links = new ArrayList<>();
    for (int[] e : edges) {
      int a = find(root, e[0]);
      int b = find(root, e[1]);
      if (a != b || random.nextInt(2) == 0) {
        root[a] = b;
        links.add(Adjacency.of(CommunityGenerators.id(e[0]), CommunityGenerators.id(e[1])));
      }
    }
    return SitePlan.of(sizes, links);
  }

  private static int find(int[] root, int x) {
    while (root[x] != x) {
      x = root[x] = root[root[x]];
    }
    return x;
  }

  /**
   * Whether one of 20 random depth-first spanning trees can be cut into subtrees all within the
   * bounds: bottom-up, the set of sizes the open subtree at each building can reach.
   */
  private static boolean certifiedFeasible(SitePlan plan, SplittableRandom random) {
    List<BuildingId> ids = plan.buildings();
    int n = ids.size();
    for (int attempt = 0; attempt < 20; attempt++) {
      int[] parent = new int[n];
      int[] order = new int[n];
      boolean[] done = new boolean[n];
      ArrayDeque<int[]> stack = new ArrayDeque<>();
      stack.push(new int[] {random.nextInt(n), -1});
      int count = 0;
      while (!stack.isEmpty()) {
        int[] top = stack.pop();
        int v = top[0];
        if (done[v]) {
          continue;
        }
        done[v] = true;
        parent[v] = top[1];
        order[count++] = v;
        List<BuildingId> next = new ArrayList<>(plan.neighbours(ids.get(v)));
        Collections.shuffle(next, new Random(random.nextLong()));
        for (BuildingId u : next) {
          int ui = ids.indexOf(u);
          if (!done[ui]) {
            stack.push(new int[] {ui, v});
          }
        }
      }
      if (count < n) {
        return false;
      }
      BitSet[] reach = new BitSet[n];
      for (int v = 0; v < n; v++) {
        reach[v] = new BitSet();
        int w = plan.households(ids.get(v));
        if (w <= BOUNDS.maximum()) {
          reach[v].set(w);
        }
      }
      for (int i = n - 1; i > 0; i--) {
        int c = order[i];
        int p = parent[c];
        BitSet merged = new BitSet();
        if (closable(reach[c])) {
          merged.or(reach[p]);
        }
        for (int a = reach[p].nextSetBit(0); a >= 0; a = reach[p].nextSetBit(a + 1)) {
          for (int b = reach[c].nextSetBit(0); b >= 0 && a + b <= BOUNDS.maximum(); b = reach[c].nextSetBit(b + 1)) {
            merged.set(a + b);
          }
        }
        reach[p] = merged;
      }
      if (closable(reach[order[0]])) {
        return true;
      }
    }
    return false;
  }

  private static boolean closable(BitSet sizes) {
    int at = sizes.nextSetBit(BOUNDS.minimum());
    return at >= 0 && at <= BOUNDS.maximum();
  }
}
