package io.github.tongxin.governance.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

/** Helpers for the scenario examples' tests: captured output, tidy CSV, SVG well-formedness. */
final class ScenarioExamples {
  private ScenarioExamples() {}

  interface Example {
    void run(PrintStream out, Path folder, long seed, int replicates);
  }

  static String output(Example example, Path folder, long seed, int replicates) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder, seed, replicates);
    return bytes.toString(StandardCharsets.UTF_8).replace(folder.toString(), "OUT");
  }

  /** Tidy CSV rows (variant, replicate, metric, value) as variant → replicate → metric → value. */
  static Map<String, Map<Integer, Map<String, Double>>> tidy(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    Map<String, Map<Integer, Map<String, Double>>> values = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      values
          .computeIfAbsent(cells[0], k -> new HashMap<>())
          .computeIfAbsent(Integer.parseInt(cells[1]), k -> new HashMap<>())
          .put(cells[2], Double.parseDouble(cells[3]));
    }
    return values;
  }

  static void parseSvg(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(svg)))
        .getDocumentElement()
        .getLocalName()
        .equals("svg");
  }

  /** The numbers of a table row (after its label), as "mean ± half-width" pairs → means. */
  static List<Double> means(String output, String rowLabel) {
    String row = output.lines().filter(l -> l.trim().startsWith(rowLabel + " ")).findFirst().orElseThrow();
    List<Double> means = new ArrayList<>();
    String[] parts = row.trim().substring(rowLabel.length()).trim().split("\\s+");
    for (int i = 0; i + 2 < parts.length + 1; i++) {
      if (i + 1 < parts.length && parts[i + 1].equals("±")) {
        means.add(Double.parseDouble(parts[i]));
      }
    }
    return means;
  }
}
