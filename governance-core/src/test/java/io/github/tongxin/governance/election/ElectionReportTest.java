package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.blanks;
import static io.github.tongxin.governance.election.ElectionFixtures.dealt;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.round;
import static io.github.tongxin.governance.election.ElectionFixtures.standardSlate;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every step of a count is reported in English and Chinese with its numbers and source. */
class ElectionReportTest {
  @Test
  void theTurnoutLineCitesArticle15OfTheVillagersCommitteesLaw() {
    Electorate electorate = electorate(200);
    RoundResult result =
        Tally.count(RULES, electorate, standardSlate(RULES, electorate), round(131, blanks(131)));
    ReportLine turnout =
        result.report().stream()
            .filter(line -> line.provision() == Provision.TURNOUT)
            .findFirst()
            .orElseThrow();
    assertThat(turnout.english())
        .isEqualTo("turnout: 131 of 200 registered voters voted, > 1/2: met");
    assertThat(turnout.inEnglish())
        .isEqualTo(
            "turnout: 131 of 200 registered voters voted, > 1/2: met"
                + " — Villagers' Committees Organic Law (2018) Art. 15");
    assertThat(turnout.inChinese()).isEqualTo("投票人数：登记选民200人中131人投票，> 1/2：符合——村民委员会组织法（2018）第十五条");
    assertThat(turnout.toString()).isEqualTo(turnout.inEnglish() + "\n" + turnout.inChinese());
  }

  @Test
  void aSmallCountIsReportedStepByStep() {
    Electorate electorate = electorate(10);
    RoundResult result =
        Tally.count(
            RULES,
            electorate,
            standardSlate(RULES, electorate),
            round(
                10,
                dealt(
                    10,
                    ImmutableMap.of(v(1), 7, v(2), 3),
                    ImmutableMap.of(v(3), 10, v(4), 9, v(5), 8, v(6), 7, v(7), 6, v(8), 2))));
    assertThat(result.report())
        .extracting(ReportLine::provision)
        .containsExactly(
            Provision.ELIGIBILITY,
            Provision.VOID_ROUND,
            Provision.TURNOUT,
            Provision.VOID_BALLOT,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.VOID_BALLOT,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY,
            Provision.ELECTION_MAJORITY);
    assertThat(english(result.report()))
        .startsWith(
            "10 registered voters, 4 residents excluded"
                + " — Urban Residents' Committees Organic Law (2018) Art. 8",
            "ballots collected 10 ≤ voters who voted 10: the round stands — Electoral Law Art. 44",
            "turnout: 10 of 10 registered voters voted, > 1/2: met"
                + " — Villagers' Committees Organic Law (2018) Art. 15",
            "leader: 0 ballots void for marking more than 1 people"
                + " — Shanghai villagers' committee election measures Art. 19",
            "leader: V001 has 7 of 10 votes, > 1/2: majority"
                + " — Villagers' Committees Organic Law (2018) Art. 15",
            "leader: V002 has 3 of 10 votes, > 1/2: no majority"
                + " — Villagers' Committees Organic Law (2018) Art. 15",
            "leader: V001 is elected with 7 votes"
                + " — Villagers' Committees Organic Law (2018) Art. 15");
    assertThat(result.report().get(4).chinese()).isEqualTo("楼组团队长：V001得票7，基数10，> 1/2：过半数");
    assertThat(result.report().get(6).chinese()).isEqualTo("楼组团队长：V001以7票当选");
    assertThat(english(result.report()))
        .contains(
            "members: V008 has 2 of 10 votes, > 1/2: no majority"
                + " — Villagers' Committees Organic Law (2018) Art. 15",
            "members: V007 is elected with 6 votes"
                + " — Villagers' Committees Organic Law (2018) Art. 15");
  }

  @Test
  void everyLineHasBothLanguages() {
    Electorate electorate = electorate(10);
    RoundResult result =
        Tally.count(RULES, electorate, standardSlate(RULES, electorate), round(10, blanks(10)));
    for (ReportLine line : result.report()) {
      assertThat(line.english()).isNotBlank();
      assertThat(line.chinese()).isNotBlank();
      assertThat(line.inChinese()).endsWith("——" + line.provision().source().chineseName());
    }
    assertThat(List.copyOf(result.report())).isNotEmpty();
  }
}
