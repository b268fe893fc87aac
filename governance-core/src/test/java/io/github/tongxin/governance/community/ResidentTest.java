package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentTest {
  private static Resident bornOn(LocalDate birthDate) {
    return Resident.builder()
        .id(ResidentId.of("R1"))
        .birthDate(birthDate)
        .sex(Sex.MALE)
        .registration(Registration.elsewhere())
        .politicalRights(PoliticalRights.HELD)
        .build();
  }

  @Test
  void builderSetsEveryAttribute() {
    Resident r =
        Resident.builder()
            .id(ResidentId.of("C01-B001-H01-R1"))
            .birthDate(LocalDate.of(1980, 5, 1))
            .sex(Sex.FEMALE)
            .registration(Registration.withoutRegistrationSince(LocalDate.of(2021, 3, 1)))
            .politicalRights(PoliticalRights.DEPRIVED)
            .build();

    assertThat(r.id()).isEqualTo(ResidentId.of("C01-B001-H01-R1"));
    assertThat(r.birthDate()).isEqualTo(LocalDate.of(1980, 5, 1));
    assertThat(r.sex()).isEqualTo(Sex.FEMALE);
    assertThat(r.registration())
        .isEqualTo(Registration.withoutRegistrationSince(LocalDate.of(2021, 3, 1)));
    assertThat(r.politicalRights()).isEqualTo(PoliticalRights.DEPRIVED);
  }

  @Test
  void builderRequiresEveryAttribute() {
    assertThatThrownBy(
            () ->
                Resident.builder()
                    .id(ResidentId.of("R1"))
                    .sex(Sex.FEMALE)
                    .registration(Registration.here())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("birthDate")
        .hasMessageContaining("politicalRights");
  }

  @Test
  void builderIsStrict() {
    Resident.Builder builder = Resident.builder().id(ResidentId.of("R1"));

    assertThatThrownBy(() -> builder.id(ResidentId.of("R2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
  }

  @Test
  void builderRejectsNullNamingTheAttribute() {
    assertThatThrownBy(() -> Resident.builder().birthDate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("birthDate");
  }

  @Test
  void ageCountsCompletedYears() {
    Resident r = bornOn(LocalDate.of(2006, 3, 15));

    assertThat(r.ageOn(LocalDate.of(2006, 3, 15))).isZero();
    assertThat(r.ageOn(LocalDate.of(2007, 3, 14))).isZero();
    assertThat(r.ageOn(LocalDate.of(2007, 3, 15))).isEqualTo(1);
    assertThat(r.ageOn(LocalDate.of(2024, 3, 14))).isEqualTo(17);
    assertThat(r.ageOn(LocalDate.of(2024, 3, 15))).isEqualTo(18);
    assertThat(r.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(18);
  }

  @Test
  void adultFromTheEighteenthBirthday() {
    Resident r = bornOn(LocalDate.of(2006, 3, 15));

    assertThat(r.isAdultOn(LocalDate.of(2024, 3, 14))).isFalse();
    assertThat(r.isAdultOn(LocalDate.of(2024, 3, 15))).isTrue();
    assertThat(r.isAdultOn(LocalDate.of(2024, 3, 16))).isTrue();
  }

  @Test
  void notAdultBeforeBirth() {
    Resident r = bornOn(LocalDate.of(2006, 3, 15));

    assertThat(r.isAdultOn(LocalDate.of(2000, 1, 1))).isFalse();
  }

  @Test
  void leapDayBirthOnUnambiguousDays() {
    Resident r = bornOn(LocalDate.of(2004, 2, 29));

    assertThat(r.ageOn(LocalDate.of(2022, 2, 27))).isEqualTo(17);
    assertThat(r.isAdultOn(LocalDate.of(2022, 2, 27))).isFalse();
    assertThat(r.ageOn(LocalDate.of(2022, 3, 1))).isEqualTo(18);
    assertThat(r.isAdultOn(LocalDate.of(2022, 3, 1))).isTrue();
    // 2024 is a leap year: the 20th birthday is 29 February itself.
    assertThat(r.ageOn(LocalDate.of(2024, 2, 28))).isEqualTo(19);
    assertThat(r.ageOn(LocalDate.of(2024, 2, 29))).isEqualTo(20);
  }

  @Test
  void leapDayBirthIsAdultOn28FebruaryOfACommonYear() {
    Resident r = bornOn(LocalDate.of(2004, 2, 29));

    assertThat(r.isAdultOn(LocalDate.of(2022, 2, 28))).isTrue();
  }

  @Test
  void leapDayBirthTurnsEighteenOn28FebruaryOfACommonYear() {
    Resident r = bornOn(LocalDate.of(2004, 2, 29));

    assertThat(r.ageOn(LocalDate.of(2022, 2, 28))).isEqualTo(18);
    assertThat(r.ageOn(LocalDate.of(2023, 2, 28))).isEqualTo(19);
  }

  @Test
  void ageOnRejectsADayBeforeBirth() {
    Resident r = bornOn(LocalDate.of(2006, 3, 15));

    assertThatThrownBy(() -> r.ageOn(LocalDate.of(2006, 3, 14)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date 2006-03-14 is before the birth date 2006-03-15 of resident R1");
  }

  @Test
  void ageOnAndIsAdultOnRejectNull() {
    Resident r = bornOn(LocalDate.of(2006, 3, 15));

    assertThatThrownBy(() -> r.ageOn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> r.isAdultOn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  void equalsByAllAttributes() {
    LocalDate birth = LocalDate.of(1990, 1, 2);
    new EqualsTester()
        .addEqualityGroup(bornOn(birth), bornOn(LocalDate.of(1990, 1, 2)))
        .addEqualityGroup(bornOn(birth.plusDays(1)))
        .addEqualityGroup(
            Resident.builder()
                .id(ResidentId.of("R2"))
                .birthDate(birth)
                .sex(Sex.MALE)
                .registration(Registration.elsewhere())
                .politicalRights(PoliticalRights.HELD)
                .build())
        .addEqualityGroup(
            Resident.builder()
                .id(ResidentId.of("R1"))
                .birthDate(birth)
                .sex(Sex.FEMALE)
                .registration(Registration.elsewhere())
                .politicalRights(PoliticalRights.HELD)
                .build())
        .addEqualityGroup(
            Resident.builder()
                .id(ResidentId.of("R1"))
                .birthDate(birth)
                .sex(Sex.MALE)
                .registration(Registration.here())
                .politicalRights(PoliticalRights.HELD)
                .build())
        .addEqualityGroup(
            Resident.builder()
                .id(ResidentId.of("R1"))
                .birthDate(birth)
                .sex(Sex.MALE)
                .registration(Registration.elsewhere())
                .politicalRights(PoliticalRights.DEPRIVED)
                .build())
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Resident.class);
    tester.testAllPublicInstanceMethods(bornOn(LocalDate.of(2006, 3, 15)));
    tester.testAllPublicInstanceMethods(Resident.builder());
  }
}
