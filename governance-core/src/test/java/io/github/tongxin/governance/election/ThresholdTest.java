package io.github.tongxin.governance.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ThresholdTest {
  private static final Threshold MORE_THAN_HALF = Threshold.moreThan(1, 2);
  private static final Threshold AT_LEAST_A_THIRD = Threshold.atLeast(1, 3);

  @Test
  void moreThanHalfIsNotMetByExactlyHalf() {
    assertThat(MORE_THAN_HALF.isMetBy(99, 200)).isFalse();
    assertThat(MORE_THAN_HALF.isMetBy(100, 200)).isFalse();
    assertThat(MORE_THAN_HALF.isMetBy(101, 200)).isTrue();
  }

  @Test
  void moreThanHalfOfAnOddWholeNeedsTheNextWholeNumber() {
    assertThat(MORE_THAN_HALF.isMetBy(50, 101)).isFalse();
    assertThat(MORE_THAN_HALF.isMetBy(51, 101)).isTrue();
  }

  @Test
  void atLeastAThirdIsMetByExactlyAThird() {
    assertThat(AT_LEAST_A_THIRD.isMetBy(32, 99)).isFalse();
    assertThat(AT_LEAST_A_THIRD.isMetBy(33, 99)).isTrue();
    assertThat(AT_LEAST_A_THIRD.isMetBy(34, 99)).isTrue();
  }

  @Test
  void atLeastAThirdOfAWholeNotDivisibleByThreeRoundsUp() {
    assertThat(AT_LEAST_A_THIRD.isMetBy(33, 100)).isFalse();
    assertThat(AT_LEAST_A_THIRD.isMetBy(34, 100)).isTrue();
  }

  @Test
  void atLeastAFifthIsMetByExactlyAFifth() {
    Threshold fifth = Threshold.atLeast(1, 5);
    assertThat(fifth.isMetBy(39, 200)).isFalse();
    assertThat(fifth.isMetBy(40, 200)).isTrue();
  }

  @Test
  void anEmptyWhole() {
    assertThat(MORE_THAN_HALF.isMetBy(0, 0)).isFalse();
    assertThat(AT_LEAST_A_THIRD.isMetBy(0, 0)).isTrue();
  }

  @Test
  void largeCountsAreComparedExactly() {
    long whole = 4_000_000_000_000L;
    assertThat(MORE_THAN_HALF.isMetBy(whole / 2, whole)).isFalse();
    assertThat(MORE_THAN_HALF.isMetBy(whole / 2 + 1, whole)).isTrue();
  }

  @Test
  void anOverflowingProductThrows() {
    assertThatThrownBy(() -> MORE_THAN_HALF.isMetBy(Long.MAX_VALUE, 1))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> MORE_THAN_HALF.isMetBy(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must not be negative: -1 of 10");
    assertThatThrownBy(() -> MORE_THAN_HALF.isMetBy(1, -10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must not be negative: 1 of -10");
  }

  @Test
  void factoriesSetTheComparison() {
    assertThat(MORE_THAN_HALF).isEqualTo(new Threshold(1, 2, Threshold.Comparison.MORE_THAN));
    assertThat(AT_LEAST_A_THIRD).isEqualTo(new Threshold(1, 3, Threshold.Comparison.AT_LEAST));
  }

  @Test
  void textForm() {
    assertThat(MORE_THAN_HALF).hasToString("> 1/2");
    assertThat(AT_LEAST_A_THIRD).hasToString("≥ 1/3");
    assertThat(Threshold.Comparison.MORE_THAN.symbol()).isEqualTo(">");
    assertThat(Threshold.Comparison.AT_LEAST.symbol()).isEqualTo("≥");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Threshold.moreThan(1, 2), Threshold.moreThan(1, 2))
        .addEqualityGroup(Threshold.atLeast(1, 2))
        .addEqualityGroup(Threshold.moreThan(2, 4))
        .addEqualityGroup(Threshold.moreThan(1, 3))
        .testEquals();
  }

  @Test
  void aBadFractionIsRefused() {
    assertThatThrownBy(() -> Threshold.moreThan(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator must be at least 1: 0");
    assertThatThrownBy(() -> Threshold.atLeast(-1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numerator must be 0..denominator: -1/3");
    assertThatThrownBy(() -> Threshold.atLeast(4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numerator must be 0..denominator: 4/3");
    assertThatThrownBy(() -> new Threshold(1, 2, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("comparison");
  }

  @Test
  void wholeFractionsAreAllowed() {
    assertThat(Threshold.atLeast(3, 3).isMetBy(10, 10)).isTrue();
    assertThat(Threshold.moreThan(3, 3).isMetBy(10, 10)).isFalse();
    assertThat(Threshold.moreThan(0, 1).isMetBy(1, 10)).isTrue();
    assertThat(Threshold.moreThan(0, 1).isMetBy(0, 10)).isFalse();
  }
}
