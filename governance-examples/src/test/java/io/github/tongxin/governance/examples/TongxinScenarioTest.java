package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.money.Amount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code scenario} command: a scenario file, a sweep, and the errors. */
class TongxinScenarioTest {
  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }


  private static Path file(Path folder, String... lines) throws Exception {
    Path file = folder.resolve("study.properties");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void sweepWritesATidyTableAndPictures(@TempDir Path folder) throws Exception {
    Path output = folder.resolve("out");
    Path file =
        file(
            folder,
            "# a small sweep",
            "seed = 7",
            "replicates = 3",
            "output = " + output,
            "sweep.parameter = turnout.mean",
            "sweep.values = 0.75, 0.6");
    CommandRun result = run("scenario", "--sweep", file.toString());
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("3 runs per value, seed 7").contains("turnout.mean");
    assertThat(result.err()).contains("6/6 runs");
    Map<String, Map<Integer, Map<String, Double>>> csv = ScenarioExamples.tidy(output.resolve("scenario.csv"));
    assertThat(csv.keySet()).containsExactlyInAnyOrder("0.75", "0.6");
    assertThat(csv.get("0.6")).hasSize(3);
    // Same seed per replicate across values: only the elections differ.
    for (int r = 0; r < 3; r++) {
      assertThat(csv.get("0.6").get(r).get("projects_funded")).isNotNull();
    }
    ScenarioExamples.parseSvg(output.resolve("sweep.svg"));
    ScenarioExamples.parseSvg(output.resolve("funded-by-category.svg"));
    ScenarioExamples.parseSvg(output.resolve("funded-by-layer.svg"));
    CommandRun again = run("scenario", "--sweep", file.toString());
    assertThat(again.out()).isEqualTo(result.out());
  }

  @Test
  void aSingleScenarioRunsItsReplicates(@TempDir Path folder) throws Exception {
    Path output = folder.resolve("single");
    CommandRun result = run("scenario", file(folder, "replicates = 2", "budget.rule = mes_cost_sat", "output = " + output).toString());
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("2 runs per scenario");
    int metrics = io.github.tongxin.governance.scenario.Scenario.generated(1, 2, 10, 1).run().metrics().size();
    assertThat(metrics).isEqualTo(32);
    assertThat(Files.readAllLines(output.resolve("scenario.csv"))).hasSize(1 + 2 * metrics);
    assertThat(output.resolve("sweep.svg")).doesNotExist();
  }

  @Test
  void badFilesGiveLineNumberedErrorsAndStatusTwo(@TempDir Path folder) throws Exception {
    CommandRun unknown = run("scenario", file(folder, "# x", "seed = 1", "colour = red").toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("line 3: unknown key 'colour'");
    CommandRun badNumber = run("scenario", file(folder, "replicates = many").toString());
    assertThat(badNumber.err()).contains("line 1: replicates must be 1..100000, got 'many'");
    CommandRun badMean = run("scenario", file(folder, "", "turnout.mean = 1.5").toString());
    assertThat(badMean.err()).contains("line 2: mean must be strictly between 0 and 1: 1.5");
    CommandRun badRule = run("scenario", file(folder, "budget.rule = greedy").toString());
    assertThat(badRule.err()).contains("line 1: unknown budgeting rule 'greedy'");
    CommandRun repeated = run("scenario", file(folder, "seed = 1", "seed = 2").toString());
    assertThat(repeated.err()).contains("line 2: 'seed' repeats line 1");
    CommandRun noSweep = run("scenario", "--sweep", file(folder, "seed = 1").toString());
    assertThat(noSweep.status()).isEqualTo(2);
    assertThat(noSweep.err()).contains("--sweep needs sweep.parameter and sweep.values");
    CommandRun badSweepValue = run("scenario", "--sweep", file(folder, "sweep.parameter = bounds.target", "sweep.values = 100, x").toString());
    assertThat(badSweepValue.err()).contains("line 2: sweep value 'x'");
    CommandRun missing = run("scenario", folder.resolve("nope.properties").toString());
    assertThat(missing.err()).contains("no such file");
    assertThat(run("scenario").status()).isEqualTo(2);
    assertThat(run("scenario", "--fast", "x").status()).isEqualTo(2);
  }

  @Test
  void layerAndFundKeysSetTheModels(@TempDir Path folder) throws Exception {
    ScenarioFile.Parsed parsed =
        ScenarioFile.parse(
            String.join(
                "\n",
                "proposals.per_community = 2",
                "proposals.community_wide_approval = 0.2",
                "proposals.community_min_cost = 30000",
                "proposals.community_max_cost = 90000",
                "proposals.building_per_group = 1.5",
                "proposals.building_approval = 0.9",
                "proposals.building_min_cost = 500",
                "proposals.building_max_cost = 4000",
                "fund.crowdfunding.mean = 0.2",
                "fund.crowdfunding.concentration = 12",
                "fund.completion.mean = 0.6",
                "fund.completion.concentration = 9",
                "fund.min_spending_percent = 65"),
            io.github.tongxin.governance.scenario.Scenario.jiading());
    assertThat(parsed.problems()).isEmpty();
    io.github.tongxin.governance.scenario.Scenario s = parsed.file().scenario;
    assertThat(s.proposals().communityProjectsPerCommunity()).isEqualTo(2.0);
    assertThat(s.proposals().communityWideApproval()).isEqualTo(0.2);
    assertThat(s.proposals().communityMinimumCost()).isEqualTo(Amount.ofYuan(30_000));
    assertThat(s.proposals().communityMaximumCost()).isEqualTo(Amount.ofYuan(90_000));
    assertThat(s.proposals().buildingProjectsPerGroup()).isEqualTo(1.5);
    assertThat(s.proposals().buildingApproval()).isEqualTo(0.9);
    assertThat(s.proposals().buildingMinimumCost()).isEqualTo(Amount.ofYuan(500));
    assertThat(s.proposals().buildingMaximumCost()).isEqualTo(Amount.ofYuan(4_000));
    assertThat(s.proposals().proposalsPerGroup()).isEqualTo(1.0);
    assertThat(s.fund().crowdfunding()).isEqualTo(io.github.tongxin.governance.scenario.BetaModel.of(0.2, 12));
    assertThat(s.fund().completion()).isEqualTo(io.github.tongxin.governance.scenario.BetaModel.of(0.6, 9));
    assertThat(s.fund().rules().minSpendingPercent()).isEqualTo(65);
    assertThat(s.fund().rules().spendingSource()).isEqualTo("scenario file, line 13");
  }

  @Test
  void badLayerAndFundValuesNameTheirLine(@TempDir Path folder) throws Exception {
    CommandRun approval = run("scenario", file(folder, "seed = 1", "proposals.building_approval = 1.2").toString());
    assertThat(approval.status()).isEqualTo(2);
    assertThat(approval.err()).contains("line 2: buildingApproval must be 0..1: 1.2");
    CommandRun costs = run("scenario", file(folder, "", "", "proposals.building_min_cost = 9000").toString());
    assertThat(costs.err()).contains("line 3: buildingMaximumCost must be whole yuan, at least buildingMinimumCost 9,000.00: 8,000.00");
    CommandRun mean = run("scenario", file(folder, "fund.completion.mean = 1").toString());
    assertThat(mean.err()).contains("line 1: mean must be strictly between 0 and 1: 1.0");
    CommandRun percent = run("scenario", file(folder, "# rule", "fund.min_spending_percent = 170").toString());
    assertThat(percent.err()).contains("line 2: minSpendingPercent must be 0..100: 170");
    CommandRun word = run("scenario", file(folder, "fund.crowdfunding.concentration = lots").toString());
    assertThat(word.err()).contains("line 1: fund.crowdfunding.concentration needs a number, got 'lots'");
  }

  @Test
  void theDocumentedExampleFileParses() throws Exception {
    ScenarioFile.Parsed parsed =
        ScenarioFile.parse(Files.readString(Path.of("../docs/scenarios/group-size.properties")), io.github.tongxin.governance.scenario.Scenario.jiading());
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.file().sweepValues).containsExactly("100", "200", "300");
    assertThat(parsed.file().variant("100").bounds().maximum()).isEqualTo(125);
    // The README shows the file as it is.
    assertThat(Files.readString(Path.of("../README.md")))
        .contains("```properties\n" + Files.readString(Path.of("../docs/scenarios/group-size.properties")) + "```");
  }
}
