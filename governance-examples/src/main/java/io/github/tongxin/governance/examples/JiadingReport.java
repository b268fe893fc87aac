package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.community.CommunityCoverage;
import io.github.tongxin.governance.community.Coverage;
import io.github.tongxin.governance.community.CoverageFigures;
import io.github.tongxin.governance.community.GeneratedZone;
import io.github.tongxin.governance.community.Jiading;
import io.github.tongxin.governance.community.Zone;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The main example: builds the synthetic Jiading Industrial Zone (its building groups formed by
 * {@code GroupFormation}) and prints its coverage per community and in total, beside the
 * published figures.
 *
 * <p>Run it with {@code java -jar governance-examples/target/tongxin.jar jiading}.
 */
public final class JiadingReport {
  /** The seed used unless another is given. */
  public static final long DEFAULT_SEED = Jiading.DEFAULT_SEED;

  private JiadingReport() {}

  /**
   * Prints the report for the default seed to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(DEFAULT_SEED, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the report.
   *
   * @param seed the seed of the synthetic zone
   * @param out where the report goes
   */
  public static void run(long seed, PrintStream out) {
    GeneratedZone generated = Jiading.syntheticZone(seed);
    Zone zone = generated.zone();
    Coverage coverage = Coverage.of(zone);
    CoverageFigures total = coverage.total();

    out.println(zone.name().englishName() + " " + zone.name().chineseName());
    out.println("Coverage of the building groups 楼组团队覆盖情况");
    out.println("(synthetic zone, seed " + seed + "; generated to the published totals)");
    out.println();
    Table table = new Table(false, true, true, true, true, true);
    table.row("Community", "Buildings", "Groups", "Leaders+members", "Households", "People");
    table.row("社区", "自然楼", "楼组", "一长五员", "户数", "人口");
    for (CommunityCoverage line : coverage.communities()) {
      table.row(cells(line.id() + " " + line.name().chineseName(), line.figures()));
    }
    table.row(cells("Total 合计 (" + total.communities() + " communities 社区)", total));
    table.row(cells("Published 公布数 (" + Jiading.PUBLISHED.communities() + ")", Jiading.PUBLISHED));
    out.print(table.render());
    out.println();
    out.println(
        total.equals(Jiading.PUBLISHED)
            ? "The totals equal the published figures. 合计与公布数一致。"
            : "The totals DIFFER from the published figures. 合计与公布数不一致。");
  }

  private static String[] cells(String label, CoverageFigures f) {
    return new String[] {
      label,
      number(f.buildings()),
      number(f.buildingGroups()),
      number(f.electedLeadersAndMembers()),
      number(f.households()),
      number(f.people())
    };
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
