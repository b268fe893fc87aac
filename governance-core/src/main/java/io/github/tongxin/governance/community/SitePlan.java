package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

/**
 * The input of {@link GroupFormation}: a community's buildings, the number of households in
 * each, and which buildings are neighbours (share a path, a courtyard or a wall, as the people
 * who draw the groups see it).
 *
 * <p>Buildings are kept in id order, so a plan does not depend on the order in which it was
 * given. A building may have no neighbours (an isolated building) and no households (a vacant
 * one). Immutable and thread-safe; value-based: two plans are equal if they have the same
 * buildings, households and neighbour pairs.
 *
 * <pre>{@code
 * SitePlan plan = SitePlan.of(
 *     Map.of(BuildingId.of("B1"), 120, BuildingId.of("B2"), 90),
 *     List.of(Adjacency.of(BuildingId.of("B1"), BuildingId.of("B2"))));
 * plan.totalHouseholds(); // 210
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SitePlan {
  /** The most households a plan may hold in total, so that sizes and their squares stay exact. */
  public static final long MAX_TOTAL_HOUSEHOLDS = 1_000_000_000L;

  private final ImmutableList<BuildingId> ids;
  private final int[] households;
  // Neighbours in compressed sparse rows: the neighbours of building i are
  // targets[offsets[i]] .. targets[offsets[i + 1] - 1], in increasing index order.
  private final int[] offsets;
  private final int[] targets;
  private final long totalHouseholds;

  private SitePlan(
      ImmutableList<BuildingId> ids, int[] households, int[] offsets, int[] targets, long total) {
    this.ids = ids;
    this.households = households;
    this.offsets = offsets;
    this.targets = targets;
    this.totalHouseholds = total;
  }

  /**
   * Creates a plan from household counts and neighbour pairs.
   *
   * @param households the number of households of each building; not negative
   * @param adjacencies pairs of neighbouring buildings, each of them a key of {@code households};
   *     repeated pairs count once
   * @return the plan
   * @throws NullPointerException if an argument, key, value or pair is null
   * @throws IllegalArgumentException if a count is negative, the total exceeds {@link
   *     #MAX_TOTAL_HOUSEHOLDS}, or a pair names a building that is not a key
   */
  public static SitePlan of(
      Map<BuildingId, Integer> households, Iterable<Adjacency> adjacencies) {
    checkNotNull(households, "households");
    checkNotNull(adjacencies, "adjacencies");
    ImmutableSortedMap<BuildingId, Integer> sorted = ImmutableSortedMap.copyOf(households);
    ImmutableList<BuildingId> ids = sorted.keySet().asList();
    int n = ids.size();
    int[] counts = new int[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      int count = sorted.get(ids.get(i));
      checkArgument(
          count >= 0, "households of building %s must not be negative: %s", ids.get(i), count);
      counts[i] = count;
      total += count;
      checkArgument(
          total <= MAX_TOTAL_HOUSEHOLDS,
          "a site plan may hold at most %s households: more at building %s",
          MAX_TOTAL_HOUSEHOLDS,
          ids.get(i));
    }
    long[] pairs = new long[8];
    int pairCount = 0;
    for (Adjacency adjacency : adjacencies) {
      checkNotNull(adjacency, "adjacencies contains null");
      int a = indexOf(ids, adjacency.first(), adjacency);
      int b = indexOf(ids, adjacency.second(), adjacency);
      if (pairCount + 2 > pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[pairCount++] = ((long) a << 32) | b;
      pairs[pairCount++] = ((long) b << 32) | a;
    }
    long[] directed = Arrays.copyOf(pairs, pairCount);
    Arrays.sort(directed);
    int[] offsets = new int[n + 1];
    int[] targets = new int[directed.length];
    int edges = 0;
    long previous = -1;
    for (long pair : directed) {
      if (pair == previous) {
        continue;
      }
      previous = pair;
      offsets[(int) (pair >>> 32) + 1]++;
      targets[edges++] = (int) pair;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    return new SitePlan(ids, counts, offsets, Arrays.copyOf(targets, edges), total);
  }

  /**
   * Creates the plan of a community's buildings, counting the households of each.
   *
   * @param community the community
   * @param adjacencies pairs of neighbouring buildings of the community
   * @return the plan
   * @throws NullPointerException if an argument or pair is null
   * @throws IllegalArgumentException if a pair names a building not in the community
   */
  public static SitePlan of(Community community, Iterable<Adjacency> adjacencies) {
    checkNotNull(community, "community");
    ImmutableSortedMap.Builder<BuildingId, Integer> households =
        ImmutableSortedMap.naturalOrder();
    for (ResidentialBuilding building : community.buildings()) {
      households.put(building.id(), building.householdCount());
    }
    return of(households.buildOrThrow(), adjacencies);
  }

  private static int indexOf(ImmutableList<BuildingId> ids, BuildingId id, Adjacency pair) {
    int index = Collections.binarySearch(ids, id);
    checkArgument(
        index >= 0, "adjacency %s names building %s, which is not in the site plan", pair, id);
    return index;
  }

  /**
   * The buildings, in id order.
   *
   * @return the building ids
   */
  public ImmutableList<BuildingId> buildings() {
    return ids;
  }

  /**
   * The number of buildings.
   *
   * @return zero or more
   */
  public int size() {
    return ids.size();
  }

  /**
   * The number of households of a building.
   *
   * @param building a building of the plan
   * @return zero or more
   * @throws NullPointerException if {@code building} is null
   * @throws IllegalArgumentException if the building is not in the plan
   */
  public int households(BuildingId building) {
    return households[index(building)];
  }

  /**
   * The neighbours of a building.
   *
   * @param building a building of the plan
   * @return its neighbours, in id order
   * @throws NullPointerException if {@code building} is null
   * @throws IllegalArgumentException if the building is not in the plan
   */
  public ImmutableSortedSet<BuildingId> neighbours(BuildingId building) {
    int i = index(building);
    ImmutableSortedSet.Builder<BuildingId> result = ImmutableSortedSet.naturalOrder();
    for (int e = offsets[i]; e < offsets[i + 1]; e++) {
      result.add(ids.get(targets[e]));
    }
    return result.build();
  }

  /**
   * All neighbour pairs, each once.
   *
   * @return the pairs, ordered by their first and then their second building
   */
  public ImmutableSet<Adjacency> adjacencies() {
    ImmutableSet.Builder<Adjacency> result = ImmutableSet.builder();
    for (int i = 0; i < ids.size(); i++) {
      for (int e = offsets[i]; e < offsets[i + 1]; e++) {
        if (targets[e] > i) {
          result.add(new Adjacency(ids.get(i), ids.get(targets[e])));
        }
      }
    }
    return result.build();
  }

  /**
   * The number of households over all buildings.
   *
   * @return zero or more, at most {@link #MAX_TOTAL_HOUSEHOLDS}
   */
  public long totalHouseholds() {
    return totalHouseholds;
  }

  private int index(BuildingId building) {
    checkNotNull(building, "building");
    int index = Collections.binarySearch(ids, building);
    checkArgument(index >= 0, "building %s is not in the site plan", building);
    return index;
  }

  int householdsAt(int index) {
    return households[index];
  }

  int[] offsets() {
    return offsets;
  }

  int[] targets() {
    return targets;
  }

  /**
   * Whether {@code other} is a plan with the same buildings, households and neighbour pairs.
   *
   * @param other the object to compare with; may be null
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SitePlan that
        && ids.equals(that.ids)
        && Arrays.equals(households, that.households)
        && Arrays.equals(offsets, that.offsets)
        && Arrays.equals(targets, that.targets);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * (31 * ids.hashCode() + Arrays.hashCode(households)) + Arrays.hashCode(targets);
  }

  /**
   * A summary such as {@code "SitePlan{buildings=52, households=1643, adjacencies=88}"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "SitePlan{buildings="
        + ids.size()
        + ", households="
        + totalHouseholds
        + ", adjacencies="
        + targets.length / 2
        + "}";
  }
}
