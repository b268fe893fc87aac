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
 * <p>Immutable and thread-safe; value-based: two fractions are equal when their values are. The
 * text form is {@code "n"} or {@code "n/d"}.
 *
 * <p>A fraction always holds its exact value; {@link #numerator()} and {@link #denominator()}
 * give it in lowest terms. Fractions the library computes in bulk (the payments of every voter
 * under the Method of Equal Shares, whose denominators run to hundreds of digits) may be reduced
 * to lowest terms only when first asked for them ({@link #numerator()}, {@link #denominator()},
 * {@link #equals}, {@link #hashCode}, {@link #toString}), which is not observable except in time.
 *
 * @since 0.1.0
 */
public final class Fraction implements Comparable<Fraction> {
  /** The value's numerator, not necessarily in lowest terms. */
  private final BigInteger numerator;
  /** The value's denominator, positive, not necessarily in lowest terms. */
  private final BigInteger denominator;
  /**
   * The same value in lowest terms: {@code this} if already reduced, else null until first
   * needed. A benign race: every thread computes the same value, and a {@code Fraction} with
   * final fields is safely published.
   */
  private Fraction lowest;

  /**
   * Creates a fraction, which must already be in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator; positive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the denominator is not positive or the fraction is not
   *     in lowest terms
   */
  public Fraction(BigInteger numerator, BigInteger denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(denominator.signum() > 0, "denominator must be positive: %s", denominator);
    checkArgument(
        numerator.gcd(denominator).equals(BigInteger.ONE)
            || numerator.signum() == 0 && denominator.equals(BigInteger.ONE),
        "fraction must be in lowest terms: %s/%s",
        numerator,
        denominator);
    this.numerator = numerator;
    this.denominator = denominator;
    this.lowest = this;
  }

  /**
   * A fraction with a positive denominator, in lowest terms if {@code reduced} (no check: the
   * caller reduced it) or else reduced when first needed.
   */
  private Fraction(BigInteger numerator, BigInteger denominator, boolean reduced) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.lowest = reduced ? this : null;
  }

  /**
   * The fraction {@code numerator / denominator} for a positive denominator, reduced to lowest
   * terms only when first needed: for values computed in bulk and rarely read. Not public.
   */
  static Fraction unreduced(BigInteger numerator, BigInteger denominator) {
    checkArgument(denominator.signum() > 0, "denominator must be positive: %s", denominator);
    return new Fraction(numerator, denominator, false);
  }

  /**
   * The numerator.
   *
   * @return the numerator, coprime with the denominator
   */
  public BigInteger numerator() {
    return lowest().numerator;
  }

  /**
   * The denominator.
   *
   * @return the denominator; positive
   */
  public BigInteger denominator() {
    return lowest().denominator;
  }

  private Fraction lowest() {
    Fraction result = lowest;
    if (result == null) {
      result = of(numerator, denominator);
      lowest = result;
    }
    return result;
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
      return new Fraction(BigInteger.ZERO, BigInteger.ONE, true);
    }
    BigInteger g = numerator.gcd(denominator);
    return g.equals(BigInteger.ONE)
        ? new Fraction(numerator, denominator, true)
        : new Fraction(numerator.divide(g), denominator.divide(g), true);
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
   * Whether another object is a fraction of the same value.
   *
   * @param other the object to compare with
   * @return whether it is equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Fraction f)) {
      return false;
    }
    Fraction a = lowest();
    Fraction b = f.lowest();
    return a.numerator.equals(b.numerator) && a.denominator.equals(b.denominator);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    Fraction a = lowest();
    return 31 * a.numerator.hashCode() + a.denominator.hashCode();
  }

  /**
   * {@code "n"} or {@code "n/d"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    Fraction a = lowest();
    return a.denominator.equals(BigInteger.ONE)
        ? a.numerator.toString()
        : a.numerator + "/" + a.denominator;
  }
}
