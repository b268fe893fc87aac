package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.bid;
import static io.github.tongxin.governance.community.CommunityFixtures.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentialBuildingTest {
  @Test
  void countsHouseholdsAndResidents() {
    ResidentialBuilding b =
        ResidentialBuilding.of(
            bid("B1"),
            List.of(household("H2", "R1", "R2"), household("H1", "R3"), household("H3", "R4", "R5", "R6")));

    assertThat(b.id()).isEqualTo(bid("B1"));
    assertThat(b.households())
        .extracting(Household::id)
        .containsExactly(HouseholdId.of("H2"), HouseholdId.of("H1"), HouseholdId.of("H3"));
    assertThat(b.householdCount()).isEqualTo(3);
    assertThat(b.residentCount()).isEqualTo(6);
  }

  @Test
  void mayBeVacant() {
    ResidentialBuilding b = ResidentialBuilding.of(bid("B1"), List.of());

    assertThat(b.households()).isEmpty();
    assertThat(b.householdCount()).isZero();
    assertThat(b.residentCount()).isZero();
  }

  @Test
  void rejectsAHouseholdTwice() {
    assertThatThrownBy(
            () ->
                ResidentialBuilding.of(
                    bid("B1"), List.of(household("H1", "R1"), household("H1", "R2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building B1 lists household H1 twice");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> ResidentialBuilding.of(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> new ResidentialBuilding(bid("B1"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("households");
    assertThatThrownBy(() -> ResidentialBuilding.of(bid("B1"), Arrays.asList((Household) null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalsByIdAndHouseholdsInOrder() {
    new EqualsTester()
        .addEqualityGroup(
            ResidentialBuilding.of(bid("B1"), List.of(household("H1", "R1"), household("H2", "R2"))),
            new ResidentialBuilding(
                bid("B1"), ImmutableList.of(household("H1", "R1"), household("H2", "R2"))))
        .addEqualityGroup(
            ResidentialBuilding.of(bid("B1"), List.of(household("H2", "R2"), household("H1", "R1"))))
        .addEqualityGroup(ResidentialBuilding.of(bid("B2"), List.of(household("H1", "R1"), household("H2", "R2"))))
        .addEqualityGroup(ResidentialBuilding.of(bid("B1"), List.of()))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(ResidentialBuilding.class);
    tester.testAllPublicConstructors(ResidentialBuilding.class);
  }
}
