package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupSizeScenarioTest {
  @Test
  void figuresAreConsistentAndReproducible(@TempDir Path folder) throws Exception {
    String out = ScenarioExamples.output(GroupSizeScenario::run, folder, GroupSizeScenario.SEED, GroupSizeScenario.REPLICATES);
    List<Double> hundred = ScenarioExamples.means(out, "100");
    List<Double> twoHundred = ScenarioExamples.means(out, "200");
    List<Double> threeHundred = ScenarioExamples.means(out, "300");
    assertThat(hundred.get(0)).isGreaterThan(twoHundred.get(0));
    assertThat(twoHundred.get(0)).isGreaterThan(threeHundred.get(0));
    Map<String, Map<Integer, Map<String, Double>>> csv = ScenarioExamples.tidy(folder.resolve("group-size.csv"));
    assertThat(csv.keySet()).containsExactlyInAnyOrder("100", "200", "300");
    for (Map<Integer, Map<String, Double>> runs : csv.values()) {
      assertThat(runs).hasSize(GroupSizeScenario.REPLICATES);
      for (Map<String, Double> run : runs.values()) {
        assertThat(run.get("groups_within_bounds")).isLessThanOrEqualTo(run.get("groups"));
        assertThat(run.get("seats")).isEqualTo(6 * run.get("groups"));
        assertThat(run.get("seats_filled")).isLessThanOrEqualTo(run.get("seats"));
        assertThat(run.get("complete_councils")).isLessThanOrEqualTo(run.get("groups") - run.get("turnout_failures"));
        assertThat(run.get("projects_funded")).isLessThanOrEqualTo(run.get("projects_proposed"));
        assertThat(run.get("granted_yuan")).isLessThanOrEqualTo(1_060_000.0);
      }
    }
    ScenarioExamples.parseSvg(folder.resolve("group-size.svg"));
    // The README's picture is this example's output for its seed.
    assertThat(Files.readString(folder.resolve("group-size.svg"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(Path.of("../docs/images/group-size.svg"), StandardCharsets.UTF_8));
  }

  @Test
  void sameSeedSameFiguresOtherSeedOtherFigures(@TempDir Path a, @TempDir Path b) throws Exception {
    String first = ScenarioExamples.output(GroupSizeScenario::run, a, 5, 4);
    String again = ScenarioExamples.output(GroupSizeScenario::run, b, 5, 4);
    assertThat(again).isEqualTo(first);
    assertThat(Files.readString(b.resolve("group-size.csv"))).isEqualTo(Files.readString(a.resolve("group-size.csv")));
    String other = ScenarioExamples.output(GroupSizeScenario::run, b, 6, 4);
    assertThat(Files.readString(b.resolve("group-size.csv"))).isNotEqualTo(Files.readString(a.resolve("group-size.csv")));
    assertThat(other).isNotEqualTo(first);
  }
}
