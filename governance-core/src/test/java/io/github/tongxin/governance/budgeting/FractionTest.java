package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class FractionTest {
  private static Fraction of(long numerator, long denominator) {
    return Fraction.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  @Test
  void reducesAndNormalisesTheSign() {
    assertThat(of(6, -4)).isEqualTo(new Fraction(BigInteger.valueOf(-3), BigInteger.TWO));
    assertThat(of(0, -7).toString()).isEqualTo("0");
    assertThat(of(100000, 84).toString()).isEqualTo("25000/21");
  }

  @Test
  void readsDecimalsExactly() {
    assertThat(Fraction.of(new BigDecimal("214386.4")).toString()).isEqualTo("1071932/5");
    assertThat(Fraction.of(new BigDecimal("4E+2")).toString()).isEqualTo("400");
  }

  @Test
  void addsExactly() {
    assertThat(of(1, 3).plus(Fraction.of(BigDecimal.ONE))).isEqualTo(of(4, 3));
    assertThat(of(1, 6).plus(of(1, 3))).isEqualTo(of(1, 2));
    assertThat(of(1, 2).plus(of(-1, 2))).isEqualTo(of(0, 1));
  }

  @Test
  void ordersNumerically() {
    assertThat(of(1, 3)).isLessThan(of(1, 2));
    assertThat(of(2, 4).compareTo(of(1, 2))).isZero();
    assertThat(of(25000, 21).toBigDecimal(MathContext.DECIMAL32)).isEqualByComparingTo("1190.476");
  }

  @Test
  void rejectsBadDenominators() {
    assertThatThrownBy(() -> of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator must not be zero");
    assertThatThrownBy(() -> new Fraction(BigInteger.TWO, BigInteger.valueOf(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lowest terms: 2/4");
    assertThatThrownBy(() -> new Fraction(BigInteger.ONE, BigInteger.valueOf(-2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator must be positive: -2");
  }

  @Test
  void aFractionReducedWhenFirstNeededBehavesAsItsLowestTerms() {
    Fraction lazy = Fraction.unreduced(BigInteger.valueOf(-84), BigInteger.valueOf(100800));
    assertThat(lazy.compareTo(of(-1, 1200))).isZero();
    assertThat(lazy.toBigDecimal(MathContext.DECIMAL32)).isEqualByComparingTo("-0.0008333333");
    assertThat(lazy.numerator()).isEqualTo(BigInteger.valueOf(-1));
    assertThat(lazy.denominator()).isEqualTo(BigInteger.valueOf(1200));
    assertThat(lazy.toString()).isEqualTo("-1/1200");
    assertThat(Fraction.unreduced(BigInteger.ZERO, BigInteger.TEN).toString()).isEqualTo("0");
    assertThat(Fraction.unreduced(BigInteger.TWO, BigInteger.valueOf(6)).plus(of(1, 6)))
        .isEqualTo(of(1, 2));
    assertThatThrownBy(() -> Fraction.unreduced(BigInteger.ONE, BigInteger.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator must be positive: 0");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            of(1, 2),
            of(2, 4),
            new Fraction(BigInteger.ONE, BigInteger.TWO),
            Fraction.unreduced(BigInteger.valueOf(35), BigInteger.valueOf(70)))
        .addEqualityGroup(of(-1, 2), Fraction.unreduced(BigInteger.valueOf(-3), BigInteger.valueOf(6)))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Fraction.class);
    new NullPointerTester().testAllPublicInstanceMethods(of(1, 2));
  }
}
