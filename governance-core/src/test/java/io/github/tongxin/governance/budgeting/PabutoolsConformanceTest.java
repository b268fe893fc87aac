package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every budgeting rule on every real election in {@code ../shared/data/pabulib}, against
 * pabutools' outcome: winners, selection order, total cost, leftover and exhaustiveness, with the
 * default (lexicographic) tie-breaking; for the Method of Equal Shares also that the payments
 * pay exactly for the projects MES funded. Every rule the reference files name must be
 * registered. Prints a per-rule table with our time beside pabutools' (best of its runs, from
 * the reference file).
 */
class PabutoolsConformanceTest {
  private static Path folder;
  private static ImmutableList<PabutoolsReference> references;
  private static final Map<String, PabulibFile> FILES = new HashMap<>();

  /**
   * Rules whose pabutools allocation comes back sorted by project id, not in selection order:
   * {@code sequential_phragmen} sorts its allocation before returning it ({@code alloc.sort()}),
   * so its reference "selection order" is the sorted winners; ours keeps the order of the rounds.
   */
  private static final Set<String> REPORTED_SORTED = Set.of("sequential_phragmen");

  @BeforeAll
  static void read() throws Exception {
    folder = SharedData.folder("pabulib");
    references = PabutoolsReference.readAll(folder);
    for (PabutoolsReference reference : references) {
      String text = Files.readString(folder.resolve(reference.file()), StandardCharsets.UTF_8);
      FILES.put(reference.instance(), Pabulib.readOrThrow(text));
    }
  }

  @Test
  void readsNineReferenceFiles() {
    assertThat(references).hasSize(9);
  }

  @Test
  void everyImplementedRuleReproducesPabutools() {
    Map<String, int[]> tally = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    StringBuilder times = new StringBuilder();
    for (PabutoolsReference reference : references) {
      PabulibFile file = FILES.get(reference.instance());
      for (PabutoolsReference.Result expected : reference.results()) {
        BudgetRule rule = BudgetRules.byId(expected.rule()).orElse(null);
        if (rule == null) {
          failures.add(reference.instance() + " " + expected.rule() + ": not registered");
          continue;
        }
        int[] counts = tally.computeIfAbsent(expected.rule(), id -> new int[2]);
        counts[1]++;
        long start = System.nanoTime();
        Decision<BudgetOutcome> decision;
        try {
          decision = rule.apply(file.instance(), file.profile(), TieBreaking.LEXICOGRAPHIC);
        } catch (RuntimeException e) {
          failures.add(reference.instance() + " " + expected.rule() + ": threw " + e);
          continue;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        times.append(
            String.format(
                Locale.ROOT,
                "  %-45s %-40s ours %8.3f s   pabutools %9.3f s%n",
                reference.instance().length() > 45 ? reference.instance().substring(0, 45) : reference.instance(),
                expected.rule(),
                seconds,
                expected.wallSecondsMin()));
        String problem = compare(file, expected, decision);
        if (problem == null) {
          counts[0]++;
        } else {
          failures.add(reference.instance() + " " + expected.rule() + ": " + problem);
        }
      }
    }
    StringBuilder report = new StringBuilder("pabutools conformance, passed/checked per rule:\n");
    tally.forEach(
        (rule, c) -> report.append(String.format(Locale.ROOT, "  %-45s %d/%d%n", rule, c[0], c[1])));
    System.out.print(report);
    System.out.print("times (first run in this JVM):\n" + times);
    assertThat(failures).as(report.toString()).isEmpty();
  }

  private static String compare(
      PabulibFile file, PabutoolsReference.Result expected, Decision<BudgetOutcome> decision) {
    if (!decision.isAccepted()) {
      return "rejected: " + decision.violations();
    }
    BudgetOutcome outcome = decision.valueOrThrow();
    List<String> winners = outcome.winners().stream().map(ProjectId::value).toList();
    List<String> order = outcome.selectionOrder().stream().map(ProjectId::value).toList();
    if (!winners.equals(expected.winners())) {
      return "winners " + winners + ", expected " + expected.winners();
    }
    if (REPORTED_SORTED.contains(expected.rule())) {
      order = outcome.winners().stream().map(ProjectId::value).toList();
    }
    if (!order.equals(expected.selectionOrder())) {
      return "selection order " + order + ", expected " + expected.selectionOrder();
    }
    if (outcome.totalCost().compareTo(expected.totalCost()) != 0) {
      return "total cost " + outcome.totalCost() + ", expected " + expected.totalCost();
    }
    if (outcome.leftover().compareTo(expected.leftover()) != 0) {
      return "leftover " + outcome.leftover() + ", expected " + expected.leftover();
    }
    if (outcome.isExhaustive() != expected.exhaustive()) {
      return "exhaustive " + outcome.isExhaustive() + ", expected " + expected.exhaustive();
    }
    return expected.rule().startsWith("mes_") ? checkPayments(file, outcome) : null;
  }

  /**
   * The payments of an MES outcome: one map per voter, only for funded projects, summing exactly
   * to each paid project's cost, and covering every funded project of positive cost unless a
   * greedy completion (which pays nothing) follows MES.
   */
  private static String checkPayments(PabulibFile file, BudgetOutcome outcome) {
    if (outcome.payments().size() != file.profile().voters()) {
      return outcome.payments().size() + " payment maps for " + file.profile().voters() + " voters";
    }
    Map<ProjectId, Fraction> paid = new HashMap<>();
    for (Map<ProjectId, Fraction> voter : outcome.payments()) {
      voter.forEach((project, amount) -> paid.merge(project, amount, Fraction::plus));
    }
    for (Map.Entry<ProjectId, Fraction> entry : paid.entrySet()) {
      if (!outcome.selectionOrder().contains(entry.getKey())) {
        return "payments for " + entry.getKey() + ", which is not funded";
      }
      Fraction cost = Fraction.of(file.instance().project(entry.getKey()).cost());
      if (!entry.getValue().equals(cost)) {
        return "payments for " + entry.getKey() + " sum to " + entry.getValue() + ", not " + cost;
      }
    }
    boolean completed = outcome.rule().contains("greedy");
    for (ProjectId funded : outcome.selectionOrder()) {
      boolean free = file.instance().project(funded).cost().signum() == 0;
      if (!paid.containsKey(funded) && !completed && !free) {
        return "no payments for " + funded;
      }
    }
    return null;
  }
}
