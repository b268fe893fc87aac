package io.github.tongxin.governance.election.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import com.google.common.primitives.Ints;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact form of an {@link ApprovalProfile} that the rules of {@link ThieleFamily} compute
 * on: ballots and approver lists as sorted {@code int} arrays, and the voter weights scaled to
 * positive integers with no common factor (so that every comparison stays exact).
 */
final class ThieleInput {
  final int voters;
  final int candidates;
  /** For each voter, the approved candidates in increasing order. */
  final int[][] ballots;
  /** For each candidate, the voters approving it in increasing order. */
  final int[][] approvers;
  /** The weights, scaled to integers with gcd 1; all 1 for an unweighted profile. */
  final BigInteger[] weights;
  /** The sum of {@link #weights}. */
  final BigInteger totalWeight;
  /** Whether every weight is 1. */
  final boolean unitWeights;
  /** The size of the largest ballot. */
  final int maxBallot;
  private int[] previousClone = new int[0];

  private ThieleInput(ApprovalProfile profile) {
    voters = profile.voters();
    candidates = profile.candidates();
    ballots = new int[voters][];
    int[] degree = new int[candidates];
    int largest = 0;
    for (int v = 0; v < voters; v++) {
      ballots[v] = profile.ballotArray(v);
      largest = Math.max(largest, ballots[v].length);
      for (int c : ballots[v]) {
        degree[c]++;
      }
    }
    maxBallot = largest;
    approvers = new int[candidates][];
    for (int c = 0; c < candidates; c++) {
      approvers[c] = new int[degree[c]];
      degree[c] = 0;
    }
    for (int v = 0; v < voters; v++) {
      for (int c : ballots[v]) {
        approvers[c][degree[c]++] = v;
      }
    }
    unitWeights = profile.hasUnitWeights();
    weights = scaledWeights(profile, unitWeights);
    BigInteger total = BigInteger.valueOf(voters);
    if (!unitWeights) {
      total = BigInteger.ZERO;
      for (BigInteger w : weights) {
        total = total.add(w);
      }
    }
    totalWeight = total;
  }

  /**
   * For each candidate, the next lower-indexed clone (a candidate with exactly the same
   * approvers), or -1. Swapping clones changes no score of any rule here, so the
   * lexicographically first winning committee takes the lowest-indexed clones of each class.
   * Computed on first use; callers must not modify it.
   */
  int[] previousClone() {
    if (previousClone.length != candidates) {
      int[] result = new int[candidates];
      Map<List<Integer>, Integer> lastOfClass = new HashMap<>();
      for (int c = 0; c < candidates; c++) {
        Integer previous = lastOfClass.put(Ints.asList(approvers[c]), c);
        result[c] = previous == null ? -1 : previous;
      }
      previousClone = result;
    }
    return previousClone;
  }

  static ThieleInput of(ApprovalProfile profile) {
    return new ThieleInput(profile);
  }

  private static BigInteger[] scaledWeights(ApprovalProfile profile, boolean unit) {
    int n = profile.voters();
    BigInteger[] result = new BigInteger[n];
    if (unit) {
      Arrays.fill(result, BigInteger.ONE);
      return result;
    }
    int scale = 0;
    for (BigDecimal w : profile.weights()) {
      scale = Math.max(scale, w.stripTrailingZeros().scale());
    }
    BigInteger gcd = BigInteger.ZERO;
    for (int v = 0; v < n; v++) {
      result[v] = profile.weights().get(v).movePointRight(scale).toBigIntegerExact();
      gcd = gcd.gcd(result[v]);
    }
    if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
      for (int v = 0; v < n; v++) {
        result[v] = result[v].divide(gcd);
      }
    }
    return result;
  }

  /** The weights as {@code long}s; each must fit (see {@link ThieleSolver#of}). */
  long[] longWeights() {
    long[] result = new long[voters];
    for (int v = 0; v < voters; v++) {
      result[v] = weights[v].longValueExact();
    }
    return result;
  }
}
