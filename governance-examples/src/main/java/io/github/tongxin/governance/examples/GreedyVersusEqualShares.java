package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.scenario.Charts;
import io.github.tongxin.governance.scenario.Scenario;
import io.github.tongxin.governance.scenario.ScenarioResult;
import io.github.tongxin.governance.scenario.Sweep;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Greedy by votes versus the Method of Equal Shares across the synthetic Jiading zone: the same
 * proposals and ballots (same seeds) funded by {@code greedy_cost_sat} and by {@code
 * mes_cost_sat_add1_greedy_cost}, 10 replicates each; prints projects proposed and funded, money
 * granted by the fund, and the cost of the funded projects in each layer of the circles
 * (community-wide, building group, single building), and writes {@code rules.csv}, {@code
 * rules.svg} (money granted per category under each rule) and {@code circles.svg} (the concentric
 * circles of the first community).
 */
public final class GreedyVersusEqualShares {
  /** Replicates per rule. */
  public static final int REPLICATES = 5;

  /** The sweep's seed. */
  public static final long SEED = 2024;

  private GreedyVersusEqualShares() {}

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
    variants.put("greedy_cost_sat", base);
    variants.put("mes_cost_sat_add1_greedy_cost", base.withBudgetRule("mes_cost_sat_add1_greedy_cost"));
    ScenarioStudy study = new ScenarioStudy(variants, replicates, seed);
    Table table = new Table(false, true, true, true, true, true, true);
    table.row("rule", "projects proposed", "projects funded", "granted (yuan)", "core (yuan)", "middle (yuan)", "outer (yuan)");
    for (String label : study.labels) {
      table.row(
          label,
          ScenarioStudy.format(study.summary(label, "projects_proposed")),
          ScenarioStudy.format(study.summary(label, "projects_funded")),
          ScenarioStudy.format(study.summary(label, "granted_yuan")),
          ScenarioStudy.format(study.summary(label, "funded_cost_yuan_core")),
          ScenarioStudy.format(study.summary(label, "funded_cost_yuan_middle")),
          ScenarioStudy.format(study.summary(label, "funded_cost_yuan_outer")));
    }
    out.println("Greedy versus Equal Shares 贪心与等份额法: synthetic Jiading zone, " + replicates + " runs per rule, seed " + seed);
    out.print(table.render());
    Map<String, Double> byCategory = new LinkedHashMap<>();
    for (String label : study.labels) {
      for (Category category : Category.values()) {
        double total = 0;
        for (Sweep.Run<String, ScenarioResult> run : study.runs) {
          if (run.parameter().equals(label)) {
            total += run.result().projects().fundedCost().getOrDefault(category, Amount.ZERO).fen() / 100.0;
          }
        }
        byCategory.put(
            String.format(Locale.ROOT, "%s: %s", label.startsWith("mes") ? "MES" : "greedy", category.englishName()),
            total / replicates);
      }
    }
    ScenarioStudy.write(folder.resolve("rules.csv"), study.table("rule").toCsv());
    ScenarioStudy.write(
        folder.resolve("rules.svg"),
        Charts.barChart("Cost of the funded projects per category (mean of " + replicates + " runs)", "rule and category", "yuan", byCategory));
    ScenarioStudy.write(
        folder.resolve("circles.svg"),
        Charts.concentricCircles(io.github.tongxin.governance.community.Jiading.syntheticZone().zone().communities().get(0)));
    out.println("wrote " + folder.resolve("rules.csv") + ", " + folder.resolve("rules.svg") + " and " + folder.resolve("circles.svg"));
  }
}
