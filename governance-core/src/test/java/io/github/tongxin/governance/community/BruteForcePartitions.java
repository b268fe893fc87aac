package io.github.tongxin.governance.community;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Test oracle: the optimum of {@link GroupFormation}'s objective by enumerating every set
 * partition (restricted growth strings) of a small plan and keeping those whose blocks are
 * connected. Written independently of the production search.
 */
final class BruteForcePartitions {
  /** Cost of a partition: households outside the bounds, then the squared deviation. */
  record Cost(long excess, long squared) implements Comparable<Cost> {
    @Override
    public int compareTo(Cost o) {
      int c = Long.compare(excess, o.excess);
      return c != 0 ? c : Long.compare(squared, o.squared);
    }
  }

  private BruteForcePartitions() {}

  static Cost costOf(GroupPartition partition) {
    return new Cost(partition.householdsOutsideBounds(), partition.squaredDeviation());
  }

  /** The best cost over all partitions into connected blocks. */
  static Cost optimum(SitePlan plan, FormationBounds bounds) {
    List<BuildingId> ids = plan.buildings();
    int n = ids.size();
    boolean[][] adjacent = new boolean[n][n];
    for (Adjacency a : plan.adjacencies()) {
      int i = ids.indexOf(a.first());
      int j = ids.indexOf(a.second());
      adjacent[i][j] = true;
      adjacent[j][i] = true;
    }
    long[] households = new long[n];
    for (int i = 0; i < n; i++) {
      households[i] = plan.households(ids.get(i));
    }
    Cost[] best = {null};
    enumerate(new int[n], 0, 0, adjacent, households, bounds, best);
    return best[0];
  }

  private static void enumerate(
      int[] block,
      int index,
      int blocks,
      boolean[][] adjacent,
      long[] households,
      FormationBounds bounds,
      Cost[] best) {
    int n = block.length;
    if (index == n) {
      Cost cost = evaluate(block, blocks, adjacent, households, bounds);
      if (cost != null && (best[0] == null || cost.compareTo(best[0]) < 0)) {
        best[0] = cost;
      }
      return;
    }
    for (int b = 0; b <= blocks; b++) {
      block[index] = b;
      enumerate(block, index + 1, Math.max(blocks, b + 1), adjacent, households, bounds, best);
    }
  }

  private static Cost evaluate(
      int[] block, int blocks, boolean[][] adjacent, long[] households, FormationBounds bounds) {
    long excess = 0;
    long squared = 0;
    for (int b = 0; b < blocks; b++) {
      List<Integer> members = new ArrayList<>();
      long size = 0;
      for (int v = 0; v < block.length; v++) {
        if (block[v] == b) {
          members.add(v);
          size += households[v];
        }
      }
      if (!connected(members, adjacent)) {
        return null;
      }
      excess += Math.max(0, bounds.minimum() - size) + Math.max(0, size - bounds.maximum());
      squared += (size - bounds.target()) * (size - bounds.target());
    }
    return new Cost(excess, squared);
  }

  static boolean connected(List<Integer> members, boolean[][] adjacent) {
    if (members.isEmpty()) {
      return false;
    }
    boolean[] seen = new boolean[adjacent.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(members.get(0));
    seen[members.get(0)] = true;
    int reached = 0;
    while (!queue.isEmpty()) {
      int v = queue.poll();
      reached++;
      for (int u : members) {
        if (!seen[u] && adjacent[v][u]) {
          seen[u] = true;
          queue.add(u);
        }
      }
    }
    return reached == members.size();
  }
}
