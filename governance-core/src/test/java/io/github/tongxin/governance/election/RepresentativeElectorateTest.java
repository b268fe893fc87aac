package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.DAY;
import static io.github.tongxin.governance.election.ElectionFixtures.GROUP;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.communityOfBuildings;
import static io.github.tongxin.governance.election.ElectionFixtures.household;
import static io.github.tongxin.governance.election.ElectionFixtures.man;
import static io.github.tongxin.governance.election.ElectionFixtures.rid;
import static io.github.tongxin.governance.election.ElectionFixtures.rids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.BuildingId;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.PoliticalRights;
import io.github.tongxin.governance.community.Registration;
import io.github.tongxin.governance.community.Resident;
import io.github.tongxin.governance.community.ResidentialBuilding;
import io.github.tongxin.governance.community.Sex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Household representatives and residents' group representatives (Urban Residents' Committees
 * Organic Law Art. 8) on this community:
 *
 * <pre>
 *   B1: H1 [A1, A2, A3 (17 years old)], H2 [D1]
 *   B2: H3 [C1, C2, C3, C4]
 * </pre>
 */
class RepresentativeElectorateTest {
  private static final ElectionRules HOUSEHOLDS =
      RULES.withElectorateMode(ElectorateMode.HOUSEHOLD_REPRESENTATIVES);
  private static final ElectionRules GROUPS =
      RULES.withElectorateMode(ElectorateMode.GROUP_REPRESENTATIVES);

  private static final Community COMMUNITY =
      communityOfBuildings(
          List.of(
              ResidentialBuilding.of(
                  BuildingId.of("B1"),
                  List.of(
                      household("H1", man("A1"), man("A2"), minor("A3")),
                      household("H2", man("D1")))),
              ResidentialBuilding.of(
                  BuildingId.of("B2"),
                  List.of(household("H3", man("C1"), man("C2"), man("C3"), man("C4"))))));

  private static Resident minor(String id) {
    return Resident.builder()
        .id(rid(id))
        .birthDate(DAY.minusYears(17))
        .sex(Sex.FEMALE)
        .registration(Registration.here())
        .politicalRights(PoliticalRights.HELD)
        .build();
  }

  private static Exclusion exclusion(String who, ExclusionReason... reasons) {
    return new Exclusion(rid(who), ImmutableSet.copyOf(reasons));
  }

  @Test
  void oneRepresentativePerHouseholdVotesForIt() {
    Electorate electorate =
        Electorate.ofRepresentatives(COMMUNITY, GROUP, DAY, HOUSEHOLDS, rids("A1", "D1", "C1"));
    assertThat(electorate.voters()).containsExactlyElementsOf(rids("A1", "C1", "D1"));
    assertThat(electorate.exclusions())
        .containsExactly(
            exclusion("A2", ExclusionReason.NOT_A_REPRESENTATIVE),
            exclusion("A3", ExclusionReason.UNDER_AGE, ExclusionReason.NOT_A_REPRESENTATIVE),
            exclusion("C2", ExclusionReason.NOT_A_REPRESENTATIVE),
            exclusion("C3", ExclusionReason.NOT_A_REPRESENTATIVE),
            exclusion("C4", ExclusionReason.NOT_A_REPRESENTATIVE));
  }

  @Test
  void aHouseholdMaySendNoRepresentative() {
    Electorate electorate =
        Electorate.ofRepresentatives(COMMUNITY, GROUP, DAY, HOUSEHOLDS, rids("A1"));
    assertThat(electorate.voters()).containsExactly(rid("A1"));
    assertThat(electorate.exclusions())
        .extracting(Exclusion::resident)
        .containsExactlyElementsOf(rids("A2", "A3", "D1", "C1", "C2", "C3", "C4"));
  }

  @Test
  void anIneligibleRepresentativeIsExcludedForTheirOwnReasonOnly() {
    Electorate electorate =
        Electorate.ofRepresentatives(COMMUNITY, GROUP, DAY, HOUSEHOLDS, rids("A3", "D1"));
    assertThat(electorate.voters()).containsExactly(rid("D1"));
    assertThat(electorate.exclusions())
        .startsWith(
            exclusion("A1", ExclusionReason.NOT_A_REPRESENTATIVE),
            exclusion("A2", ExclusionReason.NOT_A_REPRESENTATIVE),
            exclusion("A3", ExclusionReason.UNDER_AGE));
  }

  @Test
  void twoRepresentativesForOneHouseholdIsACallerMistake() {
    assertThatThrownBy(
            () -> Electorate.ofRepresentatives(COMMUNITY, GROUP, DAY, HOUSEHOLDS, rids("A1", "A2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("household H1 has 2 representatives; one per household");
  }

  @Test
  void aRepresentativeFromOutsideTheGroupIsACallerMistake() {
    assertThatThrownBy(
            () -> Electorate.ofRepresentatives(COMMUNITY, GROUP, DAY, HOUSEHOLDS, rids("A1", "Z9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("representatives [Z9] do not live in building group G1");
  }

  @Test
  void twoOrThreeRepresentativesPerBuildingVoteForIt() {
    Electorate electorate =
        Electorate.ofRepresentatives(
            COMMUNITY, GROUP, DAY, GROUPS, rids("A1", "A2", "C1", "C2", "C3"));
    assertThat(electorate.voters()).containsExactlyElementsOf(rids("A1", "A2", "C1", "C2", "C3"));
    assertThat(electorate.exclusions())
        .containsExactly(
            exclusion("A3", ExclusionReason.UNDER_AGE, ExclusionReason.NOT_A_REPRESENTATIVE),
            exclusion("D1", ExclusionReason.NOT_A_REPRESENTATIVE),
            exclusion("C4", ExclusionReason.NOT_A_REPRESENTATIVE));
  }

  @Test
  void oneRepresentativeForABuildingIsTooFew() {
    assertThatThrownBy(
            () ->
                Electorate.ofRepresentatives(COMMUNITY, GROUP, DAY, GROUPS, rids("A1", "C1", "C2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building B1 has 1 representatives; the rules want 2 to 3");
  }

  @Test
  void fourRepresentativesForABuildingAreTooMany() {
    assertThatThrownBy(
            () ->
                Electorate.ofRepresentatives(
                    COMMUNITY, GROUP, DAY, GROUPS, rids("A1", "A2", "C1", "C2", "C3", "C4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building B2 has 4 representatives; the rules want 2 to 3");
  }

  @Test
  void theBoundsPerBuildingAreRules() {
    ElectionRules oneToFour =
        ElectionRules.builder()
            .electorateMode(ElectorateMode.GROUP_REPRESENTATIVES)
            .minimumGroupRepresentatives(1)
            .maximumGroupRepresentatives(4)
            .build();
    Electorate electorate =
        Electorate.ofRepresentatives(
            COMMUNITY, GROUP, DAY, oneToFour, rids("D1", "C1", "C2", "C3", "C4"));
    assertThat(electorate.size()).isEqualTo(5);
  }
}
