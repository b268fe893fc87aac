package io.github.tongxin.governance.election.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A quick timing of seq-PAV and exact PAV at the sizes of the planned JMH benchmarks, on
 * impartial-culture profiles (each voter approves each candidate with probability p). Not a test:
 * run it by hand, e.g. from {@code governance-core} after {@code mvn test-compile}:
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.github.tongxin.governance.election.rules.ThieleFamilyTiming
 * }</pre>
 *
 * <p>It reports thread CPU time (less disturbed by other processes than wall time), the best of a
 * few runs per profile, mean and maximum over ten seeded profiles, after a warm-up.
 */
final class ThieleFamilyTiming {
  private ThieleFamilyTiming() {}

  static ApprovalProfile impartialCulture(int voters, int candidates, double p, long seed) {
    Random random = new Random(seed);
    List<List<Integer>> ballots = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      List<Integer> ballot = new ArrayList<>();
      for (int c = 0; c < candidates; c++) {
        if (random.nextDouble() < p) {
          ballot.add(c);
        }
      }
      ballots.add(ballot);
    }
    return ApprovalProfile.of(candidates, ballots);
  }

  public static void main(String[] args) {
    for (String id : List.of("seqpav", "pav")) {
      time(id, 200, 20, 6, 0.3, false);
      for (double p : new double[] {0.1, 0.2, 0.3}) {
        time(id, 100, 100, 30, p, false);
      }
    }
    time("pav", 100, 100, 30, 0.2, true);
  }

  private static void time(String id, int n, int m, int k, double p, boolean irresolute) {
    CommitteeRule rule = CommitteeRules.byId(id).orElseThrow();
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    int seeds = 10;
    List<ApprovalProfile> profiles = new ArrayList<>();
    for (int s = 0; s < seeds; s++) {
      profiles.add(impartialCulture(n, m, p, s));
    }
    int repeats = id.startsWith("seq") ? 200 : 3;
    for (int warm = 0; warm < 3; warm++) {
      for (ApprovalProfile profile : profiles) {
        run(rule, profile, k, irresolute);
      }
    }
    double total = 0;
    double worst = 0;
    for (ApprovalProfile profile : profiles) {
      double best = Double.MAX_VALUE;
      for (int r = 0; r < repeats; r++) {
        long start = clock.getCurrentThreadCpuTime();
        run(rule, profile, k, irresolute);
        best = Math.min(best, (clock.getCurrentThreadCpuTime() - start) / 1e6);
      }
      total += best;
      worst = Math.max(worst, best);
    }
    System.out.printf(
        Locale.ROOT,
        "%-7s %-10s n=%3d m=%3d k=%2d p=%.1f: mean %8.3f ms, max %8.3f ms%n",
        id,
        irresolute ? "irresolute" : "resolute",
        n,
        m,
        k,
        p,
        total / seeds,
        worst);
  }

  private static void run(CommitteeRule rule, ApprovalProfile profile, int k, boolean all) {
    if (all) {
      rule.irresolute(profile, k);
    } else {
      rule.resolute(profile, k);
    }
  }
}
