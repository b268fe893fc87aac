package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.testing.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Properties of {@link Pabulib}: {@code read(write(x)) == x} over generated files of every vote
 * type with quoting-hostile text, decimals of various scales and missing attributes; writing is a
 * fixed point; the reader survives any text.
 */
class PabulibProperties {
  private static final int EXAMPLES = 400;

  /** Texts that a naive writer or reader gets wrong. */
  private static final ImmutableList<String> HOSTILE =
      ImmutableList.of(
          "",
          "None",
          "none",
          "NONE",
          " padded ",
          "\ttab",
          "a;b",
          ";",
          "\"",
          "\"quoted\"",
          "say \"\"hi\"\"",
          "two\nlines",
          "cr\r\nlf",
          "lone\rcr",
          "a,b",
          ",",
          "Łódź 同心",
          "META",
          "votes",
          "Projects",
          "key",
          "1",
          "214386,4",
          "plain");

  /** Project ids and list items: no comma, not empty, no surrounding whitespace, no line break. */
  private static final ImmutableList<String> LIST_ITEMS =
      ImmutableList.of(
          "1",
          "2",
          "10",
          "L010",
          "124-A",
          "a;b",
          "q\"x",
          "None",
          "none",
          "META",
          "votes",
          "同心",
          "urban greenery",
          "x\"\"y",
          ";",
          "\"");

  private static final ImmutableList<String> META_KEYS =
      ImmutableList.of(
          "description",
          "country",
          "unit",
          "district",
          "subunit",
          "instance",
          "rule",
          "date_begin",
          "date_end",
          "language",
          "comment",
          "x;key",
          "q\"k",
          "None",
          "projects",
          "key",
          " spaced ");

  private static final ImmutableList<String> PROJECT_KEYS =
      ImmutableList.of(
          "name",
          "votes",
          "score",
          "selected",
          "district",
          "latitude",
          "a;b",
          "\"q\"",
          "None",
          "categories",
          "targets",
          "points");

  private static final ImmutableList<String> BALLOT_KEYS =
      ImmutableList.of("age", "sex", "voting_method", "district", "x;y", "None", "\"");

  private static int draw(RandomnessSource in, int low, int high) {
    return range(low, high).generate(in);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(draw(in, 0, values.size() - 1));
  }

  /** Up to {@code max} distinct values, in a drawn order. */
  private static <T> List<T> some(RandomnessSource in, List<T> values, int max) {
    Set<T> chosen = new LinkedHashSet<>();
    int count = draw(in, 0, max);
    for (int i = 0; i < count; i++) {
      chosen.add(pick(in, values));
    }
    return new ArrayList<>(chosen);
  }

  private static String text(RandomnessSource in) {
    return draw(in, 0, 3) == 0 ? "v" + draw(in, 0, 99) : pick(in, HOSTILE);
  }

  /** A decimal with 0 to 3 digits after the point, kept at that scale. */
  private static BigDecimal decimal(RandomnessSource in, long low, long high) {
    long unscaled = longRange(low, high).generate(in);
    return BigDecimal.valueOf(unscaled, draw(in, 0, 3));
  }

  private static Map<String, String> attributes(RandomnessSource in, List<String> keys) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String key : some(in, keys, 4)) {
      attributes.put(key, text(in));
    }
    return attributes;
  }

  /** Valid files: what a {@code .pb} text can hold, every vote type, hostile text everywhere. */
  static Gen<PabulibFile> pabulibFiles() {
    Gen<PabulibFile> files =
        in -> {
          VoteType type = pick(in, List.of(VoteType.values()));
          Map<String, String> meta = new LinkedHashMap<>();
          for (String key : some(in, META_KEYS, 6)) {
            meta.put(key, text(in));
          }
          if (type == VoteType.CUMULATIVE && draw(in, 0, 3) > 0) {
            meta.put("max_sum_points", Integer.toString(draw(in, 1, 20)));
          }
          if (draw(in, 0, 3) == 0) {
            meta.put("min_length", Integer.toString(draw(in, 0, 3)));
          }
          List<String> ids = some(in, LIST_ITEMS, 8);
          List<BudgetProject> projects = new ArrayList<>();
          for (String id : ids) {
            projects.add(
                BudgetProject.builder()
                    .id(ProjectId.of(id))
                    .cost(decimal(in, 0, 10_000_000))
                    .addAllCategories(some(in, LIST_ITEMS, 3))
                    .addAllBeneficiaries(draw(in, 0, 2) == 0 ? some(in, LIST_ITEMS, 3) : List.of())
                    .putAllAttributes(attributes(in, PROJECT_KEYS))
                    .build());
          }
          List<String> ballotKeys = new ArrayList<>(BALLOT_KEYS);
          if (!type.hasPoints()) {
            ballotKeys.add("points");
          }
          List<BudgetBallot> ballots = new ArrayList<>();
          int voters = draw(in, 0, 6);
          for (int v = 0; v < voters; v++) {
            String voter = draw(in, 0, 2) == 0 ? pick(in, HOSTILE) : "v" + draw(in, 0, 9);
            if (voter.isEmpty()) {
              voter = "\"";
            }
            List<ProjectId> named = some(in, ids, ids.size()).stream().map(ProjectId::of).toList();
            List<BigDecimal> points = new ArrayList<>();
            if (type.hasPoints()) {
              for (int i = 0; i < named.size(); i++) {
                points.add(decimal(in, type == VoteType.SCORING ? -50 : 0, 500));
              }
            }
            ballots.add(
                new BudgetBallot(
                    voter,
                    ImmutableList.copyOf(named),
                    ImmutableList.copyOf(points),
                    ImmutableMap.copyOf(attributes(in, ballotKeys))));
          }
          BigDecimal budget = decimal(in, 0, 100_000_000);
          return new PabulibFile(
              BudgetInstance.of(budget, projects, meta), BudgetProfile.of(type, ballots));
        };
    return files.describedAs(file -> file.toString());
  }

  @Test
  void theGeneratorCoversEveryVoteTypeAndTheHardCases() {
    Set<VoteType> types = EnumSet.noneOf(VoteType.class);
    int[] seen = new int[5];
    qt().withExamples(EXAMPLES)
        .forAll(pabulibFiles())
        .checkAssert(
            file -> {
              types.add(file.profile().type());
              String text = Pabulib.write(file);
              seen[0] += text.contains("\"\"") ? 1 : 0; // a doubled quote
              seen[1] += text.contains("\"None\"") ? 1 : 0; // a quoted None
              seen[2] += text.contains(";;") ? 1 : 0; // a missing value
              seen[3] +=
                  file.instance().projects().values().stream().anyMatch(p -> p.cost().scale() > 0)
                      ? 1
                      : 0;
              seen[4] +=
                  file.profile().ballots().stream().anyMatch(b -> b.voter().contains("\n")) ? 1 : 0;
            });
    assertThat(types).containsExactlyInAnyOrder(VoteType.values());
    assertThat(java.util.Arrays.stream(seen).boxed().toList()).allMatch(count -> count > 0);
  }

  @Test
  void readingWhatWasWrittenGivesTheSameFile() {
    qt().withExamples(EXAMPLES)
        .forAll(pabulibFiles())
        .checkAssert(
            file -> {
              PabulibReading reading = Pabulib.read(Pabulib.write(file));
              assertThat(reading.isRead()).as("read back: %s", reading.problems()).isTrue();
              assertThat(reading.fileOrThrow()).isEqualTo(file);
            });
  }

  @Test
  void writingIsAFixedPoint() {
    qt().withExamples(EXAMPLES)
        .forAll(pabulibFiles())
        .checkAssert(
            file -> {
              String written = Pabulib.write(file);
              assertThat(Pabulib.write(Pabulib.readOrThrow(written))).isEqualTo(written);
            });
  }

  @Test
  void everyProblemOfADamagedTextIsOnOneOfItsLines() {
    qt().withExamples(EXAMPLES)
        .forAll(pabulibFiles(), range(0, Integer.MAX_VALUE), range(0, 5))
        .checkAssert(
            (file, where, damage) -> {
              String text = Pabulib.write(file);
              int at = where % (text.length() + 1);
              String damaged =
                  switch (damage) {
                    case 0 ->
                        text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
                    case 1 -> text.substring(0, at) + "\"" + text.substring(at);
                    case 2 -> text.substring(0, at) + ";" + text.substring(at);
                    case 3 -> text.substring(0, at) + "\n" + text.substring(at);
                    case 4 -> text.substring(0, at) + "\r" + text.substring(at);
                    default -> text.substring(0, at);
                  };
              PabulibReading reading = Pabulib.read(damaged);
              long lines = Math.max(1, damaged.split("\r\n|\r|\n", -1).length);
              assertThat(reading.problems())
                  .allSatisfy(p -> assertThat(p.line()).isBetween(1, (int) lines));
              assertThat(reading.problems())
                  .isSortedAccordingTo(java.util.Comparator.comparingInt(PabulibProblem::line));
            });
  }

  @Test
  void theReaderSurvivesAnyText() {
    Gen<String> noise =
        in -> {
          List<String> pieces =
              List.of(
                  "META",
                  "PROJECTS",
                  "VOTES",
                  "key;value",
                  ";",
                  "\"",
                  "\n",
                  "\r\n",
                  ",",
                  "None",
                  "budget",
                  "vote_type;approval",
                  "vote_type;cumulative",
                  "project_id;cost",
                  "voter_id;vote;points",
                  "1",
                  "-2.5",
                  " ",
                  "x");
          StringBuilder text = new StringBuilder();
          int count = draw(in, 0, 60);
          for (int i = 0; i < count; i++) {
            text.append(pick(in, pieces));
          }
          return text.toString();
        };
    qt().withExamples(2 * EXAMPLES)
        .forAll(noise)
        .checkAssert(
            text -> {
              PabulibReading reading = Pabulib.read(text);
              if (reading.isRead()) {
                // whatever was read writes and reads back
                assertThat(Pabulib.readOrThrow(Pabulib.write(reading.fileOrThrow())))
                    .isEqualTo(reading.fileOrThrow());
              } else {
                assertThat(((PabulibReading.Failed) reading).errors()).isNotEmpty();
              }
            });
  }

  /** For the real files: read → write → read gives an equal file, and the text is stable. */
  @Test
  void realFilesReachAFixedPointAfterOneWrite() throws IOException {
    try (var files = Files.list(SharedData.folder("pabulib"))) {
      List<java.nio.file.Path> pbs =
          files.filter(p -> p.toString().endsWith(".pb")).sorted().toList();
      assertThat(pbs).hasSize(9);
      for (java.nio.file.Path pb : pbs) {
        PabulibFile read = Pabulib.readOrThrow(Files.readString(pb, StandardCharsets.UTF_8));
        String written = Pabulib.write(read);
        PabulibFile again = Pabulib.readOrThrow(written);
        assertThat(again).as("%s", pb.getFileName()).isEqualTo(read);
        assertThat(Pabulib.write(again)).isEqualTo(written);
      }
    }
  }
}
