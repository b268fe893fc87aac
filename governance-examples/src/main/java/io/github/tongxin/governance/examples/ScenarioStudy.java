package io.github.tongxin.governance.examples;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.scenario.Scenario;
import io.github.tongxin.governance.scenario.ScenarioResult;
import io.github.tongxin.governance.scenario.Summary;
import io.github.tongxin.governance.scenario.Sweep;
import io.github.tongxin.governance.scenario.TidyTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs labelled scenario variants × replicates as one sweep, and summarises and writes them.
 * Replicate {@code r} runs every variant with the same seed, drawn from the sweep's stream for
 * {@code r} (common random numbers): variants differ by their parameters, not by their luck.
 */
final class ScenarioStudy {
  final ImmutableList<String> labels;
  final ImmutableList<Sweep.Run<String, ScenarioResult>> runs;
  final int replicates;

  ScenarioStudy(Map<String, Scenario> variants, int replicates, long seed) {
    this.labels = ImmutableList.copyOf(variants.keySet());
    this.replicates = replicates;
    List<Integer> replicateIndices = new ArrayList<>();
    for (int r = 0; r < replicates; r++) {
      replicateIndices.add(r);
    }
    ImmutableList<Sweep.Run<Integer, Map<String, ScenarioResult>>> paired =
        Sweep.run(
            replicateIndices,
            1,
            seed,
            (replicate, random) -> {
              long runSeed = random.nextLong();
              Map<String, ScenarioResult> results = new LinkedHashMap<>();
              variants.forEach((label, variant) -> results.put(label, variant.withSeed(runSeed).run()));
              return results;
            },
            Runtime.getRuntime().availableProcessors(),
            Sweep.Listener.NONE,
            System::nanoTime);
    ImmutableList.Builder<Sweep.Run<String, ScenarioResult>> flat = ImmutableList.builder();
    int index = 0;
    for (String label : labels) {
      for (Sweep.Run<Integer, Map<String, ScenarioResult>> run : paired) {
        flat.add(new Sweep.Run<>(index++, label, run.parameter(), run.result().get(label)));
      }
    }
    this.runs = flat.build();
  }

  /** The summary of a metric for a variant. */
  Summary summary(String label, String metric) {
    double[] values =
        runs.stream()
            .filter(run -> run.parameter().equals(label))
            .mapToDouble(run -> run.result().metrics().get(metric))
            .toArray();
    return Summary.of(values);
  }

  /** The mean of a metric for a variant. */
  double mean(String label, String metric) {
    return summary(label, metric).mean();
  }

  static String format(Summary summary) {
    return String.format(Locale.ROOT, "%.1f ± %.1f", summary.mean(), summary.halfWidth());
  }

  /** Tidy rows: variant, replicate, metric, value. */
  TidyTable table(String variantColumn) {
    List<List<String>> rows = new ArrayList<>();
    for (Sweep.Run<String, ScenarioResult> run : runs) {
      for (Map.Entry<String, Double> metric : run.result().metrics().entrySet()) {
        rows.add(
            List.of(
                run.parameter(),
                Integer.toString(run.replicate()),
                metric.getKey(),
                String.format(Locale.ROOT, "%s", metric.getValue())));
      }
    }
    return TidyTable.of(List.of(variantColumn, "replicate", "metric", "value"), rows);
  }

  /** The means of a metric per variant, in variant order. */
  Map<String, Double> means(String metric) {
    Map<String, Double> means = new LinkedHashMap<>();
    for (String label : labels) {
      means.put(label, mean(label, metric));
    }
    return means;
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
