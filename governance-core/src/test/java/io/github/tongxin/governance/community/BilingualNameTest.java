package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BilingualNameTest {
  @Test
  void holdsBothNamesChineseFirst() {
    BilingualName name = BilingualName.of("示范社区", "Model Community");

    assertThat(name.chineseName()).isEqualTo("示范社区");
    assertThat(name.englishName()).isEqualTo("Model Community");
    assertThat(name.bilingualName()).isEqualTo("示范社区 Model Community");
    assertThat(name).hasToString("示范社区 Model Community");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t", "\u3000"})
  void rejectsBlankChineseName(String blank) {
    assertThatThrownBy(() -> BilingualName.of(blank, "Model Community"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chineseName must not be blank: '" + blank + "'");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "  ", "\n"})
  void rejectsBlankEnglishName(String blank) {
    assertThatThrownBy(() -> new BilingualName("示范社区", blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("englishName must not be blank: '" + blank + "'");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> BilingualName.of(null, "Model Community"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("chineseName");
    assertThatThrownBy(() -> BilingualName.of("示范社区", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("englishName");
  }

  @Test
  void equalsByBothNames() {
    new EqualsTester()
        .addEqualityGroup(
            BilingualName.of("示范社区", "Model Community"),
            new BilingualName("示范社区", "Model Community"))
        .addEqualityGroup(BilingualName.of("示范社区", "Model community"))
        .addEqualityGroup(BilingualName.of("望惠社区", "Model Community"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(BilingualName.class);
    tester.testAllPublicConstructors(BilingualName.class);
  }
}
