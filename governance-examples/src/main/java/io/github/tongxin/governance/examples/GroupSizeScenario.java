package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.community.FormationBounds;
import io.github.tongxin.governance.scenario.Charts;
import io.github.tongxin.governance.scenario.Scenario;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What if building groups had 100 or 300 households instead of 200? Re-forms the groups of the
 * synthetic Jiading zone for each target (bounds ±25%), elects their councils and funds their
 * projects, 20 seeded replicates each; prints mean ± 95% interval per target and writes {@code
 * group-size.csv} (tidy) and {@code group-size.svg} (line chart) into a folder.
 */
public final class GroupSizeScenario {
  /** Replicates per target. */
  public static final int REPLICATES = 20;

  /** The sweep's seed. */
  public static final long SEED = 2024;

  private GroupSizeScenario() {}

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
    for (int target : new int[] {100, 200, 300}) {
      variants.put(
          Integer.toString(target),
          base.withBounds(new FormationBounds(target, target * 3 / 4, target * 5 / 4)));
    }
    ScenarioStudy study = new ScenarioStudy(variants, replicates, seed);
    Table table = new Table(true, true, true, true, true, true);
    table.row("target", "groups", "within bounds", "complete councils", "seats filled", "projects funded");
    for (String label : study.labels) {
      table.row(
          label,
          ScenarioStudy.format(study.summary(label, "groups")),
          ScenarioStudy.format(study.summary(label, "groups_within_bounds")),
          ScenarioStudy.format(study.summary(label, "complete_councils")),
          ScenarioStudy.format(study.summary(label, "seats_filled")),
          ScenarioStudy.format(study.summary(label, "projects_funded")));
    }
    out.println("Group size 楼组规模: synthetic Jiading zone, " + replicates + " runs per target, seed " + seed);
    out.print(table.render());
    Map<String, List<Charts.Point>> series = new LinkedHashMap<>();
    for (String metric : List.of("groups", "complete_councils", "projects_funded")) {
      List<Charts.Point> points = new ArrayList<>();
      for (String label : study.labels) {
        points.add(new Charts.Point(Double.parseDouble(label), study.mean(label, metric)));
      }
      series.put(metric.replace('_', ' '), points);
    }
    ScenarioStudy.write(folder.resolve("group-size.csv"), study.table("target").toCsv());
    ScenarioStudy.write(
        folder.resolve("group-size.svg"),
        Charts.lineChart(
            "Building-group size in the Jiading zone (mean of " + replicates + " runs)",
            "target households per group",
            "count",
            series));
    out.println("wrote " + folder.resolve("group-size.csv") + " and " + folder.resolve("group-size.svg"));
  }
}
