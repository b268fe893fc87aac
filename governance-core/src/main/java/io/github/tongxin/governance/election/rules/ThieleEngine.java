package io.github.tongxin.governance.election.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Thiele methods on {@code long} scores: weights and marginals are integers (scaled by {@link
 * ThieleFunction#scaledMarginals} and {@link ThieleInput}), and {@link ThieleSolver#of} checks that
 * no sum overflows, so every comparison is exact.
 *
 * <p>The sequential rules keep every candidate's marginal gain (or loss) up to date as members
 * come and go. Their irresolute forms follow every tie ("parallel universes"), visiting each set of
 * members once, since the gains depend only on the set.
 *
 * <p>The optimal committees come from a depth-first branch and bound over k-subsets, in an order
 * of the candidates that puts the likely members first. It starts from the sequential committee
 * improved by swaps, and bounds each node by the best of: the current score plus the best
 * remaining marginal gains (Thiele scores are submodular), and tangent bounds, which replace each
 * voter's concave score by a line touching it at a guessed final satisfaction, so that the score
 * becomes modular and its maximum a sum of the best candidate weights. The guesses come from a
 * {@link FrankWolfeGuide}, which drives them toward the LP relaxation; on random profiles of 100
 * voters and 100 candidates that bound is within a fraction of a point of the optimum, so few
 * nodes survive. A node is cut only when its bound is strictly below the best score (or equal to
 * it when a resolute search already holds a lexicographically smaller committee), so irresolute
 * searches keep every optimal committee. A resolute search also admits a clone (a candidate with
 * the same approvers as a lower-indexed one) only after that lower-indexed clone.
 */
final class ThieleEngine implements ThieleSolver {
  /** Frank-Wolfe steps for the root bound, which also orders the branching. */
  static final int ROOT_STEPS = 100;
  /** Frank-Wolfe steps at most at every other node. */
  static final int NODE_STEPS = 6;

  private final int n;
  private final int m;
  private final int k;
  private final int[][] ballots;
  private final int[][] approvers;
  private final long[] w;
  /** f[j] for j = 0..J+1, with f[0] = f[J+1] = 0. */
  private final long[] f;
  /** phi[j] = f[1] + ... + f[j]. */
  private final long[] phi;
  private final ThieleInput input;

  ThieleEngine(ThieleInput input, long[] weights, long[] marginals, int k) {
    this.n = input.voters;
    this.m = input.candidates;
    this.k = k;
    this.ballots = input.ballots;
    this.approvers = input.approvers;
    this.w = weights;
    this.f = marginals;
    this.input = input;
    this.phi = new long[marginals.length];
    for (int j = 1; j < marginals.length; j++) {
      phi[j] = phi[j - 1] + marginals[j];
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Incremental state: members, each voter's number of approved members, each candidate's gain.

  /** A committee under construction with every candidate's marginal gain kept up to date. */
  private final class State {
    final boolean[] member = new boolean[m];
    final int[] sat = new int[n];
    /** gain[c] = sum over approvers v of w[v] * f[sat[v] + 1]. */
    final long[] gain = new long[m];
    long score;
    int size;

    State() {
      for (int c = 0; c < m; c++) {
        long g = 0;
        for (int v : approvers[c]) {
          g += w[v] * f[1];
        }
        gain[c] = g;
      }
    }

    void add(int c) {
      member[c] = true;
      size++;
      score += gain[c];
      for (int v : approvers[c]) {
        int s = sat[v];
        long delta = w[v] * (f[s + 2] - f[s + 1]);
        sat[v] = s + 1;
        if (delta != 0) {
          for (int x : ballots[v]) {
            gain[x] += delta;
          }
        }
      }
    }

    void remove(int c) {
      member[c] = false;
      size--;
      for (int v : approvers[c]) {
        int s = sat[v];
        long delta = w[v] * (f[s] - f[s + 1]);
        sat[v] = s - 1;
        if (delta != 0) {
          for (int x : ballots[v]) {
            gain[x] += delta;
          }
        }
      }
      score -= gain[c];
    }

    int[] members() {
      int[] result = new int[size];
      int i = 0;
      for (int c = 0; c < m; c++) {
        if (member[c]) {
          result[i++] = c;
        }
      }
      return result;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sequential rules.

  @Override
  public int[] sequential() {
    return greedy().members();
  }

  private State greedy() {
    State state = new State();
    for (int round = 0; round < k; round++) {
      state.add(bestAddition(state));
    }
    return state;
  }

  /** The non-member of largest gain, the lowest index among ties. */
  private int bestAddition(State state) {
    int best = -1;
    long bestGain = Long.MIN_VALUE;
    for (int c = 0; c < m; c++) {
      if (!state.member[c] && state.gain[c] > bestGain) {
        best = c;
        bestGain = state.gain[c];
      }
    }
    return best;
  }

  @Override
  public List<int[]> sequentialAll() {
    List<int[]> result = new ArrayList<>();
    sequentialAll(new State(), new HashSet<>(), result);
    return ThieleBigEngine.sorted(result);
  }

  private void sequentialAll(State state, Set<BitSet> seen, List<int[]> result) {
    if (state.size == k) {
      result.add(state.members());
      return;
    }
    long max = Long.MIN_VALUE;
    for (int c = 0; c < m; c++) {
      if (!state.member[c]) {
        max = Math.max(max, state.gain[c]);
      }
    }
    for (int c = 0; c < m; c++) {
      if (!state.member[c] && state.gain[c] == max) {
        state.add(c);
        if (seen.add(bitSet(state.member))) {
          sequentialAll(state, seen, result);
        }
        state.remove(c);
      }
    }
  }

  static BitSet bitSet(boolean[] member) {
    BitSet set = new BitSet(member.length);
    for (int c = 0; c < member.length; c++) {
      if (member[c]) {
        set.set(c);
      }
    }
    return set;
  }

  // ---------------------------------------------------------------------------------------------
  // Reverse sequential rules: start from all candidates, remove the member of least loss.

  /** A committee shrinking from all candidates, with each member's loss kept up to date. */
  private final class Shrinking {
    final boolean[] member = new boolean[m];
    final int[] sat = new int[n];
    /** loss[c] = sum over approvers v of w[v] * f[sat[v]]. */
    final long[] loss = new long[m];
    int size = m;

    Shrinking() {
      Arrays.fill(member, true);
      for (int v = 0; v < n; v++) {
        sat[v] = ballots[v].length;
      }
      for (int c = 0; c < m; c++) {
        long l = 0;
        for (int v : approvers[c]) {
          l += w[v] * f[sat[v]];
        }
        loss[c] = l;
      }
    }

    void remove(int c) {
      member[c] = false;
      size--;
      for (int v : approvers[c]) {
        int s = sat[v];
        long delta = w[v] * (f[s - 1] - f[s]);
        sat[v] = s - 1;
        if (delta != 0) {
          for (int x : ballots[v]) {
            loss[x] += delta;
          }
        }
      }
    }

    void restore(int c) {
      member[c] = true;
      size++;
      for (int v : approvers[c]) {
        int s = sat[v];
        long delta = w[v] * (f[s + 1] - f[s]);
        sat[v] = s + 1;
        if (delta != 0) {
          for (int x : ballots[v]) {
            loss[x] += delta;
          }
        }
      }
    }

    long minLoss() {
      long min = Long.MAX_VALUE;
      for (int c = 0; c < m; c++) {
        if (member[c]) {
          min = Math.min(min, loss[c]);
        }
      }
      return min;
    }

    int[] members() {
      int[] result = new int[size];
      int i = 0;
      for (int c = 0; c < m; c++) {
        if (member[c]) {
          result[i++] = c;
        }
      }
      return result;
    }
  }

  @Override
  public int[] reverseSequential() {
    Shrinking state = new Shrinking();
    while (state.size > k) {
      long min = state.minLoss();
      int worst = -1;
      for (int c = 0; c < m; c++) {
        if (state.member[c] && state.loss[c] == min) {
          worst = c; // the highest index among ties is removed
        }
      }
      state.remove(worst);
    }
    return state.members();
  }

  @Override
  public List<int[]> reverseSequentialAll() {
    List<int[]> result = new ArrayList<>();
    reverseSequentialAll(new Shrinking(), new HashSet<>(), result);
    return ThieleBigEngine.sorted(result);
  }

  private void reverseSequentialAll(Shrinking state, Set<BitSet> seen, List<int[]> result) {
    if (state.size == k) {
      result.add(state.members());
      return;
    }
    long min = state.minLoss();
    for (int c = 0; c < m; c++) {
      if (state.member[c] && state.loss[c] == min) {
        state.remove(c);
        if (seen.add(bitSet(state.member))) {
          reverseSequentialAll(state, seen, result);
        }
        state.restore(c);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Optimal rules: branch and bound.

  @Override
  public int[] optimal() {
    Search search = new Search(true);
    search.run();
    return search.bestCommittee;
  }

  @Override
  public List<int[]> optimalAll() {
    Search search = new Search(false);
    search.run();
    return ThieleBigEngine.sorted(search.found);
  }

  /** Improves a committee by swaps of one member for one non-member while the score rises. */
  private void improveBySwaps(State state) {
    boolean[] touched = new boolean[n];
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int out = 0; out < m && !improved; out++) {
        if (!state.member[out]) {
          continue;
        }
        long loss = 0;
        for (int v : approvers[out]) {
          loss += w[v] * f[state.sat[v]];
          touched[v] = true;
        }
        int bestIn = -1;
        long bestDelta = 0;
        for (int in = 0; in < m; in++) {
          if (state.member[in]) {
            continue;
          }
          long gain = 0;
          for (int v : approvers[in]) {
            gain += w[v] * f[state.sat[v] + (touched[v] ? 0 : 1)];
          }
          if (gain - loss > bestDelta) {
            bestDelta = gain - loss;
            bestIn = in;
          }
        }
        for (int v : approvers[out]) {
          touched[v] = false;
        }
        if (bestIn >= 0) {
          state.remove(out);
          state.add(bestIn);
          improved = true;
        }
      }
    }
  }

  /** One branch-and-bound run. */
  private final class Search {
    final boolean resolute;
    final State state = new State();
    /** The branching order: candidate at each position, and the position of each candidate. */
    final int[] order = new int[m];
    final int[] position = new int[m];
    long best;
    int[] bestCommittee;
    final List<int[]> found = new ArrayList<>();
    final FrankWolfeGuide fw;
    // Scratch space, one row per depth.
    /** The fractional committee that guides the tangent points at each depth. */
    final double[][] guide;
    final long[][] topGain;
    final long[][] topTangent;
    /** The tangent weights and constant of the best bound found at each depth. */
    final long[][] tangent;
    final long[] tangentConstant;
    final long[] trial;
    final int[] point = new int[n];
    final double[] suffixMass = new double[m + 1];
    final long[] heap;
    final int[] heapIndex;
    final int[] pick;
    final int[] previousClone;

    Search(boolean resolute) {
      this.resolute = resolute;
      this.previousClone = input.previousClone();
      State start = greedy();
      improveBySwaps(start);
      best = start.score;
      bestCommittee = start.members();
      guide = new double[k + 1][m];
      topGain = new long[k + 1][m + 1];
      topTangent = new long[k + 1][m + 1];
      tangent = new long[k + 1][m];
      tangentConstant = new long[k + 1];
      trial = new long[m];
      heap = new long[k + 1];
      heapIndex = new int[k + 1];
      pick = new int[k + 1];
      double[] weight = new double[n];
      for (int v = 0; v < n; v++) {
        weight[v] = w[v];
      }
      fw = new FrankWolfeGuide(m, ballots, approvers, weight, relativeSlopes(f));
      for (int i = 0; i < m; i++) {
        order[i] = i;
        position[i] = i;
      }
      // Root guide: halfway between the incumbent and the uniform fractional committee, then
      // improved by many Frank-Wolfe steps; its values order the branching.
      double[] x = guide[0];
      for (int c = 0; c < m; c++) {
        x[c] = 0.5 * k / m + (start.member[c] ? 0.5 : 0);
      }
      bound(0, k, 0, ROOT_STEPS);
      sortByGuide(order, position, x, start.member, previousClone);
    }

    void run() {
      search(0, k);
    }

    /** Explores completions of the current members by r candidates from positions p..m-1. */
    void search(int p, int r) {
      int depth = k - r;
      long nodeBound = bound(p, r, depth, NODE_STEPS);
      if (cut(nodeBound, -1, p, r)) {
        return;
      }
      long score = state.score;
      long[] gain = state.gain;
      if (r == 1) {
        for (int i = p; i < m; i++) {
          int c = order[i];
          if (!skipClone(c)) {
            leaf(score + gain[c], c);
          }
        }
        return;
      }
      long[] topG = topGain[depth];
      long[] topT = topTangent[depth];
      long[] tan = tangent[depth];
      suffixTops(p + 1, r - 1, gain, topG);
      suffixTops(p + 1, r - 1, tan, topT);
      long constant = tangentConstant[depth];
      double[] x = guide[depth];
      double[] mass = suffixMass;
      mass[m] = 0;
      for (int j = m - 1; j >= p; j--) {
        mass[j] = mass[j + 1] + x[order[j]];
      }
      for (int i = p; i <= m - r; i++) {
        int c = order[i];
        if (skipClone(c)) {
          continue;
        }
        long bound = Math.min(score + gain[c] + topG[i + 1], constant + tan[c] + topT[i + 1]);
        if (cut(bound, c, i + 1, r - 1)) {
          continue;
        }
        FrankWolfeGuide.child(x, guide[depth + 1], order, state.member, i, r, mass[i + 1]);
        state.add(c);
        search(i + 1, r - 1);
        state.remove(c);
      }
    }

    /**
     * Whether a resolute search skips c: its previous clone is not a member, so swapping the two
     * would give the same score and a lexicographically smaller committee.
     */
    boolean skipClone(int c) {
      return resolute && previousClone[c] >= 0 && !state.member[previousClone[c]];
    }

    /**
     * Whether a subtree whose completions score at most {@code bound} can be skipped: the
     * members, plus {@code extra} if not negative, plus r candidates from positions p..m-1.
     */
    boolean cut(long bound, int extra, int p, int r) {
      if (bound < best) {
        return true;
      }
      if (bound > best || !resolute) {
        return false;
      }
      // Equal to the best: useful only if some completion is lexicographically smaller.
      return compare(smallestCompletion(state.member, position, extra, p, r), bestCommittee)
          >= 0;
    }

    void leaf(long score, int last) {
      if (score < best) {
        return;
      }
      int[] committee = withMember(state.member, last, k);
      if (resolute) {
        if (score > best || compare(committee, bestCommittee) < 0) {
          best = score;
          bestCommittee = committee;
        }
        return;
      }
      if (score > best) {
        best = score;
        found.clear();
      }
      found.add(committee);
    }

    /**
     * An upper bound, exact, on every completion of the current members by r candidates from
     * positions p..m-1. Leaves in row {@code depth} the tangent weights and constant of the best
     * bound found, for the bounds of the children.
     *
     * <p>For any integers t_v, concavity puts each voter's score below the line through (t_v,
     * phi(t_v)) of slope f(t_v + 1), so the committee's score is at most {@code sum_v w_v (phi(t_v)
     * + f(t_v + 1) (sat_v - t_v))} plus, for each candidate still to come, {@code sum over its
     * approvers of w_v f(t_v + 1)}; the best r of those finish the bound. The choice t_v = sat_v
     * gives the current score plus the r best marginal gains; better t_v come from the {@link
     * FrankWolfeGuide}.
     */
    long bound(int p, int r, int depth, int steps) {
      long[] gain = state.gain;
      long[] tan = tangent[depth];
      int[] sat = state.sat;
      long bestBound = state.score + top(p, r, gain, pick);
      System.arraycopy(gain, 0, tan, 0, m);
      tangentConstant[depth] = state.score;
      if (bestBound < best || steps == 0) {
        return bestBound;
      }
      double[] x = guide[depth];
      fw.setLevels(x);
      Arrays.fill(trial, 0);
      long constant = 0;
      for (int v = 0; v < n; v++) {
        int t = fw.tangentPoint(v);
        point[v] = t;
        constant += tangentConstant(v, t, sat[v]);
        long ws = w[v] * f[t + 1];
        if (ws != 0) {
          for (int c : ballots[v]) {
            trial[c] += ws;
          }
        }
      }
      for (int round = 0; ; round++) {
        long bound = constant + top(p, r, trial, pick);
        if (bound < bestBound) {
          bestBound = bound;
          System.arraycopy(trial, 0, tan, 0, m);
          tangentConstant[depth] = constant;
        }
        if (round + 1 >= steps || bestBound < best || !fw.step(x, order, p, pick, r, sat)) {
          return bestBound;
        }
        // Move the tangent points of the voters whose level crossed an integer.
        for (int v = 0; v < n; v++) {
          int t = fw.tangentPoint(v);
          int old = point[v];
          if (t != old) {
            point[v] = t;
            constant += tangentConstant(v, t, sat[v]) - tangentConstant(v, old, sat[v]);
            long delta = w[v] * (f[t + 1] - f[old + 1]);
            if (delta != 0) {
              for (int c : ballots[v]) {
                trial[c] += delta;
              }
            }
          }
        }
      }
    }

    /** A voter's part of the bound's constant: w (phi(t) + f(t + 1) (sat - t)). */
    private long tangentConstant(int v, int t, int sat) {
      return w[v] * (phi[t] + f[t + 1] * (sat - t));
    }

    /** The sum of the r largest values at positions p..m-1; their candidates go to {@code into}. */
    long top(int p, int r, long[] values, int[] into) {
      int size = 0;
      for (int i = p; i < m; i++) {
        int c = order[i];
        long value = values[c];
        if (size < r) {
          heapPush(size++, value, c);
        } else if (value > heap[0]) {
          heapReplaceMin(size, value, c);
        }
      }
      long sum = 0;
      for (int j = 0; j < size; j++) {
        sum += heap[j];
        into[j] = heapIndex[j];
      }
      return sum;
    }

    /**
     * For each position i from p to m, the sum of the r largest values at positions i..m-1 (fewer
     * when fewer remain), into {@code out[i]}.
     */
    void suffixTops(int p, int r, long[] values, long[] out) {
      out[m] = 0;
      int size = 0;
      long sum = 0;
      for (int i = m - 1; i >= p; i--) {
        int c = order[i];
        long value = values[c];
        if (size < r) {
          heapPush(size++, value, c);
          sum += value;
        } else if (value > heap[0]) {
          sum += value - heap[0];
          heapReplaceMin(size, value, c);
        }
        out[i] = sum;
      }
    }

    void heapPush(int size, long value, int index) {
      int i = size;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (heap[parent] <= value) {
          break;
        }
        heap[i] = heap[parent];
        heapIndex[i] = heapIndex[parent];
        i = parent;
      }
      heap[i] = value;
      heapIndex[i] = index;
    }

    void heapReplaceMin(int size, long value, int index) {
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && heap[child + 1] < heap[child]) {
          child++;
        }
        if (heap[child] >= value) {
          break;
        }
        heap[i] = heap[child];
        heapIndex[i] = heapIndex[child];
        i = child;
      }
      heap[i] = value;
      heapIndex[i] = index;
    }
  }

  /** The marginals divided by the first, for the floating-point guide. */
  static double[] relativeSlopes(long[] f) {
    double[] slope = new double[f.length];
    if (f.length > 1 && f[1] > 0) {
      for (int j = 0; j < f.length; j++) {
        slope[j] = (double) f[j] / f[1];
      }
    }
    return slope;
  }

  /**
   * Orders the candidates for branching: by the root guide, largest first, then members of the
   * incumbent first, then by index.
   */
  static void sortByGuide(
      int[] order, int[] position, double[] x, boolean[] incumbent, int[] previousClone) {
    Integer[] byGuide = new Integer[order.length];
    for (int c = 0; c < order.length; c++) {
      byGuide[c] = c;
    }
    Arrays.sort(
        byGuide,
        (a, b) -> {
          int byValue = Double.compare(x[b], x[a]);
          if (byValue != 0) {
            return byValue;
          }
          if (incumbent[a] != incumbent[b]) {
            return incumbent[a] ? -1 : 1;
          }
          return Integer.compare(a, b);
        });
    for (int i = 0; i < order.length; i++) {
      order[i] = byGuide[i];
      position[order[i]] = i;
    }
    // Within each class of clones, lower indices take the earlier of the class's positions, so
    // that a search may admit a clone only after its previous clone.
    int[] classPositions = new int[order.length];
    for (int c = 0; c < order.length; c++) {
      if (previousClone[c] >= 0 || !hasNextClone(previousClone, c)) {
        continue;
      }
      int size = 0;
      for (int d = c; d < order.length; d++) {
        if (d == c || sameClass(previousClone, c, d)) {
          classPositions[size++] = position[d];
        }
      }
      Arrays.sort(classPositions, 0, size);
      int i = 0;
      for (int d = c; d < order.length; d++) {
        if (d == c || sameClass(previousClone, c, d)) {
          order[classPositions[i]] = d;
          position[d] = classPositions[i++];
        }
      }
    }
  }

  private static boolean hasNextClone(int[] previousClone, int c) {
    for (int d = c + 1; d < previousClone.length; d++) {
      if (previousClone[d] == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether d is a later clone of the class whose lowest index is first. */
  private static boolean sameClass(int[] previousClone, int first, int d) {
    int e = previousClone[d];
    while (e > first) {
      e = previousClone[e];
    }
    return e == first;
  }

  /**
   * The lexicographically smallest committee among the members, {@code extra} (if not negative)
   * and r candidates at positions p or later: those r are the lowest-indexed ones.
   */
  static int[] smallestCompletion(boolean[] member, int[] position, int extra, int p, int r) {
    int size = r + (extra >= 0 ? 1 : 0);
    for (boolean b : member) {
      size += b ? 1 : 0;
    }
    int[] result = new int[size];
    int i = 0;
    int free = r;
    for (int c = 0; c < member.length; c++) {
      if (member[c] || c == extra) {
        result[i++] = c;
      } else if (free > 0 && position[c] >= p) {
        result[i++] = c;
        free--;
      }
    }
    return result;
  }

  /** The members plus {@code last}, sorted, as a committee of size k. */
  static int[] withMember(boolean[] member, int last, int k) {
    int[] result = new int[k];
    int i = 0;
    for (int c = 0; c < member.length; c++) {
      if (member[c] || c == last) {
        result[i++] = c;
      }
    }
    return result;
  }

  /** Lexicographic comparison of two sorted committees of the same size. */
  static int compare(int[] a, int[] b) {
    return Arrays.compare(a, b);
  }
}
