package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.community.ResidentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElectBuildingGroupCouncilTest {
  private static String output() {
    return ExampleOutput.of(ElectBuildingGroupCouncil::run);
  }

  private static List<String> ids(String output, String prefix) {
    return ExampleOutput.ids(output, prefix);
  }

  @Test
  void electsOneLeaderAndFiveMembersWhoAreRegisteredVoters() {
    String out = output();
    SampleElection election = new SampleElection(ElectBuildingGroupCouncil.SEED);

    List<String> leader = ids(out, "leader 楼组团队长:");
    List<String> members = ids(out, "members 成员:");
    assertThat(leader).hasSize(1);
    assertThat(members).hasSize(5).doesNotContainAnyElementsOf(leader);
    for (String id : leader) {
      assertThat(election.electorate.contains(ResidentId.of(id))).isTrue();
    }
    for (String id : members) {
      assertThat(election.electorate.contains(ResidentId.of(id))).isTrue();
    }
  }

  @Test
  void reportsEachStepWithItsNumbersAndArticle() {
    String out = output();
    SampleElection election = new SampleElection(ElectBuildingGroupCouncil.SEED);
    int registered = election.electorate.size();
    int voted = election.round.attendance().size();

    assertThat(out)
        .contains("turnout: " + voted + " of " + registered + " registered voters voted, > 1/2: met"
            + " — Villagers' Committees Organic Law (2018) Art. 15")
        .contains("投票人数：登记选民" + registered + "人中" + voted + "人投票")
        .contains("Shanghai villagers' committee election measures Art. 19")
        .contains("Supplementary ballot 另行选举")
        .contains("≥ 1/3")
        .contains("6 of 6 seats filled, 0 vacant")
        .contains("Law on the Protection of Women's Rights and Interests (2022) Art. 14")
        .contains("next 后续: none / 无需后续");
    assertThat(2 * voted).isGreaterThan(registered);
  }
}
