package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.Violation;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** {@link PabulibProblem}, {@link PabulibReading} and {@link PabulibCode} as values. */
class PabulibProblemTest {
  private static final PabulibProblem ERROR =
      PabulibProblem.error(7, PabulibCode.COUNT_MISMATCH, "num_votes is 3 but VOTES has 2 rows");
  private static final PabulibProblem WARNING =
      PabulibProblem.warning(12, PabulibCode.EMPTY_LINE, "empty line");

  @Test
  void describesItselfWithLineSeverityAndCode() {
    assertThat(ERROR.toString())
        .isEqualTo("line 7: error COUNT_MISMATCH: num_votes is 3 but VOTES has 2 rows");
    assertThat(ERROR.isError()).isTrue();
    assertThat(WARNING.isError()).isFalse();
    assertThat(ERROR.toViolation())
        .isEqualTo(
            Violation.of(
                PabulibCode.COUNT_MISMATCH, "line 7: num_votes is 3 but VOTES has 2 rows"));
  }

  @Test
  void rejectsALineBelowOneAndABlankMessage() {
    assertThatThrownBy(() -> PabulibProblem.error(0, PabulibCode.EMPTY_LINE, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be at least 1: 0");
    assertThatThrownBy(() -> PabulibProblem.warning(1, PabulibCode.EMPTY_LINE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message must not be blank");
  }

  @Test
  void equalsByAllFour() {
    new EqualsTester()
        .addEqualityGroup(
            ERROR,
            new PabulibProblem(
                7,
                PabulibProblem.Severity.ERROR,
                PabulibCode.COUNT_MISMATCH,
                "num_votes is 3 but VOTES has 2 rows"))
        .addEqualityGroup(
            PabulibProblem.warning(
                7, PabulibCode.COUNT_MISMATCH, "num_votes is 3 but VOTES has 2 rows"))
        .addEqualityGroup(
            PabulibProblem.error(
                8, PabulibCode.COUNT_MISMATCH, "num_votes is 3 but VOTES has 2 rows"))
        .addEqualityGroup(WARNING)
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(PabulibCode.class, PabulibCode.EMPTY_LINE)
            .setDefault(String.class, "x")
            .setDefault(int.class, 1)
            .setDefault(ImmutableList.class, ImmutableList.of(ERROR))
            .setDefault(PabulibFile.class, PabulibTexts.base().clean());
    tester.testAllPublicStaticMethods(PabulibProblem.class);
    tester.testAllPublicConstructors(PabulibProblem.class);
    tester.testAllPublicConstructors(PabulibReading.Failed.class);
    tester.testAllPublicConstructors(PabulibReading.Read.class);
    tester.testAllPublicStaticMethods(Pabulib.class);
  }

  @Test
  void aReadFileHasNoErrorsAndAFailureHasOne() {
    PabulibFile file = PabulibTexts.base().clean();
    assertThatThrownBy(() -> new PabulibReading.Read(file, ImmutableList.of(ERROR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a read file cannot have errors");
    assertThatThrownBy(() -> new PabulibReading.Failed(ImmutableList.of(WARNING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a failed reading needs at least one error");
    PabulibReading.Failed failed = new PabulibReading.Failed(ImmutableList.of(ERROR, WARNING));
    assertThat(failed.errors()).containsExactly(ERROR);
    assertThat(failed.isRead()).isFalse();
    assertThat(new PabulibReading.Read(file, ImmutableList.of(WARNING)).fileOrThrow())
        .isSameAs(file);
  }

  @Test
  void codesAreStableBilingualAndDistinct() {
    for (PabulibCode code : PabulibCode.values()) {
      assertThat(code.code()).isEqualTo(code.name()).matches("[A-Z0-9_]+");
      assertThat(code.chineseName()).isNotBlank();
      assertThat(code.englishName()).isNotBlank();
    }
    assertThat(
            new HashSet<>(
                Arrays.stream(PabulibCode.values()).map(PabulibCode::chineseName).toList()))
        .hasSize(PabulibCode.values().length);
    assertThat(
            new HashSet<>(
                Arrays.stream(PabulibCode.values()).map(PabulibCode::englishName).toList()))
        .hasSize(PabulibCode.values().length);
    assertThat(PabulibProblem.Severity.ERROR.bilingualName()).isEqualTo("错误 error");
    assertThat(PabulibProblem.Severity.WARNING.bilingualName()).isEqualTo("警告 warning");
  }
}
