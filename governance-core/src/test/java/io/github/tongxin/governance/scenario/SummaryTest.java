package io.github.tongxin.governance.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void twoValuesUseTwelvePointSevenOhSix() {
    Summary s = Summary.of(new double[] {4, 6});
    assertThat(s.mean()).isEqualTo(5.0);
    assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(2), within(1e-12));
    // 12.706 × √2 / √2
    assertThat(s.halfWidth()).isCloseTo(12.706, within(1e-9));
    assertThat(s.low()).isCloseTo(-7.706, within(1e-9));
    assertThat(s.high()).isCloseTo(17.706, within(1e-9));
  }

  @Test
  void oneValueHasNoSpread() {
    assertThat(Summary.of(new double[] {3})).isEqualTo(new Summary(1, 3, 0, 0));
  }

  @Test
  void tQuantilesMatchPublishedTables() {
    assertThat(Summary.tQuantile(1)).isEqualTo(12.706);
    assertThat(Summary.tQuantile(10)).isEqualTo(2.228);
    assertThat(Summary.tQuantile(30)).isEqualTo(2.042);
    // Beyond the table: published 2.021 (40), 2.000 (60), 1.980 (120), 1.962 (1000).
    assertThat(Summary.tQuantile(40)).isCloseTo(2.021, within(0.001));
    assertThat(Summary.tQuantile(60)).isCloseTo(2.000, within(0.001));
    assertThat(Summary.tQuantile(120)).isCloseTo(1.980, within(0.001));
    assertThat(Summary.tQuantile(1000)).isCloseTo(1.962, within(0.001));
  }

  @Test
  void callerMistakesNameTheValue() {
    assertThatThrownBy(() -> Summary.of(new double[0])).hasMessageContaining("empty");
    assertThatThrownBy(() -> Summary.of(new double[] {1, Double.NaN})).hasMessageContaining("NaN");
    assertThatThrownBy(() -> Summary.tQuantile(0)).hasMessageContaining(": 0");
  }
}
