package io.github.tongxin.governance.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ElectionRulesTest {
  private static final ElectionRules DEFAULTS = ElectionRules.defaults();

  @Test
  void theStatutoryDefaults() {
    assertThat(DEFAULTS.electorateMode()).isEqualTo(ElectorateMode.ALL_RESIDENTS);
    assertThat(DEFAULTS.minimumVotingAge()).isEqualTo(18);
    assertThat(DEFAULTS.residenceWithoutRegistration()).isEqualTo(Period.ofYears(1));
    assertThat(DEFAULTS.minimumGroupRepresentatives()).isEqualTo(2);
    assertThat(DEFAULTS.maximumGroupRepresentatives()).isEqualTo(3);
    assertThat(DEFAULTS.leaderSeats()).isEqualTo(1);
    assertThat(DEFAULTS.memberSeats()).isEqualTo(5);
    assertThat(DEFAULTS.ballotLayout()).isEqualTo(BallotLayout.ONE_PAPER);
    assertThat(DEFAULTS.candidacy()).isEqualTo(CandidacyRule.COMPETITIVE_ONLY);
    assertThat(DEFAULTS.leaderSurplusMinimum()).isEqualTo(1);
    assertThat(DEFAULTS.leaderSurplusMaximum()).isEqualTo(1);
    assertThat(DEFAULTS.memberSurplusMinimum()).isEqualTo(1);
    assertThat(DEFAULTS.memberSurplusMaximum()).isEqualTo(3);
    assertThat(DEFAULTS.turnoutThreshold()).isEqualTo(Threshold.moreThan(1, 2));
    assertThat(DEFAULTS.electionThreshold()).isEqualTo(Threshold.moreThan(1, 2));
    assertThat(DEFAULTS.supplementaryFloor()).isEqualTo(Threshold.atLeast(1, 3));
    assertThat(DEFAULTS.supplementarySurplus()).isEqualTo(1);
    assertThat(DEFAULTS.minimumElectedToLeaveVacant()).isEqualTo(3);
    assertThat(DEFAULTS.runOffWithinDays()).isEqualTo(30);
    assertThat(DEFAULTS.maximumPrincipalsPerProxy()).isEqualTo(3);
    assertThat(DEFAULTS.proxyRelation()).isEqualTo(ProxyRelationRule.CLOSE_RELATIVE);
    assertThat(DEFAULTS.proxyLeadDays()).isEqualTo(5);
    assertThat(DEFAULTS.voidBallots()).isEqualTo(VoidBallotPolicy.COUNTED_AS_VOTED);
    assertThat(DEFAULTS.higherOfficeVotes()).isEqualTo(HigherOfficeVotes.NOT_ADDED);
    assertThat(DEFAULTS.minimumWomen()).isEqualTo(1);
    assertThat(DEFAULTS.recallInitiation()).isEqualTo(Threshold.atLeast(1, 5));
    assertThat(DEFAULTS.recallTurnout()).isEqualTo(Threshold.moreThan(1, 2));
    assertThat(DEFAULTS.recallApproval()).isEqualTo(Threshold.moreThan(1, 2));
    assertThat(DEFAULTS.term()).isEqualTo(Period.ofYears(5));
  }

  @Test
  void theDefaultsNameTheirSources() {
    assertThat(Provision.TURNOUT.source().englishName())
        .isEqualTo("Villagers' Committees Organic Law (2018) Art. 15");
    assertThat(Provision.ELECTION_MAJORITY.source())
        .isEqualTo(LegalSource.VILLAGERS_COMMITTEES_ART_15);
    assertThat(Provision.SUPPLEMENTARY_BALLOT.source())
        .isEqualTo(LegalSource.VILLAGERS_COMMITTEES_ART_15);
    assertThat(Provision.ELIGIBILITY.source())
        .isEqualTo(LegalSource.URBAN_RESIDENTS_COMMITTEES_ART_8);
    assertThat(Provision.ELECTORATE_MODE.source())
        .isEqualTo(LegalSource.URBAN_RESIDENTS_COMMITTEES_ART_8);
    assertThat(Provision.RESIDENCE_WITHOUT_REGISTRATION.source())
        .isEqualTo(LegalSource.VILLAGERS_COMMITTEES_ART_13);
    assertThat(Provision.CANDIDATE_MARGIN.source()).isEqualTo(LegalSource.SHANGHAI_MEASURES_ART_12);
    assertThat(Provision.BALLOT_LAYOUT.source()).isEqualTo(LegalSource.SHANGHAI_MEASURES_ART_15);
    assertThat(Provision.PROXY.source()).isEqualTo(LegalSource.SHANGHAI_MEASURES_ART_16);
    assertThat(Provision.MARKS.source()).isEqualTo(LegalSource.SHANGHAI_MEASURES_ART_17);
    assertThat(Provision.VOID_BALLOT.source()).isEqualTo(LegalSource.SHANGHAI_MEASURES_ART_19);
    assertThat(Provision.VOID_ROUND.source()).isEqualTo(LegalSource.ELECTORAL_LAW_ART_44);
    assertThat(Provision.TOO_MANY_WINNERS.source()).isEqualTo(LegalSource.SHANGHAI_MEASURES_ART_20);
    assertThat(Provision.VACANCIES.source()).isEqualTo(LegalSource.SHANGHAI_MEASURES_ART_21);
    assertThat(Provision.WOMEN.source()).isEqualTo(LegalSource.WOMENS_RIGHTS_LAW_ART_14);
    assertThat(Provision.RECALL.source()).isEqualTo(LegalSource.VILLAGERS_COMMITTEES_ART_16);
    assertThat(Provision.TERM.source()).isEqualTo(LegalSource.VILLAGERS_COMMITTEES_ART_11);
    assertThat(Provision.ELECTION_STAFF.source()).isEqualTo(LegalSource.TONGXIN_DEFAULT);
  }

  @Test
  void everyNameIsBilingual() {
    for (Provision p : Provision.values()) {
      assertThat(p.chineseName()).isNotBlank();
      assertThat(p.englishName()).isNotBlank();
    }
    for (LegalSource s : LegalSource.values()) {
      assertThat(s.chineseName()).isNotBlank();
      assertThat(s.englishName()).isNotBlank();
    }
    for (ElectionCode c : ElectionCode.values()) {
      assertThat(c.code()).isEqualTo(c.name());
      assertThat(c.chineseName()).isNotBlank();
      assertThat(c.englishName()).isNotBlank();
    }
  }

  @Test
  void aBuilderKeepsTheDefaultsItDoesNotSet() {
    ElectionRules four = ElectionRules.builder().memberSeats(4).build();
    assertThat(four.memberSeats()).isEqualTo(4);
    assertThat(four.leaderSeats()).isEqualTo(1);
    assertThat(four.turnoutThreshold()).isEqualTo(Threshold.moreThan(1, 2));
    assertThat(ElectionRules.builder().build()).isEqualTo(DEFAULTS);
  }

  @Test
  void withCopiesChangeOneRuleAndReturnTheSameObjectWhenUnchanged() {
    ElectionRules lower = DEFAULTS.withTurnoutThreshold(Threshold.atLeast(1, 3));
    assertThat(lower.turnoutThreshold()).isEqualTo(Threshold.atLeast(1, 3));
    assertThat(lower.electionThreshold()).isEqualTo(Threshold.moreThan(1, 2));
    assertThat(DEFAULTS.turnoutThreshold()).isEqualTo(Threshold.moreThan(1, 2));
    assertThat(DEFAULTS.withTurnoutThreshold(DEFAULTS.turnoutThreshold())).isSameAs(DEFAULTS);
    assertThat(DEFAULTS.withTurnoutThreshold(Threshold.moreThan(1, 2))).isEqualTo(DEFAULTS);
    assertThat(DEFAULTS.withElectorateMode(ElectorateMode.ALL_RESIDENTS)).isSameAs(DEFAULTS);
    assertThat(DEFAULTS.withVoidBallots(VoidBallotPolicy.EXCLUDED).voidBallots())
        .isEqualTo(VoidBallotPolicy.EXCLUDED);
    assertThat(DEFAULTS.withHigherOfficeVotes(HigherOfficeVotes.ADDED).higherOfficeVotes())
        .isEqualTo(HigherOfficeVotes.ADDED);
    assertThat(DEFAULTS.withCandidacy(CandidacyRule.EQUAL_ALLOWED).candidacy())
        .isEqualTo(CandidacyRule.EQUAL_ALLOWED);
    assertThat(DEFAULTS.withBallotLayout(BallotLayout.SEPARATE_PAPERS).ballotLayout())
        .isEqualTo(BallotLayout.SEPARATE_PAPERS);
    assertThat(DEFAULTS.withElectionThreshold(Threshold.atLeast(1, 2)).electionThreshold())
        .isEqualTo(Threshold.atLeast(1, 2));
  }

  @Test
  void seatsPerContest() {
    ElectionRules rules = ElectionRules.builder().leaderSeats(2).memberSeats(7).build();
    assertThat(rules.seats(Contest.LEADER)).isEqualTo(2);
    assertThat(rules.seats(Contest.MEMBERS)).isEqualTo(7);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(DEFAULTS, ElectionRules.builder().build())
        .addEqualityGroup(ElectionRules.builder().memberSeats(4).build())
        .addEqualityGroup(DEFAULTS.withVoidBallots(VoidBallotPolicy.EXCLUDED))
        .testEquals();
  }

  @Test
  void inconsistentRulesAreRefusedWithTheValues() {
    assertThatThrownBy(() -> ElectionRules.builder().minimumVotingAge(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumVotingAge must not be negative: -1");
    assertThatThrownBy(
            () -> ElectionRules.builder().residenceWithoutRegistration(Period.ofDays(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("residenceWithoutRegistration must not be negative: P-1D");
    assertThatThrownBy(
            () ->
                ElectionRules.builder()
                    .minimumGroupRepresentatives(4)
                    .maximumGroupRepresentatives(3)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need 1 <= minimumGroupRepresentatives <= maximumGroupRepresentatives: 4, 3");
    assertThatThrownBy(() -> ElectionRules.builder().leaderSeats(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaderSeats must not be negative: -1");
    assertThatThrownBy(() -> ElectionRules.builder().memberSeats(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("memberSeats must not be negative: -2");
    assertThatThrownBy(() -> ElectionRules.builder().leaderSeats(0).memberSeats(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an election needs at least one seat: 0 + 0");
    assertThatThrownBy(() -> ElectionRules.builder().leaderSurplusMinimum(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need 1 <= leaderSurplusMinimum <= leaderSurplusMaximum: 0, 1");
    assertThatThrownBy(() -> ElectionRules.builder().memberSurplusMinimum(4).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need 1 <= memberSurplusMinimum <= memberSurplusMaximum: 4, 3");
    assertThatThrownBy(() -> ElectionRules.builder().supplementarySurplus(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("supplementarySurplus must be at least 1: 0");
    assertThatThrownBy(() -> ElectionRules.builder().minimumElectedToLeaveVacant(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumElectedToLeaveVacant must not be negative: -1");
    assertThatThrownBy(() -> ElectionRules.builder().runOffWithinDays(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runOffWithinDays must be at least 1: 0");
    assertThatThrownBy(() -> ElectionRules.builder().maximumPrincipalsPerProxy(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximumPrincipalsPerProxy must not be negative: -1");
    assertThatThrownBy(() -> ElectionRules.builder().proxyLeadDays(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proxyLeadDays must not be negative: -1");
    assertThatThrownBy(() -> ElectionRules.builder().minimumWomen(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumWomen must not be negative: -1");
    assertThatThrownBy(() -> ElectionRules.builder().term(Period.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term must be positive: P0D");
  }

  @Test
  void aBuilderRefusesNullsAndSettingARuleTwice() {
    assertThatThrownBy(() -> ElectionRules.builder().turnoutThreshold(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("turnoutThreshold");
    assertThatThrownBy(() -> DEFAULTS.withElectorateMode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("electorateMode");
    assertThatThrownBy(() -> ElectionRules.builder().memberSeats(4).memberSeats(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("memberSeats");
  }
}
