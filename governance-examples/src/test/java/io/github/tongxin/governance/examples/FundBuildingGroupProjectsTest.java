package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundBuildingGroupProjectsTest {
  private static String output() {
    return ExampleOutput.of(FundBuildingGroupProjects::run);
  }

  private static List<String> ids(String output, String prefix) {
    return ExampleOutput.ids(output, prefix);
  }

  @Test
  void comparesGreedyByVotesWithEqualShares() {
    String out = output();

    assertThat(FundBuildingGroupProjects.RULES)
        .containsExactly("greedy_cost_sat", "mes_cost_sat_add1_greedy_cost");
    assertThat(out)
        .startsWith("Funding the projects of building group C01-G01: ¥100000, 416 voters")
        .contains("楼组 C01-G01 自治项目资助：公益基金 ¥100000")
        .contains("greedy_cost_sat                 funds [P1, P2, P6], ¥93000, leftover ¥7000")
        .contains("mes_cost_sat_add1_greedy_cost   funds [P1, P4, P5, P6], ¥72000, leftover ¥28000");
    assertThat(ids(out, "only under Equal Shares")).containsExactly("P4", "P5");
    assertThat(ids(out, "only under greedy")).containsExactly("P2");
  }

  @Test
  void chargesThePledgedProjectOnlyItsUnpledgedPart() {
    assertThat(output())
        .contains("P1  ¥48000  (fund charged ¥36000 )  238 votes  绿化带小路 green-belt path")
        .contains("P5  ¥9000   (fund charged ¥9000  )   94 votes");
  }

  @Test
  void printsWhatEqualSharesChargedEachVoter() {
    String out = output();

    // P1's charged ¥36,000 split equally among its 238 supporters: ¥151.26 each.
    assertThat(out)
        .contains("P1  paid by 238 voters, at most ¥151.26 each")
        .contains("P4  paid by 108 voters, at most ¥114.39 each")
        .contains("P6  paid by 138 voters, at most ¥189.16 each");
    // Nobody pays more than an equal share of the fund: ¥100,000 / 416 voters = ¥240.38.
    assertThat(out).contains("most any voter paid in total 个人最多分摊: ¥240.38");
  }

  @Test
  void mainPrintsTheSameAsRun() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      FundBuildingGroupProjects.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(output());
  }
}
