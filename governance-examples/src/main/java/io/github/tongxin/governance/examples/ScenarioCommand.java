package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.community.Layer;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.scenario.Charts;
import io.github.tongxin.governance.scenario.Scenario;
import io.github.tongxin.governance.scenario.ScenarioResult;
import io.github.tongxin.governance.scenario.Summary;
import io.github.tongxin.governance.scenario.Sweep;
import io.github.tongxin.governance.scenario.TidyTable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scenario [--sweep] FILE}: runs the scenario a file describes (replicates of it, or with
 * {@code --sweep} every value of its swept parameter × replicates) on the synthetic Jiading zone,
 * prints a summary table and writes {@code scenario.csv} (tidy: value, replicate, metric, value),
 * {@code funded-by-category.svg}, {@code funded-by-layer.svg} and, for a sweep, {@code sweep.svg} into the file's output
 * folder. A sweep shows a progress bar on the error stream.
 */
final class ScenarioCommand {
  private static final List<String> SHOWN = List.of("groups", "turnout_failures", "complete_councils", "seats_filled", "projects_recommended", "projects_funded", "granted_yuan");

  private ScenarioCommand() {}

  static int run(List<String> options, PrintStream out, PrintStream err) {
    boolean sweep = false;
    String file = null;
    for (String option : options) {
      if (option.equals("--sweep") && !sweep) {
        sweep = true;
      } else if (!option.startsWith("--") && file == null) {
        file = option;
      } else {
        err.println("tongxin scenario: usage: scenario [--sweep] FILE");
        return Tongxin.USAGE;
      }
    }
    if (file == null) {
      err.println("tongxin scenario: usage: scenario [--sweep] FILE");
      return Tongxin.USAGE;
    }
    String text;
    try {
      text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("tongxin scenario: no such file: " + file);
      return Tongxin.USAGE;
    } catch (IOException | RuntimeException e) {
      err.println("tongxin scenario: cannot read " + file + ": " + e.getMessage());
      return Tongxin.USAGE;
    }
    ScenarioFile.Parsed parsed = ScenarioFile.parse(text, Scenario.jiading());
    if (!parsed.problems().isEmpty()) {
      for (String problem : parsed.problems()) {
        err.println(file + ": " + problem);
      }
      return Tongxin.USAGE;
    }
    ScenarioFile spec = parsed.file();
    if (sweep && spec.sweepParameter == null) {
      err.println(file + ": --sweep needs sweep.parameter and sweep.values in the file");
      return Tongxin.USAGE;
    }
    Map<String, Scenario> variants = new LinkedHashMap<>();
    if (sweep) {
      for (String value : spec.sweepValues) {
        variants.put(value, spec.variant(value));
      }
    } else {
      variants.put("scenario", spec.scenario);
    }
    List<String> labels = new ArrayList<>(variants.keySet());
    Sweep.Listener progress = sweep ? new ProgressBar(err) : Sweep.Listener.NONE;
    List<Sweep.Run<String, ScenarioResult>> runs =
        Sweep.run(
            labels,
            spec.replicates,
            spec.scenario.seed(),
            (label, random) -> variants.get(label).run(random),
            Runtime.getRuntime().availableProcessors(),
            progress,
            System::nanoTime);
    String column = sweep ? spec.sweepParameter : "scenario";
    Table table = new Table(true, true, true, true, true, true, true, true);
    List<String> header = new ArrayList<>(List.of(column));
    SHOWN.forEach(metric -> header.add(metric.replace('_', ' ')));
    table.row(header.toArray(new String[0]));
    for (String label : labels) {
      List<String> row = new ArrayList<>(List.of(label));
      for (String metric : SHOWN) {
        Summary summary = summary(runs, label, metric);
        row.add(String.format(Locale.ROOT, "%.1f ± %.1f", summary.mean(), summary.halfWidth()));
      }
      table.row(row.toArray(new String[0]));
    }
    out.println("Scenario " + file + ": " + spec.replicates + " runs per " + (sweep ? "value" : "scenario") + ", seed " + spec.scenario.seed() + " (mean ± 95% interval)");
    out.print(table.render());
    Path folder = Path.of(spec.output);
    List<List<String>> rows = new ArrayList<>();
    for (Sweep.Run<String, ScenarioResult> run : runs) {
      run.result().metrics().forEach((metric, value) -> rows.add(List.of(run.parameter(), Integer.toString(run.replicate()), metric, String.format(Locale.ROOT, "%s", value))));
    }
    ScenarioStudy.write(folder.resolve("scenario.csv"), TidyTable.of(List.of(column, "replicate", "metric", "value"), rows).toCsv());
    Map<String, Double> byCategory = new LinkedHashMap<>();
    for (Category category : Category.values()) {
      double total = 0;
      int count = 0;
      for (Sweep.Run<String, ScenarioResult> run : runs) {
        if (run.parameter().equals(labels.get(0))) {
          total += run.result().projects().fundedCost().getOrDefault(category, Amount.ZERO).fen() / 100.0;
          count++;
        }
      }
      byCategory.put(category.englishName(), total / count);
    }
    ScenarioStudy.write(
        folder.resolve("funded-by-category.svg"),
        Charts.barChart("Cost of the funded projects per category, " + column + " " + labels.get(0) + " (mean of " + spec.replicates + " runs)", "category", "yuan", byCategory));
    Map<String, Double> byLayer = new LinkedHashMap<>();
    for (Layer layer : Layer.values()) {
      byLayer.put(layer.englishName(), summary(runs, labels.get(0), "funded_cost_yuan_" + layer.englishName()).mean());
    }
    ScenarioStudy.write(
        folder.resolve("funded-by-layer.svg"),
        Charts.barChart("Cost of the funded projects per layer, " + column + " " + labels.get(0) + " (mean of " + spec.replicates + " runs)", "layer of the circles", "yuan", byLayer));
    List<String> written = new ArrayList<>(List.of("scenario.csv", "funded-by-category.svg", "funded-by-layer.svg"));
    if (sweep) {
      Map<String, List<Charts.Point>> series = new LinkedHashMap<>();
      boolean numeric = labels.stream().allMatch(ScenarioCommand::isNumber);
      for (String metric : List.of("groups", "complete_councils", "projects_funded", "turnout_failures")) {
        List<Charts.Point> points = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
          double x = numeric ? Double.parseDouble(labels.get(i)) : i;
          points.add(new Charts.Point(x, summary(runs, labels.get(i), metric).mean()));
        }
        series.put(metric.replace('_', ' '), points);
      }
      ScenarioStudy.write(folder.resolve("sweep.svg"), Charts.lineChart("Sweep of " + spec.sweepParameter + " (mean of " + spec.replicates + " runs)", spec.sweepParameter, "count", series));
      written.add("sweep.svg");
    }
    out.println("wrote " + String.join(", ", written) + " in " + folder);
    return Tongxin.OK;
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Summary summary(List<Sweep.Run<String, ScenarioResult>> runs, String label, String metric) {
    return Summary.of(runs.stream().filter(r -> r.parameter().equals(label)).mapToDouble(r -> r.result().metrics().get(metric)).toArray());
  }

  /** A one-line progress bar on a stream, redrawn at most once per percent. */
  private static final class ProgressBar implements Sweep.Listener {
    private final PrintStream err;
    private int lastPercent = -1;

    ProgressBar(PrintStream err) {
      this.err = err;
    }

    @Override
    public void onProgress(Sweep.Progress progress) {
      int percent = (int) (100L * progress.done() / progress.total());
      if (percent == lastPercent && progress.done() != progress.total()) {
        return;
      }
      lastPercent = percent;
      int filled = percent / 5;
      err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d runs, %ds left", "#".repeat(filled), ".".repeat(20 - filled), progress.done(), progress.total(), progress.remaining().toSeconds()));
      if (progress.done() == progress.total()) {
        err.println();
      }
      err.flush();
    }
  }
}
