package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact score on the panel's 0–10 scale, a fraction in lowest terms. Text form: two decimals,
 * rounded half up, for display only; comparisons are exact. Immutable and thread-safe;
 * value-based.
 *
 * <pre>{@code
 * PanelScore.of(29, 4).toString(); // "7.25"
 * }</pre>
 *
 * @param numerator the numerator, 0 to 10 × denominator
 * @param denominator the denominator, positive, coprime with the numerator
 * @since 0.1.0
 */
public record PanelScore(long numerator, long denominator) implements Comparable<PanelScore> {
  /**
   * Creates a score already in lowest terms.
   *
   * @param numerator the numerator, 0 to 10 × denominator
   * @param denominator the denominator, positive, coprime with the numerator
   * @throws IllegalArgumentException if the denominator is not positive, the fraction is not in
   *     lowest terms, or it lies outside 0–10
   */
  public PanelScore {
    checkArgument(denominator > 0, "denominator must be positive: %s", denominator);
    checkArgument(
        numerator >= 0 && numerator <= 10 * denominator,
        "score must be 0..10: %s/%s",
        numerator,
        denominator);
    checkArgument(
        LongMath.gcd(numerator, denominator) == 1 || numerator == 0 && denominator == 1,
        "score must be in lowest terms: %s/%s",
        numerator,
        denominator);
  }

  /**
   * The score {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, positive
   * @return the score
   * @throws IllegalArgumentException if the denominator is not positive or the score lies outside
   *     0–10
   */
  public static PanelScore of(long numerator, long denominator) {
    checkArgument(denominator > 0, "denominator must be positive: %s", denominator);
    if (numerator == 0) {
      return new PanelScore(0, 1);
    }
    long gcd = LongMath.gcd(Math.abs(numerator), denominator);
    return new PanelScore(numerator / gcd, denominator / gcd);
  }

  /**
   * A whole score.
   *
   * @param points 0 to 10
   * @return the score
   * @throws IllegalArgumentException if {@code points} is outside 0–10
   */
  public static PanelScore of(long points) {
    return of(points, 1);
  }

  @Override
  public int compareTo(PanelScore other) {
    return Long.compare(
        Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(other.numerator, denominator));
  }

  /**
   * The score with two decimals, rounded half up, e.g. {@code "7.25"}.
   *
   * @return the display form
   */
  @Override
  public String toString() {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
