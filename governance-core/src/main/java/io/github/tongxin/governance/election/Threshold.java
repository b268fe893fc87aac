package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A statutory threshold as an exact fraction: "more than half" ({@code 2·x > n}) or "not less
 * than one third" ({@code 3·x ≥ n}). Comparisons are in integers, never floating point.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Threshold half = Threshold.moreThan(1, 2);
 * half.isMetBy(101, 200); // true
 * half.isMetBy(100, 200); // false: exactly half is not more than half
 * Threshold.atLeast(1, 3).isMetBy(33, 99); // true: exactly one third
 * }</pre>
 *
 * @param numerator the fraction's numerator; at least 0
 * @param denominator the fraction's denominator; at least 1, not below the numerator
 * @param comparison strict ({@code >}) or inclusive ({@code ≥})
 * @since 0.1.0
 */
public record Threshold(int numerator, int denominator, Comparison comparison) {
  /**
   * Whether the count must exceed the fraction or may equal it.
   *
   * @since 0.1.0
   */
  public enum Comparison {
    /** Strictly more than the fraction (过半数: more than half). */
    MORE_THAN(">"),
    /** At least the fraction (不少于: not less than). */
    AT_LEAST("≥");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The mathematical symbol.
     *
     * @return {@code ">"} or {@code "≥"}
     */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * Creates a threshold.
   *
   * @param numerator the fraction's numerator; at least 0
   * @param denominator the fraction's denominator; at least 1, not below the numerator
   * @param comparison strict or inclusive
   * @throws NullPointerException if {@code comparison} is null
   * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator} and {@code
   *     denominator >= 1}
   */
  public Threshold {
    checkNotNull(comparison, "comparison");
    checkArgument(denominator >= 1, "denominator must be at least 1: %s", denominator);
    checkArgument(
        0 <= numerator && numerator <= denominator,
        "numerator must be 0..denominator: %s/%s",
        numerator,
        denominator);
  }

  /**
   * Strictly more than {@code numerator/denominator} of the whole.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the threshold
   * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator >= 1}
   */
  public static Threshold moreThan(int numerator, int denominator) {
    return new Threshold(numerator, denominator, Comparison.MORE_THAN);
  }

  /**
   * At least {@code numerator/denominator} of the whole.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the threshold
   * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator >= 1}
   */
  public static Threshold atLeast(int numerator, int denominator) {
    return new Threshold(numerator, denominator, Comparison.AT_LEAST);
  }

  /**
   * Whether {@code part} of {@code whole} meets the threshold: {@code denominator·part >
   * numerator·whole} (strict) or {@code ≥} (inclusive).
   *
   * @param part the count, e.g. votes; not negative
   * @param whole the base, e.g. voters who voted; not negative
   * @return {@code true} if the threshold is met
   * @throws IllegalArgumentException if a count is negative
   * @throws ArithmeticException if a product overflows a {@code long}
   */
  public boolean isMetBy(long part, long whole) {
    checkArgument(part >= 0 && whole >= 0, "counts must not be negative: %s of %s", part, whole);
    int c = Long.compare(Math.multiplyExact(denominator, part), Math.multiplyExact(numerator, whole));
    return comparison == Comparison.MORE_THAN ? c > 0 : c >= 0;
  }

  /**
   * The threshold as {@code "> 1/2"} or {@code "≥ 1/3"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return comparison.symbol() + " " + numerator + "/" + denominator;
  }
}
