package io.github.tongxin.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.community.FormationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViolationTest {
  private static final String MESSAGE = "group [C01-B07] has 40 households, below the minimum 150";

  @Test
  void holdsCodeAndMessage() {
    Violation v = Violation.of(FormationCode.GROUP_BELOW_MINIMUM, MESSAGE);

    assertThat(v.code()).isEqualTo(FormationCode.GROUP_BELOW_MINIMUM);
    assertThat(v.code().code()).isEqualTo("GROUP_BELOW_MINIMUM");
    assertThat(v.message()).isEqualTo(MESSAGE);
  }

  @Test
  void toStringIsCodeColonMessage() {
    assertThat(Violation.of(FormationCode.GROUP_ABOVE_MAXIMUM, "group G1 has 300 households"))
        .hasToString("GROUP_ABOVE_MAXIMUM: group G1 has 300 households");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "   ", "\t\n", "\u3000"})
  void rejectsABlankMessage(String blank) {
    assertThatThrownBy(() -> Violation.of(FormationCode.GROUP_BELOW_MINIMUM, blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message must not be blank: '" + blank + "'");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> Violation.of(null, MESSAGE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> new Violation(FormationCode.GROUP_BELOW_MINIMUM, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
  }

  @Test
  void equalsByCodeAndMessage() {
    new EqualsTester()
        .addEqualityGroup(
            Violation.of(FormationCode.GROUP_BELOW_MINIMUM, MESSAGE),
            new Violation(FormationCode.GROUP_BELOW_MINIMUM, MESSAGE))
        .addEqualityGroup(Violation.of(FormationCode.GROUP_ABOVE_MAXIMUM, MESSAGE))
        .addEqualityGroup(Violation.of(FormationCode.GROUP_BELOW_MINIMUM, MESSAGE + "."))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(ViolationCode.class, FormationCode.GROUP_BELOW_MINIMUM);
    tester.testAllPublicStaticMethods(Violation.class);
    tester.testAllPublicConstructors(Violation.class);
  }
}
