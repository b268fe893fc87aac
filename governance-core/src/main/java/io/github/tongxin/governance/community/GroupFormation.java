package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.tongxin.governance.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Partitions a community's natural buildings into building groups: contiguous, never splitting a
 * building, with sizes as close to a target as the bounds and the site allow. A pure function:
 * the same {@link SitePlan} always gives the same {@link GroupPartition}, whatever order the
 * plan was built in.
 *
 * <h2>What is optimised</h2>
 *
 * A partition's cost is compared in two steps: first the households outside the bounds, summed
 * over groups ({@link FormationBounds#excess}); then the sum over groups of {@code (households -
 * target)²}. So any partition within the bounds beats any that is not, and among those the one
 * whose groups are nearest the target wins; the number of groups is free (a community of 500
 * households with target 200 gets three groups of about 167 rather than two of 250). Where the
 * bounds cannot be met (a single building above the maximum, an isolated small building) the
 * partition is still returned, with a {@link Violation} for each group outside the bounds.
 *
 * <h2>How</h2>
 *
 * <ol>
 *   <li>The plan is split into its connected parts (buildings linked through neighbours); a
 *       group never spans two parts.
 *   <li>A part of at most {@link #exactSearchLimit()} buildings (default {@value
 *       #DEFAULT_EXACT_SEARCH_LIMIT}) is solved exactly, by dynamic programming over its subsets
 *       of buildings (time 3<sup>n</sup>).
 *   <li>A larger part is solved by a heuristic. <em>Spanning trees:</em> from four buildings
 *       spread over the part (each the farthest, in steps between neighbours, from those chosen
 *       before), a breadth-first and a depth-first spanning tree; on each, a dynamic programme
 *       over bit sets of household counts finds, from the leaves up, which sizes the group still
 *       open at a building can reach while every group closed below it is within the bounds,
 *       and rebuilds one such partition (the root's group nearest the target; a subtree closes
 *       its own group where it can). Any partition of a spanning tree into subtrees is a
 *       partition of the part into connected groups. <em>Local search:</em> each partition found
 *       is improved by moving single buildings to a neighbouring group while that lowers the
 *       cost and leaves the old group connected (a group may empty and disappear).
 *       <em>Fallback:</em> if no tree admits a partition within the bounds, k regions are grown
 *       from spread-out seeds, the lightest region taking the free neighbour most connected to
 *       it, for the four k whose ideal cost {@code (households - k·target)² / k} is lowest; each
 *       is improved by the same local search, then pairs of neighbouring groups (one outside the
 *       bounds, at most 12 buildings together) are re-solved exactly while that lowers the
 *       cost. The cheapest partition is kept; ties are broken by building id order, so the
 *       result is deterministic.
 * </ol>
 *
 * <p>The heuristic is not guaranteed optimal. The test suite measures it, with exact search
 * switched off, against the brute-force optimum on thousands of small plans, and on
 * community-sized plans against partitions within the bounds found by an independent check.
 * Work grows about linearly with the number of buildings for community-sized parts; {@code
 * governance-benchmarks} times it on a Shanghai-sized zone. Immutable and thread-safe.
 *
 * <pre>{@code
 * GroupPartition p = GroupFormation.standard().partition(SitePlan.of(community, adjacencies));
 * for (FormedGroup g : p.groups()) { ... }
 * p.violations(); // empty when every group has 150..250 households
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GroupFormation {
  /** Connected parts up to this many buildings are solved exactly by default. */
  public static final int DEFAULT_EXACT_SEARCH_LIMIT = 12;

  /** The largest exact-search limit accepted (time and memory grow as 3^n and 2^n). */
  public static final int MAX_EXACT_SEARCH_LIMIT = 16;

  private static final GroupFormation STANDARD =
      new GroupFormation(FormationBounds.STANDARD, DEFAULT_EXACT_SEARCH_LIMIT);

  private final FormationBounds bounds;
  private final int exactSearchLimit;

  private GroupFormation(FormationBounds bounds, int exactSearchLimit) {
    this.bounds = bounds;
    this.exactSearchLimit = exactSearchLimit;
  }

  /**
   * Formation with the {@link FormationBounds#STANDARD} bounds: target 200, 150 to 250
   * households.
   *
   * @return the formation
   */
  public static GroupFormation standard() {
    return STANDARD;
  }

  /**
   * Formation with the given bounds.
   *
   * @param bounds target and bounds of a group's households
   * @return the formation
   * @throws NullPointerException if {@code bounds} is null
   */
  public static GroupFormation of(FormationBounds bounds) {
    return new GroupFormation(checkNotNull(bounds, "bounds"), DEFAULT_EXACT_SEARCH_LIMIT);
  }

  /**
   * The same formation, solving connected parts of up to {@code buildings} buildings exactly
   * and larger ones by the heuristic. {@code 0} uses the heuristic everywhere (for studying it).
   *
   * @param buildings 0 to {@link #MAX_EXACT_SEARCH_LIMIT}
   * @return this formation if unchanged, else a copy
   * @throws IllegalArgumentException if {@code buildings} is out of range
   */
  public GroupFormation withExactSearchLimit(int buildings) {
    checkArgument(
        0 <= buildings && buildings <= MAX_EXACT_SEARCH_LIMIT,
        "exact search limit must be 0..%s buildings: %s",
        MAX_EXACT_SEARCH_LIMIT,
        buildings);
    return buildings == exactSearchLimit ? this : new GroupFormation(bounds, buildings);
  }

  /**
   * The target and bounds.
   *
   * @return the bounds
   */
  public FormationBounds bounds() {
    return bounds;
  }

  /**
   * The largest connected part solved exactly.
   *
   * @return a number of buildings
   */
  public int exactSearchLimit() {
    return exactSearchLimit;
  }

  /**
   * Partitions the plan's buildings into contiguous groups.
   *
   * @param plan the buildings, their households and neighbours
   * @return the groups (one per connected part at least; none for an empty plan) and a violation
   *     for each group outside the bounds
   * @throws NullPointerException if {@code plan} is null
   */
  public GroupPartition partition(SitePlan plan) {
    checkNotNull(plan, "plan");
    int n = plan.size();
    int[] offsets = plan.offsets();
    int[] targets = plan.targets();
    int[] groupOf = new int[n];
    Arrays.fill(groupOf, -1);
    int groups = 0;
    // Scratch for one connected part: its nodes in BFS order and their local numbers.
    int[] part = new int[n];
    int[] local = new int[n];
    for (int root = 0; root < n; root++) {
      if (groupOf[root] >= 0) {
        continue;
      }
      int size = collectPart(root, offsets, targets, groupOf, part);
      // Local numbering in increasing plan order keeps the search independent of BFS order.
      Arrays.sort(part, 0, size);
      for (int i = 0; i < size; i++) {
        local[part[i]] = i;
      }
      long[] weight = new long[size];
      int[] localOffsets = new int[size + 1];
      for (int i = 0; i < size; i++) {
        weight[i] = plan.householdsAt(part[i]);
        localOffsets[i + 1] = localOffsets[i] + offsets[part[i] + 1] - offsets[part[i]];
      }
      int[] localTargets = new int[localOffsets[size]];
      for (int i = 0; i < size; i++) {
        int v = part[i];
        int at = localOffsets[i];
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
          localTargets[at++] = local[targets[e]];
        }
      }
      int[] labels =
          new FormationSearch(weight, localOffsets, localTargets, bounds).solve(exactSearchLimit);
      int most = 0;
      for (int i = 0; i < size; i++) {
        groupOf[part[i]] = groups + labels[i];
        most = Math.max(most, labels[i] + 1);
      }
      groups += most;
    }
    return assemble(plan, groupOf, groups);
  }

  /** Marks the connected part of {@code root} (groupOf = -2) and lists it; returns its size. */
  private static int collectPart(
      int root, int[] offsets, int[] targets, int[] groupOf, int[] part) {
    int head = 0;
    int tail = 0;
    part[tail++] = root;
    groupOf[root] = -2;
    while (head < tail) {
      int v = part[head++];
      for (int e = offsets[v]; e < offsets[v + 1]; e++) {
        int u = targets[e];
        if (groupOf[u] == -1) {
          groupOf[u] = -2;
          part[tail++] = u;
        }
      }
    }
    return tail;
  }

  private GroupPartition assemble(SitePlan plan, int[] groupOf, int groups) {
    ImmutableList<BuildingId> ids = plan.buildings();
    List<ImmutableSortedSet.Builder<BuildingId>> members = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      members.add(ImmutableSortedSet.naturalOrder());
    }
    long[] households = new long[groups];
    for (int v = 0; v < ids.size(); v++) {
      int g = groupOf[v];
      members.get(g).add(ids.get(v));
      households[g] += plan.householdsAt(v);
    }
    List<FormedGroup> formed = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      formed.add(new FormedGroup(members.get(g).build(), households[g]));
    }
    formed.sort(Comparator.comparing(group -> group.buildings().first()));
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (FormedGroup group : formed) {
      if (group.households() < bounds.minimum()) {
        violations.add(
            Violation.of(
                FormationCode.GROUP_BELOW_MINIMUM,
                String.format(
                    Locale.ROOT,
                    "group %s has %d households, below the minimum %d",
                    group.buildings(),
                    group.households(),
                    bounds.minimum())));
      } else if (group.households() > bounds.maximum()) {
        violations.add(
            Violation.of(
                FormationCode.GROUP_ABOVE_MAXIMUM,
                String.format(
                    Locale.ROOT,
                    "group %s has %d households, above the maximum %d",
                    group.buildings(),
                    group.households(),
                    bounds.maximum())));
      }
    }
    return new GroupPartition(bounds, ImmutableList.copyOf(formed), violations.build());
  }

  /**
   * A summary such as {@code "GroupFormation{bounds=..., exactSearchLimit=12}"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "GroupFormation{bounds=" + bounds + ", exactSearchLimit=" + exactSearchLimit + "}";
  }
}
