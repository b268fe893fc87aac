package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.DEPRIVED;
import static io.github.tongxin.governance.election.ElectionFixtures.MINOR;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.blanks;
import static io.github.tongxin.governance.election.ElectionFixtures.codes;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.inPerson;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proxies (Shanghai measures Art. 16): in writing, to a close relative with voting rights, at most
 * three principals, no re-delegation, registered at least five days before election day (10 March
 * 2024). Twelve registered voters.
 */
class VotingByProxyTest {
  private static final LocalDate FIVE_DAYS_BEFORE = LocalDate.of(2024, 3, 5);
  private static final LocalDate FOUR_DAYS_BEFORE = LocalDate.of(2024, 3, 6);

  private final Electorate electorate = electorate(12);

  private static ProxyAuthorization authorisation(
      ResidentId principal, ResidentId proxy, Relation relation, LocalDate registeredOn) {
    return new ProxyAuthorization(principal, proxy, relation, registeredOn);
  }

  private RoundResult count(
      ElectionRules rules, List<Attendance> pollBook, List<ProxyAuthorization> proxies) {
    return Tally.count(
        rules,
        electorate,
        standardSlate(rules, electorate),
        Round.of(pollBook, proxies, blanks(pollBook.size())));
  }

  private RoundResult count(List<Attendance> pollBook, List<ProxyAuthorization> proxies) {
    return count(RULES, pollBook, proxies);
  }

  @Test
  void aSpouseRegisteredFiveDaysBeforeVotesForThePrincipal() {
    RoundResult result =
        count(
            List.of(Attendance.inPerson(v(10)), Attendance.byProxy(v(11), v(10))),
            List.of(authorisation(v(11), v(10), Relation.SPOUSE, FIVE_DAYS_BEFORE)));
    assertThat(result.voted()).isEqualTo(2);
    assertThat(result.violations()).isEmpty();
    assertThat(english(result.report()))
        .contains(
            "1 of 1 proxy authorisations meet the rules (at most 3 principals, registered 5 days"
                + " before, close relative) — Shanghai villagers' committee election measures Art."
                + " 16");
  }

  @Test
  void aProxyRegisteredFourDaysBeforeIsTooLate() {
    RoundResult result =
        count(
            List.of(Attendance.inPerson(v(10)), Attendance.byProxy(v(11), v(10))),
            List.of(authorisation(v(11), v(10), Relation.SPOUSE, FOUR_DAYS_BEFORE)));
    assertThat(result.voted()).isEqualTo(1);
    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.PROXY_TOO_LATE,
                "authorisation of V010 for V011 (registered 2024-03-06): proxy registered too"
                    + " late"),
            Violation.of(
                ElectionCode.PROXY_NOT_AUTHORISED,
                "V010 voted for V011 without a valid registered authorisation"));
  }

  @Test
  void aProxyRegisteredOnElectionDayIsTooLate() {
    RoundResult result =
        count(
            List.of(Attendance.byProxy(v(11), v(10))),
            List.of(authorisation(v(11), v(10), Relation.SPOUSE, LocalDate.of(2024, 3, 10))));
    assertThat(result.voted()).isZero();
    assertThat(codes(result.violations()))
        .containsExactly(ElectionCode.PROXY_TOO_LATE, ElectionCode.PROXY_NOT_AUTHORISED);
  }

  @Test
  void theLeadTimeIsARule() {
    ElectionRules fourDays = ElectionRules.builder().proxyLeadDays(4).build();
    RoundResult result =
        count(
            fourDays,
            List.of(Attendance.byProxy(v(11), v(10))),
            List.of(authorisation(v(11), v(10), Relation.SPOUSE, FOUR_DAYS_BEFORE)));
    assertThat(result.voted()).isEqualTo(1);
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void aNeighbourIsNotACloseRelative() {
    RoundResult result =
        count(
            List.of(Attendance.byProxy(v(11), v(10))),
            List.of(authorisation(v(11), v(10), Relation.OTHER, FIVE_DAYS_BEFORE)));
    assertThat(result.voted()).isZero();
    assertThat(codes(result.violations()))
        .containsExactly(ElectionCode.PROXY_NOT_CLOSE_RELATIVE, ElectionCode.PROXY_NOT_AUTHORISED);
  }

  @Test
  void aNeighbourMayVoteWhereAnyVoterMayBeAProxy() {
    ElectionRules anyVoter =
        ElectionRules.builder().proxyRelation(ProxyRelationRule.ANY_VOTER).build();
    RoundResult result =
        count(
            anyVoter,
            List.of(Attendance.byProxy(v(11), v(10))),
            List.of(authorisation(v(11), v(10), Relation.OTHER, FIVE_DAYS_BEFORE)));
    assertThat(result.voted()).isEqualTo(1);
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void everyCloseRelationIsAccepted() {
    List<Relation> close =
        List.of(
            Relation.SPOUSE,
            Relation.PARENT,
            Relation.CHILD,
            Relation.SIBLING,
            Relation.GRANDPARENT,
            Relation.GRANDCHILD);
    List<Attendance> pollBook = new ArrayList<>();
    List<ProxyAuthorization> proxies = new ArrayList<>();
    for (int i = 0; i < close.size(); i++) {
      // principals V001..V006, proxies V007..V012
      pollBook.add(Attendance.byProxy(v(1 + i), v(7 + i)));
      proxies.add(authorisation(v(1 + i), v(7 + i), close.get(i), FIVE_DAYS_BEFORE));
    }
    RoundResult result = count(pollBook, proxies);
    assertThat(result.voted()).isEqualTo(6);
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void aFourthPrincipalIsRefused() {
    List<ProxyAuthorization> proxies =
        List.of(
            authorisation(v(1), v(10), Relation.PARENT, FIVE_DAYS_BEFORE),
            authorisation(v(2), v(10), Relation.CHILD, FIVE_DAYS_BEFORE),
            authorisation(v(3), v(10), Relation.SIBLING, FIVE_DAYS_BEFORE),
            authorisation(v(4), v(10), Relation.GRANDCHILD, FIVE_DAYS_BEFORE));
    List<Attendance> pollBook =
        List.of(
            Attendance.inPerson(v(10)),
            Attendance.byProxy(v(1), v(10)),
            Attendance.byProxy(v(2), v(10)),
            Attendance.byProxy(v(3), v(10)),
            Attendance.byProxy(v(4), v(10)));
    RoundResult result = count(pollBook, proxies);
    assertThat(result.voted()).isEqualTo(4);
    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.PROXY_TOO_MANY_PRINCIPALS,
                "authorisation of V010 for V004 (registered 2024-03-05): too many principals for"
                    + " one proxy"),
            Violation.of(
                ElectionCode.PROXY_NOT_AUTHORISED,
                "V010 voted for V004 without a valid registered authorisation"));
    assertThat(english(result.report()))
        .anyMatch(line -> line.startsWith("3 of 4 proxy authorisations meet the rules"));
  }

  @Test
  void noPrincipalsMeansNoProxies() {
    ElectionRules none = ElectionRules.builder().maximumPrincipalsPerProxy(0).build();
    RoundResult result =
        count(
            none,
            List.of(Attendance.byProxy(v(11), v(10))),
            List.of(authorisation(v(11), v(10), Relation.SPOUSE, FIVE_DAYS_BEFORE)));
    assertThat(result.voted()).isZero();
    assertThat(codes(result.violations()))
        .containsExactly(ElectionCode.PROXY_TOO_MANY_PRINCIPALS, ElectionCode.PROXY_NOT_AUTHORISED);
  }

  @Test
  void aProxyWhoHasDelegatedTheirOwnVoteMayNotVoteForOthers() {
    List<ProxyAuthorization> proxies =
        List.of(
            authorisation(v(3), v(2), Relation.CHILD, FIVE_DAYS_BEFORE),
            authorisation(v(2), v(1), Relation.CHILD, FIVE_DAYS_BEFORE));
    List<Attendance> pollBook =
        List.of(
            Attendance.inPerson(v(1)),
            Attendance.byProxy(v(2), v(1)),
            Attendance.byProxy(v(3), v(2)));
    RoundResult result = count(pollBook, proxies);
    assertThat(result.voted()).isEqualTo(2);
    assertThat(codes(result.violations()))
        .containsExactly(ElectionCode.PROXY_RE_DELEGATED, ElectionCode.PROXY_NOT_AUTHORISED);
  }

  @Test
  void aProxyLineWithoutAnAuthorisationIsNotCounted() {
    RoundResult result =
        count(List.of(Attendance.inPerson(v(6)), Attendance.byProxy(v(5), v(6))), List.of());
    assertThat(result.voted()).isEqualTo(1);
    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.PROXY_NOT_AUTHORISED,
                "V006 voted for V005 without a valid registered authorisation"));
    assertThat(english(result.report())).noneMatch(line -> line.contains("proxy authorisations"));
  }

  @Test
  void aProxyLineBySomeoneElseThanTheAuthorisedProxyIsNotCounted() {
    RoundResult result =
        count(
            List.of(Attendance.byProxy(v(11), v(9))),
            List.of(authorisation(v(11), v(10), Relation.SPOUSE, FIVE_DAYS_BEFORE)));
    assertThat(result.voted()).isZero();
    assertThat(codes(result.violations())).containsExactly(ElectionCode.PROXY_NOT_AUTHORISED);
  }

  @Test
  void aVoterWhoVotesInPersonAndByProxyIsCountedOnce() {
    List<ProxyAuthorization> proxies =
        List.of(authorisation(v(11), v(10), Relation.SPOUSE, FIVE_DAYS_BEFORE));
    List<Attendance> inPersonFirst =
        List.of(
            Attendance.inPerson(v(10)),
            Attendance.inPerson(v(11)),
            Attendance.byProxy(v(11), v(10)));
    List<Attendance> proxyFirst =
        List.of(
            Attendance.inPerson(v(10)),
            Attendance.byProxy(v(11), v(10)),
            Attendance.inPerson(v(11)));
    for (List<Attendance> pollBook : List.of(inPersonFirst, proxyFirst)) {
      RoundResult result =
          Tally.count(
              RULES,
              electorate,
              standardSlate(RULES, electorate),
              Round.of(pollBook, proxies, blanks(2)));
      assertThat(result.voted()).isEqualTo(2);
      assertThat(result.violations())
          .containsExactly(
              Violation.of(
                  ElectionCode.VOTED_TWICE, "V011 received a second ballot; not counted again"));
    }
  }

  @Test
  void aProxyWhoIsNotAVoterIsRefused() {
    RoundResult result =
        count(
            List.of(Attendance.byProxy(v(11), MINOR)),
            List.of(authorisation(v(11), MINOR, Relation.CHILD, FIVE_DAYS_BEFORE)));
    assertThat(result.voted()).isZero();
    assertThat(codes(result.violations()))
        .containsExactly(ElectionCode.PROXY_NOT_A_VOTER, ElectionCode.PROXY_NOT_AUTHORISED);
  }

  @Test
  void aPrincipalWhoIsNotAVoterGetsNoBallot() {
    RoundResult result =
        count(
            List.of(Attendance.byProxy(DEPRIVED, v(1)), Attendance.inPerson(MINOR)),
            List.of(authorisation(DEPRIVED, v(1), Relation.SPOUSE, FIVE_DAYS_BEFORE)));
    assertThat(result.voted()).isZero();
    assertThat(result.violations())
        .containsExactly(
            Violation.of(ElectionCode.NOT_A_VOTER, "principal X02 is not registered"),
            Violation.of(ElectionCode.NOT_A_VOTER, "X02 received a ballot but is not registered"),
            Violation.of(ElectionCode.NOT_A_VOTER, "X01 received a ballot but is not registered"));
  }

  @Test
  void aSecondAuthorisationForTheSamePrincipalIsRefused() {
    RoundResult result =
        count(
            List.of(Attendance.byProxy(v(11), v(10))),
            List.of(
                authorisation(v(11), v(10), Relation.SPOUSE, FIVE_DAYS_BEFORE),
                authorisation(v(11), v(9), Relation.CHILD, FIVE_DAYS_BEFORE)));
    assertThat(result.voted()).isEqualTo(1);
    assertThat(codes(result.violations())).containsExactly(ElectionCode.VOTED_TWICE);
  }

  @Test
  void aValidProxyCanCarryTheTurnout() {
    List<Attendance> sixInPerson = inPerson(vs(1, 6));
    List<Attendance> withProxy = new ArrayList<>(sixInPerson);
    withProxy.add(Attendance.byProxy(v(11), v(1)));
    List<ProxyAuthorization> proxies =
        List.of(authorisation(v(11), v(1), Relation.SPOUSE, FIVE_DAYS_BEFORE));
    assertThat(count(sixInPerson, proxies).status()).isEqualTo(RoundStatus.VOID_TURNOUT);
    RoundResult result = count(withProxy, proxies);
    assertThat(result.voted()).isEqualTo(7);
    assertThat(result.status()).isEqualTo(RoundStatus.VALID);
  }

  @Test
  void nobodyIsTheirOwnProxy() {
    assertThatThrownBy(() -> Attendance.byProxy(v(1), v(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a voter cannot be their own proxy: V001");
    assertThatThrownBy(() -> authorisation(v(1), v(1), Relation.SPOUSE, FIVE_DAYS_BEFORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a voter cannot be their own proxy: V001");
  }

  @Test
  void aProxyLineNamesThePrincipalAsTheVoter() {
    Attendance line = Attendance.byProxy(v(11), v(10));
    assertThat(line.voter()).isEqualTo(v(11));
    assertThat(line).isEqualTo(new Attendance.ByProxy(v(11), v(10)));
    assertThat(Attendance.inPerson(v(3)).voter()).isEqualTo(v(3));
  }
}
