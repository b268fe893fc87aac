package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.testing.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nine real Pabulib files in {@code ../shared/data/pabulib}, read in place (never copied):
 * counts against their own META and against pabutools' reading ({@code reference/*.json}), the
 * written text, and read times (read → write → read is in {@link PabulibProperties}).
 */
class PabulibRealFilesTest {
  private static final String[] FILES = {
    "France_Toulouse_2019",
    "France_Toulouse_2022_14_-_Saint-Simon_Lafourguette_Oncopole-Campus_Sante_du_Futur",
    "Netherlands_Amsterdam_643",
    "Netherlands_Assen_2024",
    "Poland_Krakow_2018_Swoszowice",
    "Poland_Lodz_2022",
    "Poland_Swiecie_2023",
    "Poland_Warszawa_2020_Mokotow",
    "Poland_Wieliczka_2023_Green_Budget",
  };

  static Stream<String> files() {
    return Arrays.stream(FILES);
  }

  private static String pb(String instance) throws IOException {
    return Files.readString(
        SharedData.folder("pabulib").resolve(instance + ".pb"), StandardCharsets.UTF_8);
  }

  private static String reference(String instance) throws IOException {
    Path json = SharedData.folder("pabulib").resolve("reference").resolve(instance + ".json");
    return Files.readString(json, StandardCharsets.UTF_8);
  }

  /** The first group of a pattern that must match. */
  private static String find(String text, String regex) {
    Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    assertThat(matcher.find()).as("%s in the text", regex).isTrue();
    return matcher.group(1);
  }

  private static String meta(String pb, String key) {
    return find(pb, "^" + key + ";([^;\\r\\n]*)\\r?$");
  }

  /** pabutools' exact rational as written in the reference: {@code "400000"} or {@code "p/q"}. */
  private static boolean sameRational(BigDecimal value, String rational) {
    String[] parts = rational.split("/");
    BigDecimal numerator = new BigDecimal(parts[0]);
    BigDecimal denominator = parts.length == 2 ? new BigDecimal(parts[1]) : BigDecimal.ONE;
    return value.multiply(denominator).compareTo(numerator) == 0;
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsWithoutProblemsAndAgreesWithItsMetaAndWithPabutools(String instance)
      throws IOException {
    String pb = pb(instance);
    String reference = reference(instance);
    PabulibReading reading = Pabulib.read(pb);
    assertThat(reading.problems()).as("problems of %s", instance).isEmpty();
    PabulibFile file = reading.fileOrThrow();

    int projects = file.instance().projects().size();
    int ballots = file.profile().voters();
    assertThat(projects).isEqualTo(Integer.parseInt(meta(pb, "num_projects")));
    assertThat(ballots).isEqualTo(Integer.parseInt(meta(pb, "num_votes")));
    assertThat(projects)
        .isEqualTo(Integer.parseInt(find(reference, "\"num_projects_parsed\": (\\d+)")));
    assertThat(ballots)
        .isEqualTo(Integer.parseInt(find(reference, "\"num_ballots_parsed\": (\\d+)")));

    BigDecimal budget = file.instance().budget();
    assertThat(budget.toPlainString()).isEqualTo(meta(pb, "budget")); // scale as written
    assertThat(sameRational(budget, find(reference, "\"budget_parsed\": \"([^\"]+)\""))).isTrue();
    assertThat(file.profile().type().token()).isEqualTo(meta(pb, "vote_type"));
    assertThat(file.instance().meta("rule")).hasValue(meta(pb, "rule"));

    // the selected column as the reference lists it (null where the file has none)
    String selected = find(reference, "\"selected_column_in_file\": (null|\\[[^\\]]*\\])");
    List<String> expected =
        selected.equals("null")
            ? List.of()
            : Arrays.stream(selected.replaceAll("[\\[\\]\"\\s]", "").split(","))
                .filter(s -> !s.isEmpty())
                .toList();
    assertThat(
            file.instance().projects().values().stream()
                .filter(p -> "1".equals(p.attributes().get("selected")))
                .map(p -> p.id().value())
                .toList())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void writingARealFileKeepsItsLinesExceptForProjectOrderAndLineEnds() throws IOException {
    // Mokotów lists projects by votes; the model lists them by id. Everything else is as written.
    String pb = pb("Poland_Warszawa_2020_Mokotow");
    String written = Pabulib.write(Pabulib.readOrThrow(pb));
    List<String> original = new ArrayList<>(pb.replace("\r\n", "\n").lines().toList());
    List<String> lines = new ArrayList<>(written.lines().toList());
    assertThat(lines).containsExactlyInAnyOrderElementsOf(original);
    int votes = original.indexOf("VOTES");
    assertThat(lines.subList(votes, lines.size()))
        .isEqualTo(original.subList(votes, original.size()));
  }

  /**
   * Reads every file a few times and prints the times (the first read of Łódź includes the JIT
   * warming up). The bound is loose, for shared CI machines; pabutools needs 3.5 s for Łódź.
   */
  @Test
  void readsFast() throws IOException {
    StringBuilder report = new StringBuilder("Pabulib read times (first, best of 5):\n");
    long lodzBest = Long.MAX_VALUE;
    for (String instance : FILES) {
      String pb = pb(instance);
      long first = 0;
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long start = System.nanoTime();
        PabulibReading reading = Pabulib.read(pb);
        long nanos = System.nanoTime() - start;
        assertThat(reading.isRead()).isTrue();
        first = i == 0 ? nanos : first;
        best = Math.min(best, nanos);
      }
      if (instance.equals("Poland_Lodz_2022")) {
        lodzBest = best;
      }
      report.append(
          String.format(
              java.util.Locale.ROOT,
              "  %-40.40s %8.1f ms %8.1f ms%n",
              instance,
              first / 1e6,
              best / 1e6));
    }
    System.out.print(report);
    assertThat(lodzBest / 1_000_000).as("best read of Łódź in ms").isLessThan(3_000);
  }
}
