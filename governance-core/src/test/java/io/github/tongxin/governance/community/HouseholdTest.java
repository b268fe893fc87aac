package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.AREA;
import static io.github.tongxin.governance.community.CommunityFixtures.hid;
import static io.github.tongxin.governance.community.CommunityFixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdTest {
  @Test
  void keepsMembersInTheOrderGiven() {
    Household h =
        Household.of(hid("H1"), FloorArea.parse("72.35"), List.of(resident("R2"), resident("R1")));

    assertThat(h.id()).isEqualTo(hid("H1"));
    assertThat(h.floorArea()).isEqualTo(FloorArea.ofHundredths(7235));
    assertThat(h.members()).containsExactly(resident("R2"), resident("R1"));
    assertThat(h.size()).isEqualTo(2);
  }

  @Test
  void copiesTheMembers() {
    List<Resident> members = new ArrayList<>(List.of(resident("R1")));
    Household h = Household.of(hid("H1"), AREA, members);

    members.add(resident("R2"));

    assertThat(h.members()).containsExactly(resident("R1"));
  }

  @Test
  void rejectsNoMembers() {
    assertThatThrownBy(() -> Household.of(hid("H1"), AREA, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("household H1 must have at least one member");
  }

  @Test
  void rejectsAMemberTwice() {
    assertThatThrownBy(
            () ->
                new Household(
                    hid("H1"),
                    AREA,
                    ImmutableList.of(resident("R1"), resident("R2"), resident("R1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("household H1 lists resident R1 twice");
  }

  @Test
  void rejectsTwoResidentsWithOneIdEvenIfTheyDiffer() {
    Resident child =
        Resident.builder()
            .id(ResidentId.of("R1"))
            .birthDate(CommunityFixtures.ADULT_BIRTH.plusYears(30))
            .sex(Sex.MALE)
            .registration(Registration.here())
            .politicalRights(PoliticalRights.HELD)
            .build();

    assertThatThrownBy(() -> Household.of(hid("H1"), AREA, List.of(resident("R1"), child)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("household H1 lists resident R1 twice");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    List<Resident> members = List.of(resident("R1"));
    assertThatThrownBy(() -> Household.of(null, AREA, members))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> Household.of(hid("H1"), null, members))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("floorArea");
    assertThatThrownBy(() -> Household.of(hid("H1"), AREA, Arrays.asList(resident("R1"), null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalsByIdAreaAndMembersInOrder() {
    new EqualsTester()
        .addEqualityGroup(
            Household.of(hid("H1"), AREA, List.of(resident("R1"), resident("R2"))),
            new Household(hid("H1"), AREA, ImmutableList.of(resident("R1"), resident("R2"))))
        .addEqualityGroup(Household.of(hid("H1"), AREA, List.of(resident("R2"), resident("R1"))))
        .addEqualityGroup(Household.of(hid("H2"), AREA, List.of(resident("R1"), resident("R2"))))
        .addEqualityGroup(
            Household.of(
                hid("H1"), FloorArea.parse("80.01"), List.of(resident("R1"), resident("R2"))))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Household.class);
    tester.testAllPublicConstructors(Household.class);
  }
}
