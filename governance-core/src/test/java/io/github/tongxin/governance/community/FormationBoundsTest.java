package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormationBoundsTest {
  @Test
  void standardIsAbout200Households() {
    assertThat(FormationBounds.STANDARD.target()).isEqualTo(200);
    assertThat(FormationBounds.STANDARD.minimum()).isEqualTo(150);
    assertThat(FormationBounds.STANDARD.maximum()).isEqualTo(250);
  }

  @Test
  void ofKeepsTheNumbers() {
    FormationBounds b = FormationBounds.of(170, 120, 250);

    assertThat(b.target()).isEqualTo(170);
    assertThat(b.minimum()).isEqualTo(120);
    assertThat(b.maximum()).isEqualTo(250);
  }

  @Test
  void maximumMayBeAMillionButNotOneMore() {
    assertThat(FormationBounds.of(200, 150, 1_000_000).maximum()).isEqualTo(1_000_000);
    assertThatThrownBy(() -> FormationBounds.of(200, 150, 1_000_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum must be at most 1000000: 1000001");
  }

  @Test
  void allThreeMayBeEqual() {
    FormationBounds b = FormationBounds.of(1, 1, 1);

    assertThat(b.contains(1)).isTrue();
    assertThat(b.contains(0)).isFalse();
    assertThat(b.contains(2)).isFalse();
  }

  @ParameterizedTest(name = "{0} households: contains={1}")
  @CsvSource({"0, false", "149, false", "150, true", "200, true", "250, true", "251, false"})
  void containsIncludesBothBounds(long households, boolean expected) {
    assertThat(FormationBounds.STANDARD.contains(households)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} households: excess {1}")
  @CsvSource({"0, 150", "100, 50", "149, 1", "150, 0", "200, 0", "250, 0", "251, 1", "300, 50"})
  void excessIsTheDistanceOutsideTheBounds(long households, long excess) {
    assertThat(FormationBounds.STANDARD.excess(households)).isEqualTo(excess);
  }

  @ParameterizedTest(name = "{0} households: squared deviation {1}")
  @CsvSource({"200, 0", "190, 100", "210, 100", "0, 40000", "250, 2500"})
  void squaredDeviationFromTheTarget(long households, long squared) {
    assertThat(FormationBounds.STANDARD.squaredDeviation(households)).isEqualTo(squared);
  }

  @Test
  void squaredDeviationRejectsOverflow() {
    assertThatThrownBy(() -> FormationBounds.STANDARD.squaredDeviation(Long.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void excessAndSquaredDeviationRejectNegativeSizes() {
    assertThatThrownBy(() -> FormationBounds.STANDARD.excess(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("households must not be negative: -1");
    assertThatThrownBy(() -> FormationBounds.STANDARD.squaredDeviation(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("households must not be negative: -5");
  }

  @Test
  void rejectsAMinimumBelowOne() {
    assertThatThrownBy(() -> FormationBounds.of(200, 0, 250))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum must be at least 1: 0");
    assertThatThrownBy(() -> new FormationBounds(0, -3, 250))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum must be at least 1: -3");
  }

  @Test
  void rejectsATargetBelowTheMinimum() {
    assertThatThrownBy(() -> FormationBounds.of(100, 150, 250))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need minimum <= target <= maximum: 150 <= 100 <= 250");
  }

  @Test
  void rejectsATargetAboveTheMaximum() {
    assertThatThrownBy(() -> FormationBounds.of(260, 150, 250))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need minimum <= target <= maximum: 150 <= 260 <= 250");
  }

  @Test
  void rejectsAMaximumBelowTheMinimum() {
    assertThatThrownBy(() -> FormationBounds.of(150, 150, 149))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need minimum <= target <= maximum: 150 <= 150 <= 149");
  }

  @Test
  void equalsByAllThreeNumbers() {
    new EqualsTester()
        .addEqualityGroup(
            FormationBounds.STANDARD,
            FormationBounds.of(200, 150, 250),
            new FormationBounds(200, 150, 250))
        .addEqualityGroup(FormationBounds.of(201, 150, 250))
        .addEqualityGroup(FormationBounds.of(200, 151, 250))
        .addEqualityGroup(FormationBounds.of(200, 150, 251))
        .testEquals();
  }
}
