package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact non-negative-denominator fraction in lowest terms, for amounts that decimals cannot
 * hold exactly (a voter's share {@code 100000/84}, a payment under the Method of Equal Shares).
 *
 * <p>Immutable and thread-safe; value-based. The text form is {@code "n"} or {@code "n/d"}.
 *
 * @param numerator the numerator
 * @param denominator the denominator; positive, coprime with the numerator
 * @since 0.1.0
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
  /**
   * Creates a fraction, which must already be in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator; positive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the denominator is not positive or the fraction is not
   *     in lowest terms
   */
  public Fraction {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(denominator.signum() > 0, "denominator must be positive: %s", denominator);
    checkArgument(
        numerator.gcd(denominator).equals(BigInteger.ONE) || numerator.signum() == 0 && denominator.equals(BigInteger.ONE),
        "fraction must be in lowest terms: %s/%s",
        numerator,
        denominator);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator; not zero
   * @return the fraction
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(denominator.signum() != 0, "denominator must not be zero");
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (numerator.signum() == 0) {
      return new Fraction(BigInteger.ZERO, BigInteger.ONE);
    }
    BigInteger g = numerator.gcd(denominator);
    return new Fraction(numerator.divide(g), denominator.divide(g));
  }

  /**
   * The exact value of a decimal.
   *
   * @param value the decimal
   * @return the fraction
   * @throws NullPointerException if {@code value} is null
   */
  public static Fraction of(BigDecimal value) {
    checkNotNull(value, "value");
    return value.scale() <= 0
        ? of(value.toBigIntegerExact(), BigInteger.ONE)
        : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * The sum of this fraction and another, e.g. to add up a voter's payments.
   *
   * <pre>{@code
   * Fraction.of(BigInteger.ONE, BigInteger.valueOf(3)).plus(Fraction.of(BigDecimal.ONE)); // 4/3
   * }</pre>
   *
   * @param other the fraction to add
   * @return the sum, in lowest terms
   * @throws NullPointerException if {@code other} is null
   */
  public Fraction plus(Fraction other) {
    checkNotNull(other, "other");
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * A decimal approximation for display.
   *
   * @param context the precision and rounding
   * @return the value rounded to {@code context}
   * @throws NullPointerException if {@code context} is null
   */
  public BigDecimal toBigDecimal(MathContext context) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  /**
   * Numeric order.
   *
   * @param other the fraction to compare with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * {@code "n"} or {@code "n/d"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
