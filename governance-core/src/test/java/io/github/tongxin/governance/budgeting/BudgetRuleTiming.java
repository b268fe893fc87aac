package io.github.tongxin.governance.budgeting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A quick warm timing of the budgeting rules on the real elections of {@code
 * ../shared/data/pabulib} beside pabutools' times from the reference files; an optional second
 * argument keeps only the rules whose id starts with it (e.g. {@code mes_}). Not a test (the conformance test prints first
 * runs in a cold JVM): run it by hand from {@code governance-core} after {@code mvn test-compile}:
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.github.tongxin.governance.budgeting.BudgetRuleTiming ../../shared/data/pabulib mes_
 * }</pre>
 *
 * <p>It reports thread CPU time, the best of five runs after two warm-up runs.
 */
final class BudgetRuleTiming {
  private BudgetRuleTiming() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "../../shared/data/pabulib");
    String prefix = args.length > 1 ? args[1] : "";
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    List<PabutoolsReference> references = PabutoolsReference.readAll(folder);
    for (PabutoolsReference reference : references) {
      PabulibFile file =
          Pabulib.readOrThrow(
              Files.readString(folder.resolve(reference.file()), StandardCharsets.UTF_8));
      for (PabutoolsReference.Result expected : reference.results()) {
        BudgetRule rule = BudgetRules.byId(expected.rule()).orElse(null);
        if (rule == null || !rule.id().startsWith(prefix)) {
          continue;
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
          long start = clock.getCurrentThreadCpuTime();
          rule.apply(file.instance(), file.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();
          double seconds = (clock.getCurrentThreadCpuTime() - start) / 1e9;
          if (run >= 2) {
            best = Math.min(best, seconds);
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%-36.36s %-44s ours %9.4f s   pabutools %9.4f s%n",
            reference.instance(),
            expected.rule(),
            best,
            expected.wallSecondsMin());
      }
    }
  }
}
