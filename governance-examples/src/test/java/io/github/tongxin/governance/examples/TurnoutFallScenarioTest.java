package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TurnoutFallScenarioTest {
  @Test
  void lowerTurnoutVoidsMoreElectionsAndFillsFewerSeats(@TempDir Path folder) throws Exception {
    String out = ScenarioExamples.output(TurnoutFallScenario::run, folder, TurnoutFallScenario.SEED, TurnoutFallScenario.REPLICATES);
    List<Double> usual = ScenarioExamples.means(out, "usual turnout");
    List<Double> lower = ScenarioExamples.means(out, "turnout -20%");
    assertThat(lower.get(0)).isGreaterThan(usual.get(0) + 5);
    assertThat(lower.get(2)).isLessThan(usual.get(2));
    Map<String, Map<Integer, Map<String, Double>>> csv = ScenarioExamples.tidy(folder.resolve("turnout.csv"));
    for (int replicate = 0; replicate < TurnoutFallScenario.REPLICATES; replicate++) {
      Map<String, Double> a = csv.get("usual turnout").get(replicate);
      Map<String, Double> b = csv.get("turnout -20%").get(replicate);
      // Paired runs: the same groups and projects, only turnout differs.
      assertThat(b.get("groups")).isEqualTo(a.get("groups"));
      assertThat(b.get("projects_proposed")).isEqualTo(a.get("projects_proposed"));
      assertThat(a.get("complete_councils")).isLessThanOrEqualTo(a.get("groups") - a.get("turnout_failures"));
    }
    ScenarioExamples.parseSvg(folder.resolve("turnout.svg"));
    String again = ScenarioExamples.output(TurnoutFallScenario::run, folder, TurnoutFallScenario.SEED, TurnoutFallScenario.REPLICATES);
    assertThat(again).isEqualTo(out);
  }
}
