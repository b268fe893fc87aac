package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FloorAreaTest {
  @ParameterizedTest(name = "\"{0}\" is {1} hundredths, printed \"{2}\"")
  @CsvSource({
    "85, 8500, 85.00",
    "85.5, 8550, 85.50",
    "85.50, 8550, 85.50",
    "0.01, 1, 0.01",
    "0.1, 10, 0.10",
    "72.35, 7235, 72.35",
    "085, 8500, 85.00",
    "999999999999999.99, 99999999999999999, 999999999999999.99"
  })
  void parsesSquareMetresAndPrintsTwoDecimals(String text, long hundredths, String printed) {
    FloorArea area = FloorArea.parse(text);

    assertThat(area.hundredths()).isEqualTo(hundredths);
    assertThat(area).hasToString(printed);
    assertThat(FloorArea.parse(area.toString())).isEqualTo(area);
  }

  @Test
  void ofHundredthsPrintsTwoDecimals() {
    assertThat(FloorArea.ofHundredths(1)).hasToString("0.01");
    assertThat(FloorArea.ofHundredths(100)).hasToString("1.00");
    assertThat(FloorArea.ofHundredths(7235)).hasToString("72.35");
    assertThat(new FloorArea(123_456)).hasToString("1234.56");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "-1", "1.234", "abc", "", " 85", "85 ", "1.", ".5", "1,5", "+85", "1e3", "८५",
        "1234567890123456"
      })
  void parseRejectsMalformedText(String text) {
    assertThatThrownBy(() -> FloorArea.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floor area must be square metres with at most two decimals: '" + text + "'");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"0", "0.00", "0.0", "000"})
  void parseRejectsZero(String text) {
    assertThatThrownBy(() -> FloorArea.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floor area must be positive, in 0.01 m²: 0");
  }

  @Test
  void rejectsNonPositiveHundredths() {
    assertThatThrownBy(() -> FloorArea.ofHundredths(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floor area must be positive, in 0.01 m²: 0");
    assertThatThrownBy(() -> FloorArea.ofHundredths(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floor area must be positive, in 0.01 m²: -1");
    assertThatThrownBy(() -> new FloorArea(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(": " + Long.MIN_VALUE);
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> FloorArea.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("squareMetres");
  }

  @Test
  void plusAddsExactly() {
    FloorArea a = FloorArea.parse("85.5");

    assertThat(a.plus(a)).isEqualTo(FloorArea.ofHundredths(17_100)).hasToString("171.00");
    assertThat(FloorArea.parse("0.01").plus(FloorArea.parse("0.99"))).hasToString("1.00");
  }

  @Test
  void plusRejectsOverflow() {
    FloorArea largest = FloorArea.ofHundredths(Long.MAX_VALUE);

    assertThatThrownBy(() -> largest.plus(FloorArea.ofHundredths(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ordersBySize() {
    FloorArea small = FloorArea.parse("9.99");
    FloorArea large = FloorArea.parse("10");

    assertThat(small.compareTo(large)).isNegative();
    assertThat(large.compareTo(small)).isPositive();
    assertThat(large.compareTo(FloorArea.parse("10.00"))).isZero();
  }

  @Test
  void equalsByHundredths() {
    new EqualsTester()
        .addEqualityGroup(
            FloorArea.parse("85.5"), FloorArea.parse("85.50"), FloorArea.ofHundredths(8550))
        .addEqualityGroup(FloorArea.parse("85"), new FloorArea(8500))
        .addEqualityGroup(FloorArea.ofHundredths(1))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(FloorArea.class);
    tester.testAllPublicInstanceMethods(FloorArea.parse("85.5"));
  }
}
