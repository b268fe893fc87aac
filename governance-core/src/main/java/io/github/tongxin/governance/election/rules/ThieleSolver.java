package io.github.tongxin.governance.election.rules;

import java.math.BigInteger;
import java.util.List;

/**
 * Computes one Thiele method on one profile and committee size: the optimal committees, the
 * sequential ones and the reverse-sequential ones, each resolute (ties toward the lowest candidate
 * index, as abcvoting breaks them) and irresolute (all optimal committees, or every committee some
 * tie-breaking order reaches). Committees are sorted {@code int} arrays.
 *
 * <p>Two implementations: {@link ThieleEngine} on {@code long} scores (scaled to integers) when
 * every possible score fits with room to spare, and {@link ThieleBigEngine} on {@link BigInteger}
 * otherwise. Both are exact.
 */
interface ThieleSolver {
  /** Scores below this bound leave headroom for the sums the long engine forms. */
  int LONG_BITS = 61;

  /** Sequential Thiele, ties toward the lowest index. */
  int[] sequential();

  /** Sequential Thiele, all committees under some tie-breaking order, sorted. */
  List<int[]> sequentialAll();

  /** Reverse sequential Thiele, ties removing the highest index. */
  int[] reverseSequential();

  /** Reverse sequential Thiele, all committees under some tie-breaking order, sorted. */
  List<int[]> reverseSequentialAll();

  /** The lexicographically first committee of maximal score. */
  int[] optimal();

  /** Every committee of maximal score, sorted. */
  List<int[]> optimalAll();

  /**
   * A solver for adding candidates (optimal and sequential rules), where a voter never has more
   * than {@code min(k, largest ballot)} approved members.
   */
  static ThieleSolver forward(ThieleInput input, ThieleFunction function, int k) {
    return of(input, function, k, Math.min(k, input.maxBallot), LONG_BITS);
  }

  /**
   * A solver for removing candidates (reverse sequential rules), which starts from the committee
   * of all candidates, so a voter may have all approved candidates as members.
   */
  static ThieleSolver reverse(ThieleInput input, ThieleFunction function, int k) {
    return of(input, function, k, input.maxBallot, LONG_BITS);
  }

  /**
   * The long engine if every score, gain and bound stays below {@code 2^longBits}, else the
   * BigInteger engine. Tests lower {@code longBits} to force the fallback.
   */
  static ThieleSolver of(
      ThieleInput input, ThieleFunction function, int k, int maxCount, int longBits) {
    BigInteger[] f = function.scaledMarginals(maxCount, input.totalWeight);
    // Every score, gain, loss and bound the long engine forms is at most
    // sum_v w_v * f(1) * (2 maxCount + k + 2), since f never increases.
    BigInteger limit =
        input
            .totalWeight
            .multiply(f.length > 1 ? f[1] : BigInteger.ZERO)
            .multiply(BigInteger.valueOf(2L * maxCount + k + 2));
    if (limit.bitLength() <= longBits) {
      long[] longF = new long[f.length];
      for (int j = 0; j < f.length; j++) {
        longF[j] = f[j].longValueExact();
      }
      return new ThieleEngine(input, input.longWeights(), longF, k);
    }
    return new ThieleBigEngine(input, f, k);
  }
}
