package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.ADULT_BIRTH;
import static io.github.tongxin.governance.election.ElectionFixtures.DAY;
import static io.github.tongxin.governance.election.ElectionFixtures.DEPRIVED;
import static io.github.tongxin.governance.election.ElectionFixtures.ELSEWHERE;
import static io.github.tongxin.governance.election.ElectionFixtures.GROUP;
import static io.github.tongxin.governance.election.ElectionFixtures.MINOR;
import static io.github.tongxin.governance.election.ElectionFixtures.NEWCOMER;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.community;
import static io.github.tongxin.governance.election.ElectionFixtures.communityOfBuildings;
import static io.github.tongxin.governance.election.ElectionFixtures.communityOfResidents;
import static io.github.tongxin.governance.election.ElectionFixtures.household;
import static io.github.tongxin.governance.election.ElectionFixtures.man;
import static io.github.tongxin.governance.election.ElectionFixtures.rid;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.BuildingGroup;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.BuildingId;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.CommunityId;
import io.github.tongxin.governance.community.Council;
import io.github.tongxin.governance.community.PoliticalRights;
import io.github.tongxin.governance.community.Registration;
import io.github.tongxin.governance.community.Resident;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.community.ResidentialBuilding;
import io.github.tongxin.governance.community.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElectorateTest {
  private static Resident born(String id, LocalDate birth) {
    return Resident.builder()
        .id(rid(id))
        .birthDate(birth)
        .sex(Sex.FEMALE)
        .registration(Registration.here())
        .politicalRights(PoliticalRights.HELD)
        .build();
  }

  private static Resident withoutRegistrationSince(String id, LocalDate since) {
    return Resident.builder()
        .id(rid(id))
        .birthDate(ADULT_BIRTH)
        .sex(Sex.MALE)
        .registration(Registration.withoutRegistrationSince(since))
        .politicalRights(PoliticalRights.HELD)
        .build();
  }

  private static Electorate register(Resident... residents) {
    return Electorate.of(communityOfResidents(List.of(residents)), GROUP, DAY, RULES);
  }

  @Test
  void theFixtureHasItsVotersAndItsFourExcludedResidents() {
    Electorate electorate = Electorate.of(community(10), GROUP, DAY, RULES);
    assertThat(electorate.size()).isEqualTo(10);
    assertThat(electorate.voters()).containsExactlyElementsOf(vs(1, 10));
    assertThat(electorate.group()).isEqualTo(GROUP);
    assertThat(electorate.electionDay()).isEqualTo(DAY);
    assertThat(electorate.exclusions())
        .containsExactly(
            exclusion(MINOR, ExclusionReason.UNDER_AGE),
            exclusion(DEPRIVED, ExclusionReason.DEPRIVED_OF_POLITICAL_RIGHTS),
            exclusion(ELSEWHERE, ExclusionReason.REGISTERED_ELSEWHERE),
            exclusion(NEWCOMER, ExclusionReason.RESIDENCE_TOO_SHORT));
    assertThat(electorate)
        .hasToString("Electorate{group=G1, day=2024-03-10, voters=10, excluded=4}");
  }

  private static Exclusion exclusion(ResidentId who, ExclusionReason... reasons) {
    return new Exclusion(who, ImmutableSet.copyOf(reasons));
  }

  @Test
  void aResidentTheDayBeforeTheEighteenthBirthdayMayNotVote() {
    Electorate electorate = register(born("A1", LocalDate.of(2006, 3, 11)));
    assertThat(electorate.contains(rid("A1"))).isFalse();
    assertThat(electorate.exclusions())
        .containsExactly(exclusion(rid("A1"), ExclusionReason.UNDER_AGE));
  }

  @Test
  void aResidentOnTheEighteenthBirthdayMayVote() {
    Electorate electorate = register(born("A1", LocalDate.of(2006, 3, 10)));
    assertThat(electorate.voters()).containsExactly(rid("A1"));
    assertThat(electorate.exclusions()).isEmpty();
  }

  @Test
  void theMinimumAgeIsARule() {
    ElectionRules sixteen = ElectionRules.builder().minimumVotingAge(16).build();
    Electorate electorate =
        Electorate.of(
            communityOfResidents(
                List.of(
                    born("A1", LocalDate.of(2008, 3, 10)), born("A2", LocalDate.of(2008, 3, 11)))),
            GROUP,
            DAY,
            sixteen);
    assertThat(electorate.voters()).containsExactly(rid("A1"));
    assertThat(electorate.exclusions())
        .containsExactly(exclusion(rid("A2"), ExclusionReason.UNDER_AGE));
  }

  @Test
  void aResidentDeprivedOfPoliticalRightsMayNotVote() {
    Electorate electorate = register(man("A1"), ElectionFixtures.ineligible().get(1));
    assertThat(electorate.voters()).containsExactly(rid("A1"));
    assertThat(electorate.exclusions())
        .containsExactly(exclusion(DEPRIVED, ExclusionReason.DEPRIVED_OF_POLITICAL_RIGHTS));
  }

  @Test
  void aResidentRegisteredElsewhereVotesThereNotHere() {
    Electorate electorate = register(man("A1"), ElectionFixtures.ineligible().get(2));
    assertThat(electorate.contains(ELSEWHERE)).isFalse();
    assertThat(electorate.exclusions())
        .containsExactly(exclusion(ELSEWHERE, ExclusionReason.REGISTERED_ELSEWHERE));
  }

  @Test
  void aResidentWithoutRegistrationOneDayShortOfAYearMayNotVote() {
    Electorate electorate = register(withoutRegistrationSince("A1", LocalDate.of(2023, 3, 11)));
    assertThat(electorate.size()).isZero();
    assertThat(electorate.exclusions())
        .containsExactly(exclusion(rid("A1"), ExclusionReason.RESIDENCE_TOO_SHORT));
  }

  @Test
  void aResidentWithoutRegistrationForExactlyAYearMayVote() {
    Electorate electorate = register(withoutRegistrationSince("A1", LocalDate.of(2023, 3, 10)));
    assertThat(electorate.voters()).containsExactly(rid("A1"));
    assertThat(electorate.exclusions()).isEmpty();
  }

  @Test
  void theResidencePeriodIsARule() {
    ElectionRules halfYear =
        ElectionRules.builder().residenceWithoutRegistration(Period.ofMonths(6)).build();
    Community community =
        communityOfResidents(
            List.of(
                withoutRegistrationSince("A1", LocalDate.of(2023, 9, 10)),
                withoutRegistrationSince("A2", LocalDate.of(2023, 9, 11))));
    Electorate electorate = Electorate.of(community, GROUP, DAY, halfYear);
    assertThat(electorate.voters()).containsExactly(rid("A1"));
    assertThat(electorate.exclusions())
        .containsExactly(exclusion(rid("A2"), ExclusionReason.RESIDENCE_TOO_SHORT));
  }

  @Test
  void aResidentWithSeveralReasonsHasThemAllInTheirOrder() {
    Resident all =
        Resident.builder()
            .id(rid("A1"))
            .birthDate(LocalDate.of(2010, 1, 1))
            .sex(Sex.MALE)
            .registration(Registration.elsewhere())
            .politicalRights(PoliticalRights.DEPRIVED)
            .build();
    Resident newcomerMinor =
        Resident.builder()
            .id(rid("A2"))
            .birthDate(LocalDate.of(2010, 1, 1))
            .sex(Sex.MALE)
            .registration(Registration.withoutRegistrationSince(DAY.minusMonths(1)))
            .politicalRights(PoliticalRights.HELD)
            .build();
    Electorate electorate = register(all, newcomerMinor);
    assertThat(electorate.exclusions())
        .containsExactly(
            exclusion(
                rid("A1"),
                ExclusionReason.UNDER_AGE,
                ExclusionReason.DEPRIVED_OF_POLITICAL_RIGHTS,
                ExclusionReason.REGISTERED_ELSEWHERE),
            exclusion(rid("A2"), ExclusionReason.UNDER_AGE, ExclusionReason.RESIDENCE_TOO_SHORT));
    assertThat(electorate.exclusions().get(0).reasons())
        .containsExactly(
            ExclusionReason.UNDER_AGE,
            ExclusionReason.DEPRIVED_OF_POLITICAL_RIGHTS,
            ExclusionReason.REGISTERED_ELSEWHERE);
  }

  @Test
  void residentsOfBuildingsOutsideTheGroupAreNeitherVotersNorExcluded() {
    ResidentialBuilding inGroup =
        ResidentialBuilding.of(BuildingId.of("B1"), List.of(household("H1", man("A1"))));
    ResidentialBuilding outside =
        ResidentialBuilding.of(BuildingId.of("B2"), List.of(household("H2", man("A2"))));
    Community community =
        Community.builder()
            .id(CommunityId.of("C01"))
            .name(BilingualName.of("社区", "Community"))
            .addBuildings(inGroup, outside)
            .addGroup(
                BuildingGroup.of(
                    GROUP,
                    BilingualName.of("楼组", "Group"),
                    List.of(BuildingId.of("B1")),
                    Council.vacant()))
            .build();
    Electorate electorate = Electorate.of(community, GROUP, DAY, RULES);
    assertThat(electorate.voters()).containsExactly(rid("A1"));
    assertThat(electorate.exclusions()).isEmpty();
    assertThat(electorate.contains(rid("A2"))).isFalse();
  }

  @Test
  void votersAreInIdOrderAndExclusionsInTheOrderOfBuildingsHouseholdsAndMembers() {
    Community community =
        communityOfBuildings(
            List.of(
                ResidentialBuilding.of(
                    BuildingId.of("B1"),
                    List.of(
                        household("H1", man("Z9"), born("Z8", DAY)),
                        household("H2", born("A0", DAY), man("A1")))),
                ResidentialBuilding.of(
                    BuildingId.of("B2"), List.of(household("H3", born("M5", DAY), man("B7"))))));
    Electorate electorate = Electorate.of(community, GROUP, DAY, RULES);
    assertThat(electorate.voters()).containsExactly(rid("A1"), rid("B7"), rid("Z9"));
    assertThat(electorate.exclusions())
        .extracting(Exclusion::resident)
        .containsExactly(rid("Z8"), rid("A0"), rid("M5"));
  }

  @Test
  void aVoterRecordIsAvailableForChecks() {
    Electorate electorate = Electorate.of(community(3, v(2)), GROUP, DAY, RULES);
    assertThat(electorate.voter(v(2)).sex()).isEqualTo(Sex.FEMALE);
    assertThatThrownBy(() -> electorate.voter(MINOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("X01 is not a registered voter of group G1");
  }

  @Test
  void aGroupNotInTheCommunityIsACallerMistake() {
    assertThatThrownBy(() -> Electorate.of(community(3), BuildingGroupId.of("G9"), DAY, RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building group G9 is not in community C01");
  }

  @Test
  void representativeRulesNeedTheRepresentatives() {
    ElectionRules households = RULES.withElectorateMode(ElectorateMode.HOUSEHOLD_REPRESENTATIVES);
    assertThatThrownBy(() -> Electorate.of(community(3), GROUP, DAY, households))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules use HOUSEHOLD_REPRESENTATIVES: give the representatives with ofRepresentatives");
    assertThatThrownBy(
            () -> Electorate.ofRepresentatives(community(3), GROUP, DAY, RULES, vs(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules use ALL_RESIDENTS: there are no representatives to give");
  }
}
