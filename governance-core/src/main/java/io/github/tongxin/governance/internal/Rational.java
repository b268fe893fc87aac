package io.github.tongxin.governance.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number, always in lowest terms with a positive denominator. Arithmetic runs
 * on {@code long} while the values fit and falls back to {@link BigInteger} when they would
 * overflow, so results are exact at any size. Immutable and thread-safe. Not part of the public
 * API.
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(0, 1);

  /** One. */
  public static final Rational ONE = new Rational(1, 1);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  // Small form: big == null, value num/den. Large form: bigNum/bigDen.
  private final long num;
  private final long den;
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Rational(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.bigNum = num;
    this.bigDen = den;
  }

  /**
   * The integer {@code value}.
   *
   * @param value the value
   * @return the rational
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Rational(value, 1);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator; not zero
   * @return the rational
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Rational of(long numerator, long denominator) {
    checkArgument(denominator != 0, "denominator must not be zero: %s/%s", numerator, denominator);
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return normalize(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    return normalize(numerator, denominator);
  }

  /**
   * The exact value of a decimal.
   *
   * @param value the decimal
   * @return the rational
   * @throws NullPointerException if {@code value} is null
   */
  public static Rational of(BigDecimal value) {
    checkNotNull(value, "value");
    if (value.scale() <= 0) {
      return normalize(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return normalize(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  private static Rational normalize(long n, long d) {
    if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
      return normalize(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }
    if (d < 0) {
      n = -n;
      d = -d;
    }
    long g = gcd(Math.abs(n), d);
    if (g > 1) {
      n /= g;
      d /= g;
    }
    if (n == 0) {
      return ZERO;
    }
    return new Rational(n, d);
  }

  private static Rational normalize(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      n = n.divide(g);
      d = d.divide(g);
    }
    if (n.signum() == 0) {
      return ZERO;
    }
    if (fits(n) && fits(d) && n.longValue() != Long.MIN_VALUE) {
      return new Rational(n.longValue(), d.longValue());
    }
    return new Rational(n, d);
  }

  private static boolean fits(BigInteger value) {
    return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private boolean isSmall() {
    return bigNum == null;
  }

  private BigInteger bigNumerator() {
    return isSmall() ? BigInteger.valueOf(num) : bigNum;
  }

  private BigInteger bigDenominator() {
    return isSmall() ? BigInteger.valueOf(den) : bigDen;
  }

  /**
   * The sum.
   *
   * @param other the addend
   * @return {@code this + other}
   */
  public Rational plus(Rational other) {
    if (isSmall() && other.isSmall()) {
      try {
        if (den == other.den) {
          return normalize(Math.addExact(num, other.num), den);
        }
        long g = gcd(den, other.den);
        long left = Math.multiplyExact(num, other.den / g);
        long right = Math.multiplyExact(other.num, den / g);
        return normalize(Math.addExact(left, right), Math.multiplyExact(den / g, other.den));
      } catch (ArithmeticException overflow) {
        // fall through to the exact big form
      }
    }
    return normalize(
        bigNumerator().multiply(other.bigDenominator()).add(other.bigNumerator().multiply(bigDenominator())),
        bigDenominator().multiply(other.bigDenominator()));
  }

  /**
   * The difference.
   *
   * @param other the subtrahend
   * @return {@code this - other}
   */
  public Rational minus(Rational other) {
    return plus(other.negated());
  }

  /**
   * The negation.
   *
   * @return {@code -this}
   */
  public Rational negated() {
    if (isSmall() && num != Long.MIN_VALUE) {
      return num == 0 ? this : new Rational(-num, den);
    }
    return normalize(bigNumerator().negate(), bigDenominator());
  }

  /**
   * The product.
   *
   * @param other the factor
   * @return {@code this * other}
   */
  public Rational times(Rational other) {
    if (isSmall() && other.isSmall()) {
      try {
        long g1 = gcd(Math.abs(num), other.den);
        long g2 = gcd(Math.abs(other.num), den);
        long n = Math.multiplyExact(num / Math.max(g1, 1), other.num / Math.max(g2, 1));
        long d = Math.multiplyExact(den / Math.max(g2, 1), other.den / Math.max(g1, 1));
        return normalize(n, d);
      } catch (ArithmeticException overflow) {
        // fall through to the exact big form
      }
    }
    return normalize(
        bigNumerator().multiply(other.bigNumerator()), bigDenominator().multiply(other.bigDenominator()));
  }

  /**
   * The product with an integer.
   *
   * @param factor the factor
   * @return {@code this * factor}
   */
  public Rational times(long factor) {
    return times(of(factor));
  }

  /**
   * The quotient.
   *
   * @param other the divisor; not zero
   * @return {@code this / other}
   * @throws ArithmeticException if {@code other} is zero
   */
  public Rational dividedBy(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return times(other.reciprocal());
  }

  /**
   * The quotient by an integer.
   *
   * @param divisor the divisor; not zero
   * @return {@code this / divisor}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public Rational dividedBy(long divisor) {
    return dividedBy(of(divisor));
  }

  /**
   * The reciprocal.
   *
   * @return {@code 1 / this}
   * @throws ArithmeticException if this is zero
   */
  public Rational reciprocal() {
    if (signum() == 0) {
      throw new ArithmeticException("reciprocal of zero");
    }
    if (isSmall() && num != Long.MIN_VALUE) {
      return num > 0 ? new Rational(den, num) : new Rational(-den, -num);
    }
    return normalize(bigDenominator(), bigNumerator());
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return isSmall() ? Long.signum(num) : bigNum.signum();
  }

  /**
   * The smaller of two values (this one if equal).
   *
   * @param other the other value
   * @return the minimum
   */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two values (this one if equal).
   *
   * @param other the other value
   * @return the maximum
   */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * A close {@code double}, for display only.
   *
   * @return the value as a double
   */
  public double toDouble() {
    return isSmall()
        ? (double) num / den
        : new BigDecimal(bigNum).divide(new BigDecimal(bigDen), MathContext.DECIMAL64).doubleValue();
  }

  @Override
  public int compareTo(Rational other) {
    if (isSmall() && other.isSmall()) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      long hi1 = Math.multiplyHigh(num, other.den);
      long lo1 = num * other.den;
      long hi2 = Math.multiplyHigh(other.num, den);
      long lo2 = other.num * den;
      if (hi1 != hi2) {
        return Long.compare(hi1, hi2);
      }
      return Long.compareUnsigned(lo1, lo2);
    }
    return bigNumerator().multiply(other.bigDenominator()).compareTo(other.bigNumerator().multiply(bigDenominator()));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Rational that)) {
      return false;
    }
    if (isSmall() && that.isSmall()) {
      return num == that.num && den == that.den;
    }
    return isSmall() == that.isSmall()
        && bigNum.equals(that.bigNum)
        && bigDen.equals(that.bigDen);
  }

  @Override
  public int hashCode() {
    return isSmall() ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  /**
   * The value as {@code "n"} or {@code "n/d"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    if (isSmall()) {
      return den == 1 ? Long.toString(num) : num + "/" + den;
    }
    return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
  }
}
