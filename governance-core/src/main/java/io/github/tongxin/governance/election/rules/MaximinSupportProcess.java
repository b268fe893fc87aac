package io.github.tongxin.governance.election.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The maximin support method (Sánchez-Fernández et al.) exactly as abcvoting defines it ({@code
 * compute_maximin_support} with {@code _gurobi_maximin_support_scorefct}), computed exactly and
 * without an LP solver.
 *
 * <p>The support value of a committee W is the largest s such that every voter who approves a
 * member of W can split their weight among the members they approve so that every member receives
 * at least s. Starting from the empty committee, each round adds the candidate that maximises the
 * support value of the enlarged committee; the candidates with the largest value tie.
 *
 * <p>By max-flow/min-cut (Hall's condition), the support value equals {@code min over nonempty T ⊆
 * W of w(N(T)) / |T|}, where N(T) are the voters approving a member of T and w(·) their total
 * weight. It is computed exactly with Dinkelbach's method on that ratio: start with the ratio λ =
 * a / b of some set, decide with one integer max flow (source → member: a, member → approver: ∞,
 * voter → sink: b · weight) whether a set with a smaller ratio exists, and if so continue with the
 * ratio of the minimum cut's set. Weights are scaled to integers; all arithmetic is on {@code
 * long}. Candidates are tried in decreasing order of an upper bound (the committee's own value,
 * and the candidate's approval weight), so most candidates are settled by the bound alone.
 */
final class MaximinSupportProcess {
  private static final long INFINITE = Long.MAX_VALUE / 4;

  private final int candidates;
  private final int[][] approvers;
  private final long[] weight;
  private final long[] approvalWeight;

  // Flow network, reused.
  private final int[] head;
  private final int[] next;
  private final int[] to;
  private final long[] capacity;
  private final int[] level;
  private final int[] iterator;
  private final int[] queue;
  private final int[] voterNode;
  private final int[] nodeVoter;
  private int edgeCount;

  MaximinSupportProcess(ApprovalProfile profile) {
    this.candidates = profile.candidates();
    int voters = profile.voters();
    this.weight = integerWeights(profile);
    int[] degree = new int[candidates];
    for (int v = 0; v < voters; v++) {
      for (int c : profile.ballotArray(v)) {
        degree[c]++;
      }
    }
    this.approvers = new int[candidates][];
    for (int c = 0; c < candidates; c++) {
      approvers[c] = new int[degree[c]];
    }
    int[] filled = new int[candidates];
    int edges = 0;
    for (int v = 0; v < voters; v++) {
      for (int c : profile.ballotArray(v)) {
        approvers[c][filled[c]++] = v;
        edges++;
      }
    }
    this.approvalWeight = new long[candidates];
    for (int c = 0; c < candidates; c++) {
      for (int v : approvers[c]) {
        approvalWeight[c] += weight[v];
      }
    }
    int nodes = candidates + voters + 2;
    int arcs = 2 * (candidates + edges + voters);
    this.head = new int[nodes];
    this.level = new int[nodes];
    this.iterator = new int[nodes];
    this.queue = new int[nodes];
    this.nodeVoter = new int[nodes];
    this.next = new int[arcs];
    this.to = new int[arcs];
    this.capacity = new long[arcs];
    this.voterNode = new int[voters];
  }

  /**
   * The voters' weights as integers with the same ratios (unit weights stay 1).
   *
   * @throws IllegalArgumentException if the scaled weights are too large for exact {@code long}
   *     arithmetic
   */
  private static long[] integerWeights(ApprovalProfile profile) {
    int voters = profile.voters();
    long[] result = new long[voters];
    if (profile.hasUnitWeights()) {
      Arrays.fill(result, 1);
      return result;
    }
    int scale = 0;
    for (BigDecimal w : profile.weights()) {
      scale = Math.max(scale, w.stripTrailingZeros().scale());
    }
    BigInteger[] scaled = new BigInteger[voters];
    BigInteger gcd = BigInteger.ZERO;
    for (int v = 0; v < voters; v++) {
      scaled[v] = profile.weights().get(v).movePointRight(scale).toBigIntegerExact();
      gcd = gcd.gcd(scaled[v]);
    }
    BigInteger total = BigInteger.ZERO;
    for (int v = 0; v < voters; v++) {
      scaled[v] = scaled[v].divide(gcd);
      total = total.add(scaled[v]);
    }
    BigInteger limit = BigInteger.ONE.shiftLeft(61);
    checkArgument(
        total.multiply(BigInteger.valueOf(profile.candidates() + 1L)).compareTo(limit) < 0,
        "maximin-support needs the voter weights, scaled to integers with the same ratios, to total"
            + " less than 2^61 / (candidates + 1); they total %s",
        total);
    for (int v = 0; v < voters; v++) {
      result[v] = scaled[v].longValueExact();
    }
    return result;
  }

  /** A partial committee and its support value num / den (den 0: the empty committee, +∞). */
  private record State(int[] members, long num, long den) {}

  /** The winning committee with ties broken toward the lowest candidate index. */
  Committee resolute(int committeeSize) {
    State state = new State(new int[0], 1, 0);
    while (state.members.length < committeeSize) {
      long[] value = new long[2];
      int[] best = best(state, value);
      state = extend(state, best[0], value);
    }
    return Committee.of(state.members);
  }

  /** Every committee some tie-breaking produces. */
  ImmutableList<Committee> irresolute(int committeeSize) {
    TreeSet<Committee> result = new TreeSet<>();
    Set<BitSet> seen = new HashSet<>();
    Deque<State> stack = new ArrayDeque<>();
    stack.push(new State(new int[0], 1, 0));
    while (!stack.isEmpty()) {
      State state = stack.pop();
      long[] value = new long[2];
      for (int c : best(state, value)) {
        State child = extend(state, c, value);
        if (child.members.length == committeeSize) {
          result.add(Committee.of(child.members));
        } else {
          BitSet key = new BitSet(candidates);
          for (int member : child.members) {
            key.set(member);
          }
          if (seen.add(key)) {
            stack.push(child);
          }
        }
      }
    }
    return ImmutableList.copyOf(result);
  }

  /**
   * Whether candidate c has any approver.
   */
  boolean isApproved(int candidate) {
    return approvalWeight[candidate] > 0;
  }

  /**
   * The support value of a nonempty committee as {numerator, denominator}, or null if it is below
   * {@code thresholdNum / thresholdDen} (no threshold if {@code thresholdNum} is negative).
   */
  long @Nullable [] supportValue(int[] members, long thresholdNum, long thresholdDen) {
    long a = Long.MAX_VALUE;
    for (int c : members) {
      a = Math.min(a, approvalWeight[c]);
    }
    return support(members, a, 1, thresholdNum, thresholdDen);
  }

  private static State extend(State state, int candidate, long[] value) {
    int[] members = Arrays.copyOf(state.members, state.members.length + 1);
    members[state.members.length] = candidate;
    return new State(members, value[0], value[1]);
  }

  /**
   * The candidates whose addition gives the largest support value, in increasing order; the value
   * goes to {@code value} as {numerator, denominator}.
   */
  private int[] best(State state, long[] value) {
    boolean[] member = new boolean[candidates];
    for (int c : state.members) {
      member[c] = true;
    }
    // Upper bounds: the committee's own value and the candidate's approval weight.
    int count = 0;
    Integer[] order = new Integer[candidates - state.members.length];
    long[] boundNum = new long[candidates];
    long[] boundDen = new long[candidates];
    for (int c = 0; c < candidates; c++) {
      if (member[c]) {
        continue;
      }
      if (state.den != 0 && compare(state.num, state.den, approvalWeight[c], 1) < 0) {
        boundNum[c] = state.num;
        boundDen[c] = state.den;
      } else {
        boundNum[c] = approvalWeight[c];
        boundDen[c] = 1;
      }
      order[count++] = c;
    }
    // Decreasing bounds; among equal bounds, larger approval weight first (likelier to be best).
    Arrays.sort(
        order,
        (x, y) -> {
          int byBound = compare(boundNum[y], boundDen[y], boundNum[x], boundDen[x]);
          return byBound != 0 ? byBound : Long.compare(approvalWeight[y], approvalWeight[x]);
        });
    long bestNum = -1;
    long bestDen = 1;
    int[] tied = new int[count];
    int ties = 0;
    int[] members = Arrays.copyOf(state.members, state.members.length + 1);
    for (int i = 0; i < count; i++) {
      int c = order[i];
      if (ties > 0 && compare(boundNum[c], boundDen[c], bestNum, bestDen) < 0) {
        break;
      }
      members[members.length - 1] = c;
      long[] support =
          support(members, boundNum[c], boundDen[c], ties > 0 ? bestNum : -1, bestDen);
      if (support == null) {
        continue;
      }
      int versusBest = ties == 0 ? 1 : compare(support[0], support[1], bestNum, bestDen);
      if (versusBest > 0) {
        bestNum = support[0];
        bestDen = support[1];
        ties = 0;
        tied[ties++] = c;
      } else if (versusBest == 0) {
        tied[ties++] = c;
      }
    }
    value[0] = bestNum;
    value[1] = bestDen;
    int[] result = Arrays.copyOf(tied, ties);
    Arrays.sort(result);
    return result;
  }

  private static int compare(long aNum, long aDen, long bNum, long bDen) {
    return Long.compare(Math.multiplyExact(aNum, bDen), Math.multiplyExact(bNum, aDen));
  }

  /**
   * The support value of {@code members} as {numerator, denominator}, starting from the ratio
   * {@code a / b} of one of its subsets; null as soon as it is known to be below {@code
   * thresholdNum / thresholdDen} (no threshold if thresholdNum is negative).
   */
  private long @Nullable [] support(int[] members, long a, long b, long thresholdNum, long thresholdDen) {
    if (thresholdNum >= 0) {
      if (compare(a, b, thresholdNum, thresholdDen) < 0) {
        return null;
      }
      // One max flow decides whether the value reaches the threshold at all.
      int sink = buildNetwork(members, thresholdNum, thresholdDen);
      if (maxFlow(0, sink) < thresholdNum * members.length) {
        return null;
      }
    }
    long num = a;
    long den = b;
    while (true) {
      int sink = buildNetwork(members, num, den);
      long flow = maxFlow(0, sink);
      if (flow == num * members.length) {
        long g = gcd(num, den);
        return new long[] {num / g, den / g};
      }
      // The members reachable from the source in the residual network form a set T with
      // w(N(T)) / |T| < num / den; the reachable voters are exactly N(T).
      levels(0);
      long newNum = 0;
      long newDen = 0;
      for (int node = 1; node < sink; node++) {
        if (level[node] < 0) {
          continue;
        }
        if (node <= members.length) {
          newDen++;
        } else {
          newNum += weight[nodeVoter[node]];
        }
      }
      num = newNum;
      den = newDen;
    }
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }

  /**
   * Builds source 0 → member i (1..s): num; member → each approver: ∞; voter → sink: den ·
   * weight. Returns the sink's node number.
   */
  private int buildNetwork(int[] members, long num, long den) {
    int s = members.length;
    int nodes = s + 1;
    Arrays.fill(voterNode, -1);
    edgeCount = 0;
    Arrays.fill(head, -1);
    for (int i = 0; i < s; i++) {
      addEdge(0, i + 1, num);
      for (int v : approvers[members[i]]) {
        if (voterNode[v] < 0) {
          voterNode[v] = nodes;
          nodeVoter[nodes] = v;
          nodes++;
        }
        addEdge(i + 1, voterNode[v], INFINITE);
      }
    }
    int sink = nodes;
    for (int node = s + 1; node < sink; node++) {
      addEdge(node, sink, Math.multiplyExact(den, weight[nodeVoter[node]]));
    }
    return sink;
  }

  private void addEdge(int from, int target, long cap) {
    to[edgeCount] = target;
    capacity[edgeCount] = cap;
    next[edgeCount] = head[from];
    head[from] = edgeCount++;
    to[edgeCount] = from;
    capacity[edgeCount] = 0;
    next[edgeCount] = head[target];
    head[target] = edgeCount++;
  }

  /** Dinic's algorithm. */
  private long maxFlow(int source, int sink) {
    long total = 0;
    while (true) {
      levels(source);
      if (level[sink] < 0) {
        return total;
      }
      System.arraycopy(head, 0, iterator, 0, sink + 1);
      long pushed;
      while ((pushed = augment(source, sink, INFINITE)) > 0) {
        total += pushed;
      }
    }
  }

  /** Breadth-first levels from {@code source} in the residual network (-1: unreachable). */
  private void levels(int source) {
    Arrays.fill(level, -1);
    int first = 0;
    int last = 0;
    queue[last++] = source;
    level[source] = 0;
    while (first < last) {
      int node = queue[first++];
      for (int e = head[node]; e >= 0; e = next[e]) {
        if (capacity[e] > 0 && level[to[e]] < 0) {
          level[to[e]] = level[node] + 1;
          queue[last++] = to[e];
        }
      }
    }
  }

  private long augment(int node, int sink, long limit) {
    if (node == sink) {
      return limit;
    }
    for (; iterator[node] >= 0; iterator[node] = next[iterator[node]]) {
      int e = iterator[node];
      int target = to[e];
      if (capacity[e] > 0 && level[target] == level[node] + 1) {
        long pushed = augment(target, sink, Math.min(limit, capacity[e]));
        if (pushed > 0) {
          capacity[e] -= pushed;
          capacity[e ^ 1] += pushed;
          return pushed;
        }
      }
    }
    return 0;
  }
}
