package io.github.tongxin.governance.community;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The search behind {@link GroupFormation} for one connected set of buildings, on plain arrays.
 *
 * <p>Nodes are {@code 0..n-1} with weights (households) and neighbour lists in compressed rows.
 * A partition is a label per node. Its cost is the pair (households outside the bounds,
 * squared deviation from the target), both summed over groups and compared in that order.
 */
final class FormationSearch {
  /** Group counts tried by region growing, best first by their ideal cost. */
  private static final int COUNTS_TRIED = 4;

  /** The spanning-tree construction runs while the maximum is at most this many households. */
  static final int TREE_LIMIT = 4096;

  /** Starting buildings (spread over the part) for spanning trees and region growing. */
  private static final int STARTS_TRIED = 4;

  /** Pairs of neighbouring groups, one outside the bounds, up to this size are re-solved. */
  static final int PAIR_LIMIT = 12;

  /** Pairs of neighbouring groups up to this size are re-solved even within the bounds. */
  static final int SMALL_PAIR_LIMIT = 8;

  private static final int MAX_PASSES = 200;

  private final int n;
  private final long[] weight;
  private final int[] offsets;
  private final int[] targets;
  private final long target;
  private final long minimum;
  private final long maximum;
  private final long total;
  private final FormationBounds bounds;

  // Scratch space for connectivity checks: a node is visited when mark[node] == stamp.
  private final int[] mark;
  private final int[] queue;
  private int stamp;

  FormationSearch(long[] weight, int[] offsets, int[] targets, FormationBounds bounds) {
    this.n = weight.length;
    this.weight = weight;
    this.offsets = offsets;
    this.targets = targets;
    this.bounds = bounds;
    this.target = bounds.target();
    this.minimum = bounds.minimum();
    this.maximum = bounds.maximum();
    long sum = 0;
    for (long w : weight) {
      sum += w;
    }
    this.total = sum;
    this.mark = new int[n];
    this.queue = new int[n];
  }

  long excess(long size) {
    return Math.max(0, minimum - size) + Math.max(0, size - maximum);
  }

  long squared(long size) {
    long d = size - target;
    return d * d;
  }

  /** Labels {@code 0..k-1}, numbered in order of each group's smallest node. */
  int[] solve(int exactLimit) {
    int[] labels = n <= exactLimit ? exact() : heuristic();
    return canonical(labels);
  }

  // ---------------------------------------------------------------- exact search over subsets

  /**
   * Dynamic programming over subsets: best(S) is the cheapest partition of the node set S into
   * connected groups; the group holding S's lowest node is chosen among S's connected subsets
   * that contain it. Time O(3^n), memory O(2^n).
   */
  int[] exact() {
    int size = 1 << n;
    int[] neighbourMask = new int[n];
    for (int v = 0; v < n; v++) {
      for (int e = offsets[v]; e < offsets[v + 1]; e++) {
        neighbourMask[v] |= 1 << targets[e];
      }
    }
    long[] sum = new long[size];
    boolean[] connected = new boolean[size];
    for (int s = 1; s < size; s++) {
      int low = Integer.numberOfTrailingZeros(s);
      sum[s] = sum[s & (s - 1)] + weight[low];
      int reach = 1 << low;
      while (true) {
        int next = reach;
        for (int r = reach; r != 0; r &= r - 1) {
          next |= neighbourMask[Integer.numberOfTrailingZeros(r)];
        }
        next &= s;
        if (next == reach) {
          break;
        }
        reach = next;
      }
      connected[s] = reach == s;
    }
    long[] bestExcess = new long[size];
    long[] bestSquared = new long[size];
    int[] choice = new int[size];
    for (int s = 1; s < size; s++) {
      int low = s & -s;
      int rest = s ^ low;
      long be = Long.MAX_VALUE;
      long bs = Long.MAX_VALUE;
      int bc = 0;
      // Every subset of rest, including rest itself and the empty set.
      for (int sub = rest; ; sub = (sub - 1) & rest) {
        int group = sub | low;
        if (connected[group]) {
          int remaining = s ^ group;
          long e = excess(sum[group]) + bestExcess[remaining];
          long q = squared(sum[group]) + bestSquared[remaining];
          if (e < be || (e == be && q < bs)) {
            be = e;
            bs = q;
            bc = group;
          }
        }
        if (sub == 0) {
          break;
        }
      }
      bestExcess[s] = be;
      bestSquared[s] = bs;
      choice[s] = bc;
    }
    int[] labels = new int[n];
    int label = 0;
    for (int s = size - 1; s != 0; s ^= choice[s]) {
      for (int g = choice[s]; g != 0; g &= g - 1) {
        labels[Integer.numberOfTrailingZeros(g)] = label;
      }
      label++;
    }
    return labels;
  }

  // ---------------------------------------------------------------- heuristic

  /**
   * First, on eight spanning trees (breadth- and depth-first from four spread-out buildings),
   * looks for a partition within the bounds and polishes it by single moves. If none is found,
   * grows k regions (for the four most promising k, from the same four buildings), polishes each
   * by single moves, and re-solves pairs of neighbouring groups exactly while some group is
   * outside the bounds. Keeps the cheapest result; ties go to the first found.
   */
  int[] heuristic() {
    int[] starts = spreadNodes(Math.min(n, STARTS_TRIED));
    int[] best = null;
    long[] bestCost = null;
    if (maximum <= TREE_LIMIT) {
      for (int tree = 0; tree < 2 * starts.length; tree++) {
        int[] labels = treePartition(starts[tree / 2], tree % 2 == 1);
        if (labels != null) {
          improve(labels, n);
          long[] cost = cost(labels);
          if (best == null || less(cost, bestCost)) {
            best = labels;
            bestCost = cost;
          }
        }
      }
    }
    if (best == null || bestCost[0] > 0) {
      for (int k : candidateCounts()) {
        for (int start : starts) {
          int[] labels = grow(k, start);
          improve(labels, k);
          long[] cost = cost(labels);
          if (best == null || less(cost, bestCost)) {
            best = labels;
            bestCost = cost;
          }
        }
      }
      repairPairs(best);
    }
    return best;
  }

  // ---------------------------------------------------------------- spanning-tree construction

  /**
   * A partition within the bounds found on the breadth- or depth-first spanning tree from {@code
   * root}, or null if that tree has none. Bottom-up, each node keeps the set of weights its still-open
   * group can have such that every group closed below it is within the bounds (a bit set over
   * 0..maximum); a child either closes its group (if some weight is within the bounds) or joins
   * it to its parent's. Top-down, the root's group takes the feasible weight nearest the target
   * and each child closes (with the feasible weight nearest the target) where it can, else
   * joins. Any partition of a spanning tree into subtrees is a partition of the part into
   * connected groups.
   */
  int[] treePartition(int root, boolean depthFirst) {
    int words = (int) (maximum / 64) + 1;
    int[] parent = new int[n];
    int[] order = depthFirst ? depthFirstTree(root, parent) : breadthFirstTree(root, parent);
    // reach[v]: open weights of v's group; before[u]: reach of u's parent before u was merged.
    long[][] reach = new long[n][];
    long[][] before = new long[n][];
    for (int v = 0; v < n; v++) {
      reach[v] = new long[words];
      if (weight[v] <= maximum) {
        set(reach[v], (int) weight[v]);
      }
    }
    for (int i = n - 1; i > 0; i--) {
      int child = order[i];
      int p = parent[child];
      long[] current = reach[p];
      before[child] = current;
      long[] merged = new long[words];
      if (closable(reach[child])) {
        System.arraycopy(current, 0, merged, 0, words);
      }
      sumInto(merged, current, reach[child]);
      reach[p] = merged;
    }
    int rootWeight = nearestFeasible(reach[root]);
    if (rootWeight < 0) {
      return null;
    }
    int[] labels = new int[n];
    int[] open = new int[n];
    labels[root] = 0;
    open[root] = rootWeight;
    int groups = 1;
    // Parents before children (BFS order). Children were merged in reverse BFS order, so they
    // are unmerged in BFS order: the last merged first.
    int[] childStart = new int[n + 1];
    for (int i = 1; i < n; i++) {
      childStart[parent[order[i]] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      childStart[v + 1] += childStart[v];
    }
    int[] children = new int[Math.max(1, n - 1)];
    int[] fill = Arrays.copyOf(childStart, n);
    for (int i = 1; i < n; i++) {
      int c = order[i];
      children[fill[parent[c]]++] = c;
    }
    for (int i = 0; i < n; i++) {
      int v = order[i];
      int x = open[v];
      for (int j = childStart[v]; j < childStart[v + 1]; j++) {
        int c = children[j];
        long[] prior = before[c];
        if (get(prior, x) && closable(reach[c])) {
          labels[c] = groups++;
          open[c] = nearestFeasible(reach[c]);
        } else {
          int b = -1;
          for (int candidate = 0; candidate <= x; candidate++) {
            if (get(reach[c], candidate) && get(prior, x - candidate)) {
              b = candidate;
              break;
            }
          }
          if (b < 0) {
            throw new AssertionError("tree partition: no split of " + x + " at node " + v);
          }
          labels[c] = labels[v];
          open[c] = b;
          x -= b;
        }
      }
      if (x != weight[v]) {
        throw new AssertionError("tree partition: node " + v + " left " + x);
      }
    }
    return labels;
  }

  /** Breadth-first spanning tree: fills parent (root: -1), returns nodes in visiting order. */
  private int[] breadthFirstTree(int root, int[] parent) {
    int[] order = new int[n];
    Arrays.fill(parent, -2);
    parent[root] = -1;
    int tail = 0;
    order[tail++] = root;
    for (int head = 0; head < tail; head++) {
      int v = order[head];
      for (int e = offsets[v]; e < offsets[v + 1]; e++) {
        int u = targets[e];
        if (parent[u] == -2) {
          parent[u] = v;
          order[tail++] = u;
        }
      }
    }
    return order;
  }

  /**
   * Depth-first spanning tree (long paths, unlike the bushy breadth-first one): fills parent,
   * returns nodes in preorder, so every node comes after its parent.
   */
  private int[] depthFirstTree(int root, int[] parent) {
    int[] order = new int[n];
    int[] next = new int[n];
    int[] stack = new int[n];
    Arrays.fill(parent, -2);
    parent[root] = -1;
    int count = 0;
    int depth = 0;
    stack[depth++] = root;
    order[count++] = root;
    for (int v = 0; v < n; v++) {
      next[v] = offsets[v];
    }
    while (depth > 0) {
      int v = stack[depth - 1];
      if (next[v] == offsets[v + 1]) {
        depth--;
        continue;
      }
      int u = targets[next[v]++];
      if (parent[u] == -2) {
        parent[u] = v;
        order[count++] = u;
        stack[depth++] = u;
      }
    }
    return order;
  }

  private boolean closable(long[] bits) {
    int at = nextSet(bits, (int) minimum);
    return at >= 0 && at <= maximum;
  }

  /** The weight in {@code bits} within the bounds nearest the target (ties: the smaller), or -1. */
  private int nearestFeasible(long[] bits) {
    int best = -1;
    for (int w = nextSet(bits, (int) minimum); w >= 0 && w <= maximum; w = nextSet(bits, w + 1)) {
      if (best < 0 || Math.abs(w - target) < Math.abs(best - target)) {
        best = w;
      }
    }
    return best;
  }

  /** dst |= {a + b : a in x, b in y, a + b <= maximum}. */
  private void sumInto(long[] dst, long[] x, long[] y) {
    int words = dst.length;
    for (int b = nextSet(y, 0); b >= 0; b = nextSet(y, b + 1)) {
      int wordShift = b >>> 6;
      int bitShift = b & 63;
      for (int i = words - 1; i >= wordShift; i--) {
        long shifted = x[i - wordShift] << bitShift;
        if (bitShift != 0 && i - wordShift - 1 >= 0) {
          shifted |= x[i - wordShift - 1] >>> (64 - bitShift);
        }
        dst[i] |= shifted;
      }
    }
    int lastBits = (int) (maximum % 64) + 1;
    if (lastBits < 64) {
      dst[words - 1] &= (1L << lastBits) - 1;
    }
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << (i & 63);
  }

  private static boolean get(long[] bits, long i) {
    return i >= 0 && (i >>> 6) < bits.length && (bits[(int) (i >>> 6)] & (1L << (i & 63))) != 0;
  }

  private static int nextSet(long[] bits, int from) {
    int word = from >>> 6;
    if (word >= bits.length) {
      return -1;
    }
    long current = bits[word] & (-1L << (from & 63));
    while (true) {
      if (current != 0) {
        return (word << 6) + Long.numberOfTrailingZeros(current);
      }
      if (++word == bits.length) {
        return -1;
      }
      current = bits[word];
    }
  }

  private static boolean less(long[] a, long[] b) {
    return a[0] < b[0] || (a[0] == b[0] && a[1] < b[1]);
  }

  /**
   * The group counts to try. Where some k puts the average group within the bounds, those k
   * ordered by the ideal cost {@code (total - k·target)² / k} of k equal groups; otherwise the
   * counts either side of {@code total / target}.
   */
  int[] candidateCounts() {
    long low = Math.max(1, ceilDiv(total, maximum));
    long high = Math.min(n, total / minimum);
    if (low > high) {
      long k = Math.max(1, Math.min(n, total / target));
      long k2 = Math.min(n, k + 1);
      return k == k2 ? new int[] {(int) k} : new int[] {(int) k, (int) k2};
    }
    int found = 0;
    long[] chosen = new long[COUNTS_TRIED];
    for (long k = low; k <= high; k++) {
      // Insert k into the short list ordered by ideal cost, ties to the smaller k.
      int at = found;
      while (at > 0 && idealLess(k, chosen[at - 1])) {
        at--;
      }
      if (at < COUNTS_TRIED) {
        for (int j = Math.min(found, COUNTS_TRIED - 1); j > at; j--) {
          chosen[j] = chosen[j - 1];
        }
        chosen[at] = k;
        found = Math.min(found + 1, COUNTS_TRIED);
      }
    }
    int[] result = new int[found];
    for (int i = 0; i < found; i++) {
      result[i] = (int) chosen[i];
    }
    return result;
  }

  /** Whether (total - a·t)²/a is less than (total - b·t)²/b, exactly. */
  private boolean idealLess(long a, long b) {
    long da = Math.abs(total - a * target);
    long db = Math.abs(total - b * target);
    // Compare da²·b with db²·a in 128 bits; all factors are below 2^31·2^31.
    return compare128(da * da, b, db * db, a) < 0;
  }

  private static int compare128(long x, long y, long u, long v) {
    long hi1 = Math.multiplyHigh(x, y);
    long hi2 = Math.multiplyHigh(u, v);
    if (hi1 != hi2) {
      return Long.compare(hi1, hi2);
    }
    return Long.compareUnsigned(x * y, u * v);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * {@code count} nodes spread over the part: the node farthest from node 0, then repeatedly the
   * node farthest from all chosen so far (ties to the smallest index).
   */
  private int[] spreadNodes(int count) {
    int[] chosen = new int[count];
    chosen[0] = farthestFrom(0);
    int[] dist = distancesFrom(chosen[0]);
    for (int c = 1; c < count; c++) {
      int next = 0;
      for (int v = 1; v < n; v++) {
        if (dist[v] > dist[next]) {
          next = v;
        }
      }
      chosen[c] = next;
      int[] more = distancesFrom(next);
      for (int v = 0; v < n; v++) {
        dist[v] = Math.min(dist[v], more[v]);
      }
    }
    return chosen;
  }

  /**
   * While some group is outside the bounds: re-solve exactly each pair of neighbouring groups,
   * one of them outside the bounds, whose buildings number at most {@link #PAIR_LIMIT}; keep a
   * new split of the pair (into any number of connected groups) when it is cheaper, then polish
   * with single moves again.
   */
  void repairPairs(int[] labels) {
    // Pairs already re-solved without gain, by the fingerprints of their two member sets: the
    // exact answer for the same buildings cannot change, so they are not tried again.
    Set<Long> tried = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      int groups = groupCount(labels);
      long[] sums = new long[groups];
      int[] sizes = new int[groups];
      long[] fingerprint = new long[groups];
      for (int v = 0; v < n; v++) {
        sums[labels[v]] += weight[v];
        sizes[labels[v]]++;
        fingerprint[labels[v]] += mix(v);
      }
      search:
      for (int v = 0; v < n; v++) {
        int a = labels[v];
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
          int b = labels[targets[e]];
          if (a == b
              || sizes[a] + sizes[b] > PAIR_LIMIT
              || (sizes[a] + sizes[b] > SMALL_PAIR_LIMIT
                  && excess(sums[a]) == 0
                  && excess(sums[b]) == 0)
              || !tried.add(fingerprint[a] + fingerprint[b])) {
            continue;
          }
          if (resolvePair(labels, a, b, groups)) {
            changed = true;
            break search;
          }
        }
      }
      if (changed) {
        int[] fresh = canonical(labels);
        System.arraycopy(fresh, 0, labels, 0, n);
        improve(labels, groupCount(labels));
      }
    }
  }

  /** A 64-bit mix of a node index (SplitMix64's finaliser), summed into group fingerprints. */
  private static long mix(long v) {
    long z = (v + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Re-solves groups a and b exactly; applies and returns true if that lowers their cost. */
  private boolean resolvePair(int[] labels, int a, int b, int groups) {
    int[] members = new int[PAIR_LIMIT];
    int m = 0;
    for (int v = 0; v < n; v++) {
      if (labels[v] == a || labels[v] == b) {
        members[m++] = v;
      }
    }
    int[] localIndex = new int[n];
    Arrays.fill(localIndex, -1);
    for (int i = 0; i < m; i++) {
      localIndex[members[i]] = i;
    }
    long[] w = new long[m];
    int[] off = new int[m + 1];
    int[] tg = new int[offsets[n]];
    int edges = 0;
    long sumA = 0;
    long sumB = 0;
    for (int i = 0; i < m; i++) {
      int v = members[i];
      w[i] = weight[v];
      if (labels[v] == a) {
        sumA += weight[v];
      } else {
        sumB += weight[v];
      }
      for (int e = offsets[v]; e < offsets[v + 1]; e++) {
        int u = localIndex[targets[e]];
        if (u >= 0) {
          tg[edges++] = u;
        }
      }
      off[i + 1] = edges;
    }
    FormationSearch pair = new FormationSearch(w, off, tg, bounds);
    int[] split = pair.exact();
    long[] before = {excess(sumA) + excess(sumB), squared(sumA) + squared(sumB)};
    long[] after = pair.cost(split);
    if (after[0] < before[0] || (after[0] == before[0] && after[1] < before[1])) {
      // Reuse a and b for the first two new groups, fresh labels beyond.
      for (int i = 0; i < m; i++) {
        int s = split[i];
        labels[members[i]] = s == 0 ? a : s == 1 ? b : groups + s - 2;
      }
      return true;
    }
    return false;
  }

  /** The node farthest from {@code start} in hops; ties go to the smallest index. */
  private int farthestFrom(int start) {
    int[] dist = distancesFrom(start);
    int best = start;
    for (int v = 0; v < n; v++) {
      if (dist[v] > dist[best]) {
        best = v;
      }
    }
    return best;
  }

  private int[] distancesFrom(int start) {
    int[] dist = new int[n];
    Arrays.fill(dist, Integer.MAX_VALUE);
    dist[start] = 0;
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      int v = queue[head++];
      for (int e = offsets[v]; e < offsets[v + 1]; e++) {
        int u = targets[e];
        if (dist[u] == Integer.MAX_VALUE) {
          dist[u] = dist[v] + 1;
          queue[tail++] = u;
        }
      }
    }
    return dist;
  }

  /**
   * k connected regions grown from seeds chosen farthest-first; at each step the lightest
   * region that can still grow takes the free neighbour most connected to it.
   */
  int[] grow(int k, int start) {
    int[] labels = new int[n];
    Arrays.fill(labels, -1);
    long[] regionWeight = new long[k];
    int[][] frontier = new int[k][];
    int[] frontierSize = new int[k];
    int[] seedDistance = distancesFrom(start);
    int seeds = 0;
    int seed = start;
    while (true) {
      labels[seed] = seeds;
      regionWeight[seeds] = weight[seed];
      frontier[seeds] = new int[8];
      seeds++;
      if (seeds == k) {
        break;
      }
      int next = -1;
      for (int v = 0; v < n; v++) {
        if (labels[v] < 0 && (next < 0 || seedDistance[v] > seedDistance[next])) {
          next = v;
        }
      }
      int[] dist = distancesFrom(next);
      for (int v = 0; v < n; v++) {
        seedDistance[v] = Math.min(seedDistance[v], dist[v]);
      }
      seed = next;
    }
    for (int v = 0; v < n; v++) {
      if (labels[v] >= 0) {
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
          frontier[labels[v]] = push(frontier[labels[v]], frontierSize, labels[v], targets[e]);
        }
      }
    }
    int free = n - k;
    while (free > 0) {
      int region = -1;
      for (int r = 0; r < k; r++) {
        if (region >= 0 && regionWeight[r] >= regionWeight[region]) {
          continue;
        }
        // Drop neighbours that other regions have taken meanwhile.
        int[] f = frontier[r];
        int kept = 0;
        for (int i = 0; i < frontierSize[r]; i++) {
          if (labels[f[i]] < 0) {
            f[kept++] = f[i];
          }
        }
        frontierSize[r] = kept;
        if (kept > 0) {
          region = r;
        }
      }
      int pick = -1;
      int pickLinks = -1;
      int[] f = frontier[region];
      for (int i = 0; i < frontierSize[region]; i++) {
        int v = f[i];
        int links = 0;
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
          if (labels[targets[e]] == region) {
            links++;
          }
        }
        if (links > pickLinks || (links == pickLinks && v < pick)) {
          pick = v;
          pickLinks = links;
        }
      }
      labels[pick] = region;
      regionWeight[region] += weight[pick];
      free--;
      for (int e = offsets[pick]; e < offsets[pick + 1]; e++) {
        if (labels[targets[e]] < 0) {
          frontier[region] = push(frontier[region], frontierSize, region, targets[e]);
        }
      }
    }
    return labels;
  }

  private static int[] push(int[] list, int[] sizes, int which, int value) {
    int[] result = list;
    if (sizes[which] == result.length) {
      result = Arrays.copyOf(result, result.length * 2);
    }
    result[sizes[which]++] = value;
    return result;
  }

  /**
   * Local search: move one building to a neighbouring group whenever that lowers the cost and
   * leaves its old group connected (or empty, merging it away). Each move lowers the cost, so
   * the search ends; it also stops after a fixed number of passes.
   */
  void improve(int[] labels, int k) {
    long[] groupWeight = new long[k];
    int[] groupSize = new int[k];
    for (int v = 0; v < n; v++) {
      groupWeight[labels[v]] += weight[v];
      groupSize[labels[v]]++;
    }
    boolean moved = true;
    for (int pass = 0; pass < MAX_PASSES && moved; pass++) {
      moved = false;
      for (int v = 0; v < n; v++) {
        int from = labels[v];
        long fromWeight = groupWeight[from];
        long fromAfter = fromWeight - weight[v];
        boolean empties = groupSize[from] == 1;
        long baseExcess = excess(fromWeight) - (empties ? 0 : excess(fromAfter));
        long baseSquared = squared(fromWeight) - (empties ? 0 : squared(fromAfter));
        int bestTo = -1;
        long bestDe = 0;
        long bestDq = 0;
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
          int to = labels[targets[e]];
          if (to == from || to == bestTo) {
            continue;
          }
          long toWeight = groupWeight[to];
          long de = excess(toWeight + weight[v]) - excess(toWeight) - baseExcess;
          long dq = squared(toWeight + weight[v]) - squared(toWeight) - baseSquared;
          if (de < bestDe || (de == bestDe && dq < bestDq)) {
            bestTo = to;
            bestDe = de;
            bestDq = dq;
          }
        }
        if (bestTo >= 0 && (empties || connectedWithout(labels, from, v, groupSize[from] - 1))) {
          labels[v] = bestTo;
          groupWeight[from] = fromAfter;
          groupSize[from]--;
          groupWeight[bestTo] += weight[v];
          groupSize[bestTo]++;
          moved = true;
        }
      }
    }
  }

  /** Whether the nodes labelled {@code group}, except {@code removed}, are connected. */
  private boolean connectedWithout(int[] labels, int group, int removed, int expected) {
    int start = -1;
    for (int e = offsets[removed]; e < offsets[removed + 1] && start < 0; e++) {
      if (labels[targets[e]] == group) {
        start = targets[e];
      }
    }
    if (start < 0) {
      return false;
    }
    stamp++;
    mark[removed] = stamp;
    mark[start] = stamp;
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      int v = queue[head++];
      for (int e = offsets[v]; e < offsets[v + 1]; e++) {
        int u = targets[e];
        if (labels[u] == group && mark[u] != stamp) {
          mark[u] = stamp;
          queue[tail++] = u;
        }
      }
    }
    return tail == expected;
  }

  /** {excess, squared deviation} of a labelling. */
  long[] cost(int[] labels) {
    int groups = groupCount(labels);
    long[] sums = new long[groups];
    boolean[] used = new boolean[groups];
    for (int v = 0; v < n; v++) {
      sums[labels[v]] += weight[v];
      used[labels[v]] = true;
    }
    long e = 0;
    long q = 0;
    for (int g = 0; g < groups; g++) {
      if (used[g]) {
        e += excess(sums[g]);
        q += squared(sums[g]);
      }
    }
    return new long[] {e, q};
  }

  /** One more than the largest label. */
  private static int groupCount(int[] labels) {
    int count = 0;
    for (int label : labels) {
      count = Math.max(count, label + 1);
    }
    return count;
  }

  /** Renumbers labels 0.. in order of first appearance. */
  private static int[] canonical(int[] labels) {
    int[] map = new int[groupCount(labels)];
    Arrays.fill(map, -1);
    int next = 0;
    int[] result = new int[labels.length];
    for (int v = 0; v < labels.length; v++) {
      if (map[labels[v]] < 0) {
        map[labels[v]] = next++;
      }
      result[v] = map[labels[v]];
    }
    return result;
  }
}
