package io.github.tongxin.governance.election.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The Thiele methods on {@link BigInteger} scores, for profiles whose scaled scores could overflow
 * a {@code long} (very large weights, PAV with more than about 35 seats, SLAV with more than about
 * 20, or the reverse sequential rules on long ballots). Simpler and slower than {@link
 * ThieleEngine}, with the same results and the same search: marginal gains are recomputed at
 * each step, and the bounds at each node.
 */
final class ThieleBigEngine implements ThieleSolver {
  private final int n;
  private final int m;
  private final int k;
  private final int[][] ballots;
  private final int[][] approvers;
  private final BigInteger[] w;
  private final BigInteger[] f;
  private final ThieleInput input;

  ThieleBigEngine(ThieleInput input, BigInteger[] marginals, int k) {
    this.n = input.voters;
    this.m = input.candidates;
    this.k = k;
    this.ballots = input.ballots;
    this.approvers = input.approvers;
    this.w = input.weights;
    this.f = marginals;
    this.input = input;
  }

  /** Each voter's number of approved members. */
  private int[] satisfaction(boolean[] member) {
    int[] sat = new int[n];
    for (int v = 0; v < n; v++) {
      for (int c : ballots[v]) {
        if (member[c]) {
          sat[v]++;
        }
      }
    }
    return sat;
  }

  /** The gain of adding each non-member; zero for members. */
  private BigInteger[] gains(boolean[] member) {
    int[] sat = satisfaction(member);
    BigInteger[] gain = new BigInteger[m];
    Arrays.fill(gain, BigInteger.ZERO);
    for (int c = 0; c < m; c++) {
      if (!member[c]) {
        BigInteger g = BigInteger.ZERO;
        for (int v : approvers[c]) {
          g = g.add(w[v].multiply(f[sat[v] + 1]));
        }
        gain[c] = g;
      }
    }
    return gain;
  }

  /** The loss of removing each member; zero for non-members. */
  private BigInteger[] losses(boolean[] member) {
    int[] sat = satisfaction(member);
    BigInteger[] loss = new BigInteger[m];
    Arrays.fill(loss, BigInteger.ZERO);
    for (int c = 0; c < m; c++) {
      if (member[c]) {
        BigInteger l = BigInteger.ZERO;
        for (int v : approvers[c]) {
          l = l.add(w[v].multiply(f[sat[v]]));
        }
        loss[c] = l;
      }
    }
    return loss;
  }

  /** The largest value among the candidates whose membership is {@code among}. */
  private static BigInteger max(BigInteger[] values, boolean[] member, boolean among) {
    BigInteger max = BigInteger.valueOf(-1);
    for (int c = 0; c < values.length; c++) {
      if (member[c] == among && values[c].compareTo(max) > 0) {
        max = values[c];
      }
    }
    return max;
  }

  /** The smallest loss among members. */
  private static BigInteger min(BigInteger[] values, boolean[] member) {
    BigInteger min = max(values, member, true);
    for (int c = 0; c < values.length; c++) {
      if (member[c] && values[c].compareTo(min) < 0) {
        min = values[c];
      }
    }
    return min;
  }

  private static int[] members(boolean[] member) {
    int size = 0;
    for (boolean b : member) {
      size += b ? 1 : 0;
    }
    int[] result = new int[size];
    int i = 0;
    for (int c = 0; c < member.length; c++) {
      if (member[c]) {
        result[i++] = c;
      }
    }
    return result;
  }

  @Override
  public int[] sequential() {
    boolean[] member = new boolean[m];
    for (int round = 0; round < k; round++) {
      BigInteger[] gain = gains(member);
      BigInteger max = max(gain, member, false);
      for (int c = 0; c < m; c++) {
        if (!member[c] && gain[c].equals(max)) {
          member[c] = true;
          break;
        }
      }
    }
    return members(member);
  }

  @Override
  public List<int[]> sequentialAll() {
    List<int[]> result = new ArrayList<>();
    sequentialAll(new boolean[m], 0, new HashSet<>(), result);
    return sorted(result);
  }

  private void sequentialAll(boolean[] member, int size, Set<BitSet> seen, List<int[]> result) {
    if (size == k) {
      result.add(members(member));
      return;
    }
    BigInteger[] gain = gains(member);
    BigInteger max = max(gain, member, false);
    for (int c = 0; c < m; c++) {
      if (!member[c] && gain[c].equals(max)) {
        member[c] = true;
        if (seen.add(ThieleEngine.bitSet(member))) {
          sequentialAll(member, size + 1, seen, result);
        }
        member[c] = false;
      }
    }
  }

  @Override
  public int[] reverseSequential() {
    boolean[] member = new boolean[m];
    Arrays.fill(member, true);
    for (int size = m; size > k; size--) {
      BigInteger[] loss = losses(member);
      BigInteger min = min(loss, member);
      for (int c = m - 1; c >= 0; c--) {
        if (member[c] && loss[c].equals(min)) {
          member[c] = false;
          break;
        }
      }
    }
    return members(member);
  }

  @Override
  public List<int[]> reverseSequentialAll() {
    boolean[] member = new boolean[m];
    Arrays.fill(member, true);
    List<int[]> result = new ArrayList<>();
    reverseSequentialAll(member, m, new HashSet<>(), result);
    return sorted(result);
  }

  private void reverseSequentialAll(
      boolean[] member, int size, Set<BitSet> seen, List<int[]> result) {
    if (size == k) {
      result.add(members(member));
      return;
    }
    BigInteger[] loss = losses(member);
    BigInteger min = min(loss, member);
    for (int c = 0; c < m; c++) {
      if (member[c] && loss[c].equals(min)) {
        member[c] = false;
        if (seen.add(ThieleEngine.bitSet(member))) {
          reverseSequentialAll(member, size - 1, seen, result);
        }
        member[c] = true;
      }
    }
  }

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
    return sorted(search.found);
  }

  /** Sums of w_v f(j) over voters, kept exact. */
  private BigInteger score(int[] sat) {
    BigInteger score = BigInteger.ZERO;
    for (int v = 0; v < n; v++) {
      BigInteger s = BigInteger.ZERO;
      for (int j = 1; j <= sat[v]; j++) {
        s = s.add(f[j]);
      }
      score = score.add(w[v].multiply(s));
    }
    return score;
  }

  /**
   * Branch and bound as in {@link ThieleEngine}: k-subsets in an order set by the root guide,
   * each node bounded by the best of the marginal-gain bound and the tangent bounds proposed by a
   * {@link FrankWolfeGuide}, here computed from scratch in BigInteger.
   */
  private final class Search {
    final boolean resolute;
    final boolean[] member = new boolean[m];
    final int[] sat = new int[n];
    final int[] order = new int[m];
    final int[] position = new int[m];
    final FrankWolfeGuide fw;
    final double[][] guide;
    final int[] pick;
    BigInteger best;
    int[] bestCommittee;
    final List<int[]> found = new ArrayList<>();
    final int[] previousClone = input.previousClone();

    Search(boolean resolute) {
      this.resolute = resolute;
      bestCommittee = sequential();
      boolean[] start = new boolean[m];
      for (int c : bestCommittee) {
        start[c] = true;
        for (int v : approvers[c]) {
          sat[v]++;
        }
      }
      best = score(sat);
      Arrays.fill(sat, 0);
      double[] weight = new double[n];
      for (int v = 0; v < n; v++) {
        weight[v] = w[v].doubleValue();
      }
      double[] slope = new double[f.length];
      for (int j = 1; j < f.length; j++) {
        slope[j] =
            f[1].signum() > 0
                ? new BigDecimal(f[j]).divide(new BigDecimal(f[1]), MathContext.DECIMAL64)
                    .doubleValue()
                : 0;
      }
      fw = new FrankWolfeGuide(m, ballots, approvers, weight, slope);
      guide = new double[k + 1][m];
      pick = new int[k + 1];
      for (int i = 0; i < m; i++) {
        order[i] = i;
        position[i] = i;
      }
      double[] x = guide[0];
      for (int c = 0; c < m; c++) {
        x[c] = 0.5 * k / m + (start[c] ? 0.5 : 0);
      }
      bound(0, k, x, ThieleEngine.ROOT_STEPS, new Tangent[1]);
      ThieleEngine.sortByGuide(order, position, x, start, previousClone);
    }

    void run() {
      search(0, k, BigInteger.ZERO);
    }

    void search(int p, int r, BigInteger score) {
      int depth = k - r;
      BigInteger[] gain = gains(member);
      Tangent[] tangent = new Tangent[1];
      BigInteger nodeBound = bound(p, r, guide[depth], ThieleEngine.NODE_STEPS, tangent);
      if (cut(nodeBound, -1, p, r)) {
        return;
      }
      if (r == 1) {
        for (int i = p; i < m; i++) {
          int c = order[i];
          if (!skipClone(c)) {
            leaf(score.add(gain[c]), c);
          }
        }
        return;
      }
      BigInteger[] topG = suffixTops(p + 1, r - 1, gain);
      BigInteger[] topT = suffixTops(p + 1, r - 1, tangent[0].weights);
      double[] x = guide[depth];
      double[] mass = new double[m + 1];
      for (int j = m - 1; j >= p; j--) {
        mass[j] = mass[j + 1] + x[order[j]];
      }
      for (int i = p; i <= m - r; i++) {
        int c = order[i];
        if (skipClone(c)) {
          continue;
        }
        BigInteger byGain = score.add(gain[c]).add(topG[i + 1]);
        BigInteger byTangent = tangent[0].constant.add(tangent[0].weights[c]).add(topT[i + 1]);
        if (cut(byGain.min(byTangent), c, i + 1, r - 1)) {
          continue;
        }
        FrankWolfeGuide.child(x, guide[depth + 1], order, member, i, r, mass[i + 1]);
        member[c] = true;
        for (int v : approvers[c]) {
          sat[v]++;
        }
        search(i + 1, r - 1, score.add(gain[c]));
        for (int v : approvers[c]) {
          sat[v]--;
        }
        member[c] = false;
      }
    }

    /** As in {@link ThieleEngine}: a resolute search admits a clone after its previous clone. */
    boolean skipClone(int c) {
      return resolute && previousClone[c] >= 0 && !member[previousClone[c]];
    }

    boolean cut(BigInteger bound, int extra, int p, int r) {
      int cmp = bound.compareTo(best);
      if (cmp != 0) {
        return cmp < 0;
      }
      return resolute
          && Arrays.compare(
                  ThieleEngine.smallestCompletion(member, position, extra, p, r), bestCommittee)
              >= 0;
    }

    void leaf(BigInteger score, int last) {
      int cmp = score.compareTo(best);
      if (cmp < 0) {
        return;
      }
      int[] committee = ThieleEngine.withMember(member, last, k);
      if (resolute) {
        if (cmp > 0 || Arrays.compare(committee, bestCommittee) < 0) {
          best = score;
          bestCommittee = committee;
        }
        return;
      }
      if (cmp > 0) {
        best = score;
        found.clear();
      }
      found.add(committee);
    }

    /**
     * The best of the marginal-gain bound and the tangent bounds along the guide's steps; the
     * tangent of the best one goes to {@code out[0]}.
     */
    BigInteger bound(int p, int r, double[] x, int steps, Tangent[] out) {
      BigInteger[] gain = gains(member);
      BigInteger score = score(sat);
      out[0] = new Tangent(score, gain);
      BigInteger bestBound = score.add(top(p, r, gain, pick));
      if (bestBound.compareTo(best) < 0) {
        return bestBound;
      }
      fw.setLevels(x);
      for (int round = 0; round < steps; round++) {
        BigInteger constant = BigInteger.ZERO;
        BigInteger[] weights = new BigInteger[m];
        Arrays.fill(weights, BigInteger.ZERO);
        for (int v = 0; v < n; v++) {
          int t = fw.tangentPoint(v);
          BigInteger phiT = BigInteger.ZERO;
          for (int j = 1; j <= t; j++) {
            phiT = phiT.add(f[j]);
          }
          BigInteger slope = f[t + 1];
          constant =
              constant.add(
                  w[v].multiply(phiT.add(slope.multiply(BigInteger.valueOf(sat[v] - t)))));
          BigInteger ws = w[v].multiply(slope);
          if (ws.signum() != 0) {
            for (int c : ballots[v]) {
              weights[c] = weights[c].add(ws);
            }
          }
        }
        BigInteger bound = constant.add(top(p, r, weights, pick));
        if (bound.compareTo(bestBound) < 0) {
          bestBound = bound;
          out[0] = new Tangent(constant, weights);
        }
        if (bestBound.compareTo(best) < 0 || !fw.step(x, order, p, pick, r, sat)) {
          break;
        }
      }
      return bestBound;
    }

    /** The sum of the r largest values at positions p..m-1; their candidates go to {@code into}. */
    BigInteger top(int p, int r, BigInteger[] values, int[] into) {
      Integer[] candidates = new Integer[m - p];
      for (int i = p; i < m; i++) {
        candidates[i - p] = order[i];
      }
      Arrays.sort(candidates, (a, b) -> values[b].compareTo(values[a]));
      BigInteger sum = BigInteger.ZERO;
      for (int j = 0; j < r && j < candidates.length; j++) {
        sum = sum.add(values[candidates[j]]);
        into[j] = candidates[j];
      }
      return sum;
    }

    /** For each position i from p to m, the sum of the r largest values at positions i..m-1. */
    BigInteger[] suffixTops(int p, int r, BigInteger[] values) {
      BigInteger[] out = new BigInteger[m + 1];
      Arrays.fill(out, BigInteger.ZERO);
      PriorityQueue<BigInteger> heap = new PriorityQueue<>();
      BigInteger sum = BigInteger.ZERO;
      for (int i = m - 1; i >= p; i--) {
        BigInteger value = values[order[i]];
        heap.add(value);
        sum = sum.add(value);
        if (heap.size() > r) {
          sum = sum.subtract(heap.poll());
        }
        out[i] = sum;
      }
      return out;
    }
  }

  /** A tangent bound's constant and candidate weights. */
  private record Tangent(BigInteger constant, BigInteger[] weights) {}

  /** Committees sorted lexicographically. */
  static List<int[]> sorted(List<int[]> committees) {
    List<int[]> result = new ArrayList<>(committees);
    result.sort(Arrays::compare);
    return result;
  }
}
