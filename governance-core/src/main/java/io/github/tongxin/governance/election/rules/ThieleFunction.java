package io.github.tongxin.governance.election.rules;

import java.math.BigInteger;

/**
 * The marginal score functions of the Thiele methods, as in abcvoting's {@code scores.py}: a voter
 * with {@code j - 1} approved members gains {@code f(j)} from a {@code j}-th one.
 */
enum ThieleFunction {
  /** Proportional Approval Voting: f(j) = 1/j. */
  PAV,
  /** Sainte-Laguë Approval Voting: f(j) = 1/(2j - 1). */
  SLAV,
  /** Approval Chamberlin–Courant: f(1) = 1, f(j) = 0 for j above 1. */
  CC,
  /** The 2-geometric rule: f(j) = 1/2^(j-1). */
  GEOM2,
  /**
   * Lexicographic Chamberlin–Courant: the vector of at-least-ℓ scores (ℓ = 1..k), compared
   * lexicographically. It equals the Thiele method with f(j) = B^(k-j) for any B above the total
   * weight, since each at-least-ℓ score lies between 0 and the total weight.
   */
  LEXCC;

  /**
   * The marginals {@code f(1..maxCount)} scaled to integers with no common factor, with {@code
   * f(0) = 0} at index 0 and a 0 at index {@code maxCount + 1}, so the result has length {@code
   * maxCount + 2}. Scaling all marginals by one positive factor keeps every comparison of scores.
   */
  BigInteger[] scaledMarginals(int maxCount, BigInteger totalWeight) {
    BigInteger[] f = new BigInteger[maxCount + 2];
    f[0] = BigInteger.ZERO;
    f[maxCount + 1] = BigInteger.ZERO;
    if (this == CC) {
      for (int j = 1; j <= maxCount; j++) {
        f[j] = j == 1 ? BigInteger.ONE : BigInteger.ZERO;
      }
      return f;
    }
    if (this == LEXCC) {
      BigInteger base = totalWeight.add(BigInteger.ONE);
      for (int j = 1; j <= maxCount; j++) {
        f[j] = base.pow(maxCount - j);
      }
      return f;
    }
    // The others are 1/d(j): scale by the least common multiple of the denominators.
    BigInteger lcm = BigInteger.ONE;
    for (int j = 1; j <= maxCount; j++) {
      BigInteger d = denominator(j);
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    for (int j = 1; j <= maxCount; j++) {
      f[j] = lcm.divide(denominator(j));
    }
    return f;
  }

  private BigInteger denominator(int j) {
    switch (this) {
      case PAV:
        return BigInteger.valueOf(j);
      case SLAV:
        return BigInteger.valueOf(2L * j - 1);
      case GEOM2:
        return BigInteger.ONE.shiftLeft(j - 1);
      default:
        throw new AssertionError(this);
    }
  }
}
