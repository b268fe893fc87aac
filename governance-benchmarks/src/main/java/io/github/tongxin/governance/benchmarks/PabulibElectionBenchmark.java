package io.github.tongxin.governance.benchmarks;

import io.github.tongxin.governance.budgeting.BudgetOutcome;
import io.github.tongxin.governance.budgeting.BudgetRule;
import io.github.tongxin.governance.budgeting.BudgetRules;
import io.github.tongxin.governance.budgeting.Pabulib;
import io.github.tongxin.governance.budgeting.PabulibFile;
import io.github.tongxin.governance.budgeting.TieBreaking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every budgeting rule that applies to the two largest real approval elections, Warszawa 2020
 * Mokotów (12,021 voters) and Łódź 2022 (90,494 voters), read from {@code ../shared/data/pabulib}
 * (or {@code -Dtongxin.pabulib=FOLDER}). The README compares the scores with pabutools' times in
 * the reference files; {@code greedy_cost_sat} is the same-run baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PabulibElectionBenchmark {
  /** The election's file name without {@code .pb}. */
  @Param({"Poland_Warszawa_2020_Mokotow", "Poland_Lodz_2022"})
  public String election;

  /** The rule's pabutools id. */
  @Param({
    "greedy_cost_sat",
    "greedy_cardinality_sat",
    "mes_cost_sat",
    "mes_cardinality_sat",
    "mes_cost_sat_add1",
    "mes_cost_sat_add1_greedy_cost",
    "sequential_phragmen",
    "max_welfare_cost_sat"
  })
  public String rule;

  private PabulibFile file;
  private BudgetRule budgetRule;

  /** Reads the election and looks the rule up. */
  @Setup
  public void setUp() {
    budgetRule = BudgetRules.byId(rule).orElseThrow(() -> new IllegalStateException("no rule " + rule));
    file = read(election);
  }

  /**
   * Applies the rule with pabutools' default tie-breaking.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome apply() {
    return budgetRule.apply(file.instance(), file.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();
  }

  /**
   * Reads an election of {@code ../shared/data/pabulib} (or {@code -Dtongxin.pabulib=FOLDER}).
   *
   * @param election the file name without {@code .pb}
   * @return the election
   */
  static PabulibFile read(String election) {
    String configured = System.getProperty("tongxin.pabulib");
    Path folder = configured != null ? Path.of(configured) : Path.of("..", "shared", "data", "pabulib");
    Path path = folder.resolve(election + ".pb");
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "election not found at " + path.toAbsolutePath() + "; run from the project root or set -Dtongxin.pabulib=FOLDER");
    }
    try {
      return Pabulib.readOrThrow(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
