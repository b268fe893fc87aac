package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.scenario.Charts;
import io.github.tongxin.governance.scenario.Scenario;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What if turnout fell by 20%? Elects the councils of the synthetic Jiading zone's building
 * groups with the usual turnout model (mean 75%) and with its mean scaled by 0.8, 20 seeded
 * replicates each; prints how many elections the turnout rule (more than half of the registered
 * voters) voids and how many councils are complete, and writes {@code turnout.csv} and {@code
 * turnout.svg} (bar chart).
 */
public final class TurnoutFallScenario {
  /** Replicates per variant. */
  public static final int REPLICATES = 20;

  /** The sweep's seed. */
  public static final long SEED = 2024;

  private TurnoutFallScenario() {}

  /**
   * Runs the example.
   *
   * @param args the output folder (default {@code scenario-output})
   */
  public static void main(String[] args) {
    run(
        new PrintStream(System.out, true, StandardCharsets.UTF_8),
        Path.of(args.length > 0 ? args[0] : "scenario-output"),
        SEED);
  }

  /**
   * Runs the example.
   *
   * @param out where the table goes
   * @param folder where the CSV and SVG files go
   * @param seed the sweep's seed
   */
  public static void run(PrintStream out, Path folder, long seed) {
    run(out, folder, seed, REPLICATES);
  }

  /**
   * Runs the example with another number of replicates.
   *
   * @param out where the table goes
   * @param folder where the CSV and SVG files go
   * @param seed the sweep's seed
   * @param replicates runs per variant, at least 1
   */
  public static void run(PrintStream out, Path folder, long seed, int replicates) {
    Scenario base = Scenario.jiading();
    Map<String, Scenario> variants = new LinkedHashMap<>();
    variants.put("usual turnout", base);
    variants.put("turnout -20%", base.withTurnout(base.turnout().scaledBy(0.8)));
    ScenarioStudy study = new ScenarioStudy(variants, replicates, seed);
    Table table = new Table(false, true, true, true);
    table.row("variant", "elections void", "complete councils", "seats filled");
    for (String label : study.labels) {
      table.row(
          label,
          ScenarioStudy.format(study.summary(label, "turnout_failures")),
          ScenarioStudy.format(study.summary(label, "complete_councils")),
          ScenarioStudy.format(study.summary(label, "seats_filled")));
    }
    out.println("Turnout 投票率: synthetic Jiading zone, " + replicates + " runs per variant, seed " + seed);
    out.print(table.render());
    ScenarioStudy.write(folder.resolve("turnout.csv"), study.table("variant").toCsv());
    ScenarioStudy.write(
        folder.resolve("turnout.svg"),
        Charts.barChart(
            "Council elections voided by low turnout (mean of " + replicates + " runs)",
            "variant",
            "elections void",
            study.means("turnout_failures")));
    out.println("wrote " + folder.resolve("turnout.csv") + " and " + folder.resolve("turnout.svg"));
  }
}
