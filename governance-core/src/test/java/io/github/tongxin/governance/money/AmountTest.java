package io.github.tongxin.governance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountTest {
  @Test
  void parsesAndFormatsWithThousandsSeparators() {
    assertThat(Amount.parse("1,234.56").fen()).isEqualTo(123_456);
    assertThat(Amount.parse("1234.56")).isEqualTo(Amount.ofFen(123_456));
    assertThat(Amount.parse("1234.5").fen()).isEqualTo(123_450);
    assertThat(Amount.parse("12").fen()).isEqualTo(1_200);
    assertThat(Amount.parse("-0.05").fen()).isEqualTo(-5);
    assertThat(Amount.parse("0.00")).isSameAs(Amount.ZERO);
    assertThat(Amount.ofFen(123_456).toString()).isEqualTo("1,234.56");
    assertThat(Amount.ofFen(100_000_000).toString()).isEqualTo("1,000,000.00");
    assertThat(Amount.ofFen(-5).toString()).isEqualTo("-0.05");
    assertThat(Amount.ofFen(7).toString()).isEqualTo("0.07");
    assertThat(Amount.ofFen(Long.MIN_VALUE).toString()).isEqualTo("-92,233,720,368,547,758.08");
    assertThat(Amount.parse(Amount.ofFen(Long.MIN_VALUE).toString()))
        .isEqualTo(Amount.ofFen(Long.MIN_VALUE));
  }

  @Test
  void refusesMalformedText() {
    for (String bad : List.of("", "1.234", "1,23.00", "12,34", "01", "1.", ".5", "1 000", "¥5", "+1")) {
      assertThatThrownBy(() -> Amount.parse(bad), bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> Amount.parse("92,233,720,368,547,758.08"))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void arithmeticRefusesToWrap() {
    Amount max = Amount.ofFen(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Amount.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Amount.ofFen(Long.MIN_VALUE).minus(Amount.ofFen(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Amount.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    assertThat(Amount.ofYuan(3).plus(Amount.ofFen(5)).minus(Amount.ofFen(10)).fen()).isEqualTo(295);
    assertThat(Amount.sum(List.of(Amount.ofFen(1), Amount.ofFen(2)))).isEqualTo(Amount.ofFen(3));
  }

  @Test
  void allocatesByLargestRemainderWithEarlierWeightsWinningTies() {
    // 10,000.00 / 3: each exact share 333,333.33… fen; the one fen left goes to the first.
    assertThat(Amount.parse("10,000.00").allocate(List.of(1L, 1L, 1L)))
        .containsExactly(
            Amount.ofFen(333_334), Amount.ofFen(333_333), Amount.ofFen(333_333));
    // 100 fen by 1:2:3 → exact 16.67, 33.33, 50: floors 16, 33, 50, one fen left to the
    // largest remainder (0.67, first weight).
    assertThat(Amount.ofFen(100).allocate(List.of(1L, 2L, 3L)))
        .containsExactly(Amount.ofFen(17), Amount.ofFen(33), Amount.ofFen(50));
    // A zero weight gets nothing, even with fen to spare.
    assertThat(Amount.ofFen(5).allocate(List.of(0L, 1L, 1L)))
        .containsExactly(Amount.ZERO, Amount.ofFen(3), Amount.ofFen(2));
  }

  @Test
  void allocationRefusesBadWeights() {
    assertThatThrownBy(() -> Amount.ofFen(5).allocate(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights");
    assertThatThrownBy(() -> Amount.ofFen(5).allocate(List.of(0L, 0L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 0]");
    assertThatThrownBy(() -> Amount.ofFen(5).allocate(List.of(1L, -1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Amount.ofFen(-5).allocate(List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.05");
  }

  @Test
  void valueSemanticsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Amount.ofFen(100), Amount.ofYuan(1), Amount.parse("1.00"))
        .addEqualityGroup(Amount.ZERO, Amount.ofFen(0))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Amount.class);
    new NullPointerTester().testAllPublicInstanceMethods(Amount.ofFen(1));
    assertThat(Amount.ofFen(1)).isGreaterThan(Amount.ZERO);
  }
}
