package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreedyVersusEqualSharesTest {
  @Test
  void bothRulesFundTheSameProposalsWithinTheBudget(@TempDir Path folder) throws Exception {
    String out = ScenarioExamples.output(GreedyVersusEqualShares::run, folder, GreedyVersusEqualShares.SEED, 3);
    List<Double> greedy = ScenarioExamples.means(out, "greedy_cost_sat");
    List<Double> mes = ScenarioExamples.means(out, "mes_cost_sat_add1_greedy_cost");
    assertThat(mes.get(0)).isEqualTo(greedy.get(0));
    // The layers' money adds up to the funded cost in the table too (means of the same runs).
    assertThat(greedy).hasSize(6);
    assertThat(out).contains("core (yuan)").contains("outer (yuan)");
    Map<String, Map<Integer, Map<String, Double>>> csv = ScenarioExamples.tidy(folder.resolve("rules.csv"));
    for (Map<Integer, Map<String, Double>> runs : csv.values()) {
      for (Map<String, Double> run : runs.values()) {
        assertThat(run.get("granted_yuan")).isLessThanOrEqualTo(1_060_000.0);
        assertThat(run.get("projects_funded")).isLessThanOrEqualTo(run.get("projects_proposed"));
        assertThat(run.get("funded_cost_yuan_core") + run.get("funded_cost_yuan_middle") + run.get("funded_cost_yuan_outer"))
            .isEqualTo(run.get("funded_cost_yuan"))
            .isEqualTo(run.get("granted_yuan") + run.get("crowdfunded_yuan"), org.assertj.core.data.Offset.offset(0.005));
        assertThat(run.get("paid_yuan")).isLessThanOrEqualTo(run.get("granted_yuan"));
      }
    }
    ScenarioExamples.parseSvg(folder.resolve("rules.svg"));
    ScenarioExamples.parseSvg(folder.resolve("circles.svg"));
    String other = ScenarioExamples.output(GreedyVersusEqualShares::run, folder, GreedyVersusEqualShares.SEED + 1, 3);
    assertThat(other).isNotEqualTo(out);
  }
}
