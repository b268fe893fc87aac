package io.github.tongxin.governance.benchmarks;

import io.github.tongxin.governance.budgeting.BudgetOutcome;
import io.github.tongxin.governance.budgeting.BudgetRule;
import io.github.tongxin.governance.budgeting.BudgetRules;
import io.github.tongxin.governance.budgeting.Fraction;
import io.github.tongxin.governance.budgeting.PabulibFile;
import io.github.tongxin.governance.budgeting.ProjectId;
import io.github.tongxin.governance.budgeting.TieBreaking;
import java.util.Map;
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
 * Plain MES on the two largest reference elections, followed by reading every voter's payments
 * in lowest terms: MES outcomes reduce a payment to lowest terms when it is first read, so {@link
 * PabulibElectionBenchmark} times the rule without that reduction and this benchmark times the
 * rule with it, for an honest comparison with pabutools, which keeps every amount reduced.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class MesPaymentsBenchmark {
  /** The election's file name without {@code .pb}. */
  @Param({"Poland_Warszawa_2020_Mokotow", "Poland_Lodz_2022"})
  public String election;

  /** The rule's pabutools id. */
  @Param({"mes_cost_sat", "mes_cardinality_sat"})
  public String rule;

  private PabulibFile file;
  private BudgetRule budgetRule;

  /** Reads the election and looks the rule up. */
  @Setup
  public void setUp() {
    budgetRule = BudgetRules.byId(rule).orElseThrow(() -> new IllegalStateException("no rule " + rule));
    file = PabulibElectionBenchmark.read(election);
  }

  /**
   * Applies the rule and reads every payment's numerator and denominator.
   *
   * @return the sum of the denominators' bit lengths, so that nothing is optimised away
   */
  @Benchmark
  public long applyAndReadPayments() {
    BudgetOutcome outcome =
        budgetRule.apply(file.instance(), file.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();
    long bits = 0;
    for (Map<ProjectId, Fraction> voter : outcome.payments()) {
      for (Fraction payment : voter.values()) {
        bits += payment.numerator().bitLength() + payment.denominator().bitLength();
      }
    }
    return bits;
  }
}
