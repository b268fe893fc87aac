package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.community.Adjacency;
import io.github.tongxin.governance.community.BuildingId;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.Coverage;
import io.github.tongxin.governance.community.CoverageFigures;
import io.github.tongxin.governance.community.GroupFormation;
import io.github.tongxin.governance.community.GroupPartition;
import io.github.tongxin.governance.community.Jiading;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.community.SitePlan;
import io.github.tongxin.governance.community.Zone;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The README's code example: form building groups from a site plan, then look at the synthetic
 * Jiading zone's coverage and at why one council leader belongs to two circles.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where the results go
   */
  public static void run(PrintStream out) {
    // README begin
    BuildingId b1 = BuildingId.of("B1"), b2 = BuildingId.of("B2");
    BuildingId b3 = BuildingId.of("B3"), b4 = BuildingId.of("B4");
    SitePlan plan = SitePlan.of(                                  // 100 households each, in a row
        Map.of(b1, 100, b2, 100, b3, 100, b4, 100),
        List.of(Adjacency.of(b1, b2), Adjacency.of(b2, b3), Adjacency.of(b3, b4)));
    GroupPartition groups = GroupFormation.standard().partition(plan);
    out.println(groups.groups());      // [B1, B2] and [B3, B4], 200 households each
    out.println(groups.violations());  // []: both within 150..250

    Zone jiading = Jiading.syntheticZone().zone();               // seeded, published totals
    CoverageFigures total = Coverage.of(jiading).total();
    out.println(total.buildingGroups() + " groups, " + total.people() + " people");
    Community c01 = jiading.communities().get(0);
    ResidentId leader = c01.groups().get(0).council().leaders().iterator().next();
    out.println(c01.affiliationsOf(leader));  // middle circle (leader) and outer (resident)
    // README end
  }
}
