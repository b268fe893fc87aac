package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.community.CommunityCoverage;
import io.github.tongxin.governance.community.Coverage;
import io.github.tongxin.governance.community.CoverageFigures;
import io.github.tongxin.governance.community.Jiading;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JiadingReportTest {
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})*)";
  private static final String FIVE_NUMBERS =
      "\\s+" + NUMBER + "\\s+" + NUMBER + "\\s+" + NUMBER + "\\s+" + NUMBER + "\\s+" + NUMBER;
  private static final Pattern TOTAL =
      Pattern.compile("Total 合计 \\((\\d+) communities 社区\\)" + FIVE_NUMBERS);
  private static final Pattern PUBLISHED = Pattern.compile("Published 公布数 \\((\\d+)\\)" + FIVE_NUMBERS);
  private static final Pattern COMMUNITY = Pattern.compile("(C\\d+) (\\S+)" + FIVE_NUMBERS);

  static String report(long seed) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      JiadingReport.run(seed, out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static Matcher only(List<String> lines, Pattern pattern) {
    List<String> matching = lines.stream().filter(l -> pattern.matcher(l).matches()).toList();
    assertThat(matching).as("lines matching %s", pattern).hasSize(1);
    Matcher m = pattern.matcher(matching.get(0));
    assertThat(m.matches()).isTrue();
    return m;
  }

  private static long number(String text) {
    return Long.parseLong(text.replace(",", ""));
  }

  /** Buildings, groups, seats, households and people from groups 2..6 of a row matcher. */
  private static long[] figures(Matcher row, int first) {
    long[] result = new long[5];
    for (int i = 0; i < 5; i++) {
      result[i] = number(row.group(first + i));
    }
    return result;
  }

  private static long[] figures(CoverageFigures f) {
    return new long[] {
      f.buildings(), f.buildingGroups(), f.electedLeadersAndMembers(), f.households(), f.people()
    };
  }

  @Test
  void totalLineEqualsTheModelAndTheArticle() {
    for (long seed : new long[] {Jiading.DEFAULT_SEED, 7}) {
      Matcher total = only(lines(report(seed)), TOTAL);
      CoverageFigures model = Coverage.of(Jiading.syntheticZone(seed).zone()).total();

      assertThat(number(total.group(1))).isEqualTo(model.communities()).isEqualTo(14);
      assertThat(figures(total, 2)).containsExactly(figures(model));
      assertThat(figures(total, 2)).containsExactly(774, 143, 622, 24_300, 76_000);
    }
  }

  @Test
  void totalLineWritesTheArticlesNumbersWithThousandsSeparators() {
    String total =
        lines(report(Jiading.DEFAULT_SEED)).stream()
            .filter(l -> l.startsWith("Total"))
            .findFirst()
            .orElseThrow();

    assertThat(total)
        .contains("14 communities")
        .contains(" 774 ")
        .contains(" 143 ")
        .contains(" 622 ")
        .contains(" 24,300 ")
        .endsWith(" 76,000");
  }

  @Test
  void publishedLineIsTheArticles() {
    Matcher published = only(lines(report(Jiading.DEFAULT_SEED)), PUBLISHED);

    assertThat(number(published.group(1))).isEqualTo(14);
    assertThat(figures(published, 2)).containsExactly(774, 143, 622, 24_300, 76_000);
  }

  @Test
  void eachCommunityLineEqualsTheModelsCoverage() {
    for (long seed : new long[] {Jiading.DEFAULT_SEED, 7}) {
      List<String> rows =
          lines(report(seed)).stream().filter(l -> COMMUNITY.matcher(l).matches()).toList();
      List<CommunityCoverage> model = Coverage.of(Jiading.syntheticZone(seed).zone()).communities();

      assertThat(rows).hasSize(14).hasSameSizeAs(model);
      for (int c = 0; c < rows.size(); c++) {
        Matcher row = COMMUNITY.matcher(rows.get(c));
        assertThat(row.matches()).isTrue();
        CommunityCoverage expected = model.get(c);
        assertThat(row.group(1)).isEqualTo(expected.id().toString());
        assertThat(row.group(2)).isEqualTo(expected.name().chineseName());
        assertThat(figures(row, 3)).as("row %s", rows.get(c))
            .containsExactly(figures(expected.figures()));
      }
      // The rows add up to the printed total.
      long[] sum = new long[5];
      for (String line : rows) {
        Matcher row = COMMUNITY.matcher(line);
        assertThat(row.matches()).isTrue();
        long[] f = figures(row, 3);
        for (int i = 0; i < 5; i++) {
          sum[i] += f[i];
        }
      }
      assertThat(sum).containsExactly(774, 143, 622, 24_300, 76_000);
    }
  }

  @Test
  void hasBilingualHeadingsAndTheConclusion() {
    String report = report(Jiading.DEFAULT_SEED);

    assertThat(report)
        .contains("Jiading Industrial Zone", "嘉定工业区")
        .contains("楼组团队")
        .contains("Community", "Buildings", "Groups", "Leaders+members", "Households", "People")
        .contains("社区", "自然楼", "楼组", "一长五员", "户数", "人口")
        .contains("seed " + Jiading.DEFAULT_SEED)
        .contains("The totals equal the published figures.")
        .contains("合计与公布数一致")
        .doesNotContain("DIFFER");
    List<String> lines = lines(report);
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l.split("\\s+"))
                .containsExactly(
                    "Community", "Buildings", "Groups", "Leaders+members", "Households",
                    "People"));
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l.split("\\s+"))
                .containsExactly("社区", "自然楼", "楼组", "一长五员", "户数", "人口"));
  }

  @Test
  void tableRowsEndInTheSameTerminalColumn() {
    List<String> rows =
        lines(report(Jiading.DEFAULT_SEED)).stream()
            .filter(
                l -> l.startsWith("Community")
                    || l.startsWith("社区")
                    || COMMUNITY.matcher(l).matches()
                    || l.startsWith("Total")
                    || l.startsWith("Published"))
            .toList();

    assertThat(rows).hasSize(2 + 14 + 2);
    int width = displayWidth(rows.get(0));
    assertThat(rows).allSatisfy(row -> assertThat(displayWidth(row)).as(row).isEqualTo(width));
  }

  @Test
  void outputIsTheSameForTheSameSeedAndDiffersForAnother() {
    assertThat(report(7)).isEqualTo(report(7)).contains("seed 7").isNotEqualTo(report(8));
  }

  /** Terminal columns: Han characters take two, everything else in this report one. */
  private static int displayWidth(String text) {
    return text.codePoints()
        .map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1)
        .sum();
  }
}
