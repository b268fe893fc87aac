package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationTest {
  private static final LocalDate MARCH_2021 = LocalDate.of(2021, 3, 1);

  @Test
  void hereAndElsewhereAreConstantsWithNames() {
    assertThat(Registration.here()).isSameAs(Registration.here()).isInstanceOf(Registration.Here.class);
    assertThat(Registration.elsewhere())
        .isSameAs(Registration.elsewhere())
        .isInstanceOf(Registration.Elsewhere.class);
    assertThat(Registration.here().bilingualName()).isEqualTo("户籍在本社区 registered here");
    assertThat(Registration.elsewhere().bilingualName()).isEqualTo("户籍在外 registered elsewhere");
  }

  @Test
  void withoutRegistrationKeepsTheDate() {
    Registration registration = Registration.withoutRegistrationSince(MARCH_2021);

    assertThat(registration)
        .isInstanceOfSatisfying(
            Registration.WithoutRegistration.class,
            r -> assertThat(r.since()).isEqualTo(MARCH_2021));
    assertThat(registration.chineseName()).isEqualTo("非户籍常住");
    assertThat(registration.englishName()).isEqualTo("resident without registration");
  }

  @Test
  void withoutRegistrationRejectsNull() {
    assertThatThrownBy(() -> Registration.withoutRegistrationSince(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("since");
    assertThatThrownBy(() -> new Registration.WithoutRegistration(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("since");
  }

  @Test
  void equalsByKindAndDate() {
    new EqualsTester()
        .addEqualityGroup(Registration.here(), new Registration.Here())
        .addEqualityGroup(Registration.elsewhere(), new Registration.Elsewhere())
        .addEqualityGroup(
            Registration.withoutRegistrationSince(MARCH_2021),
            new Registration.WithoutRegistration(LocalDate.of(2021, 3, 1)))
        .addEqualityGroup(Registration.withoutRegistrationSince(MARCH_2021.plusDays(1)))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Registration.class);
    tester.testAllPublicConstructors(Registration.WithoutRegistration.class);
  }
}
