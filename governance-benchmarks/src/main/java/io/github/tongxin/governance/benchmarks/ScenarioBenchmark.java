package io.github.tongxin.governance.benchmarks;

import io.github.tongxin.governance.scenario.Scenario;
import io.github.tongxin.governance.scenario.ScenarioResult;
import io.github.tongxin.governance.scenario.Sweep;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Runs of the Jiading scenario (143-group zone of 24,300 households; group formation, council
 * elections, proposals, 7,000-odd ballots and greedy budgeting per run). {@link #oneRun} times a
 * single run; {@link #sweep} times 10,000 runs as one {@link Sweep} on {@code threads} threads
 * (single shot: one sweep per iteration), for the goal of under 60 s on two cores and the scaling
 * with threads; {@link #baselineDraws} draws as many random numbers as one run's votes do,
 * without building anything, as the same-run baseline; {@link #baselineSweep} runs 10,000 such
 * draws through the same {@link Sweep} on {@code threads} threads, which shows how far a task
 * that allocates nothing scales on this machine.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ScenarioBenchmark {
  /** Runs in {@link #sweep}. */
  public static final int RUNS = 10_000;

  /** Worker threads of {@link #sweep}. */
  @Param({"1", "2"})
  public int threads;

  private Scenario scenario;

  /** Generates the Jiading zone and forms its groups once. */
  @Setup(Level.Trial)
  public void setUp() {
    scenario = Scenario.jiading();
    scenario.run();
  }

  /**
   * One run of the Jiading scenario.
   *
   * @return the result
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  public ScenarioResult oneRun() {
    return scenario.run();
  }

  /**
   * As many uniform draws as one run's households and projects need (24,300 × about 3), summed.
   *
   * @return the sum
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  public double baselineDraws() {
    RandomGenerator random = new java.util.SplittableRandom(threads);
    double sum = 0;
    for (int i = 0; i < 24_300 * 3; i++) {
      sum += random.nextDouble();
    }
    return sum;
  }

  /**
   * 10,000 runs of {@link #baselineDraws}'s draws as one sweep: the scaling of a task that only
   * computes.
   *
   * @return the number of runs
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public int baselineSweep() {
    return Sweep.run(
            List.of(scenario),
            RUNS,
            2024,
            (s, random) -> {
              double sum = 0;
              for (int i = 0; i < 24_300 * 3; i++) {
                sum += random.nextDouble();
              }
              return sum;
            },
            threads,
            Sweep.Listener.NONE,
            System::nanoTime)
        .size();
  }

  /**
   * 10,000 runs as one sweep.
   *
   * @return the number of runs
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public int sweep() {
    return Sweep.run(
            List.of(scenario), RUNS, 2024, (s, random) -> s.run(random), threads, Sweep.Listener.NONE, System::nanoTime)
        .size();
  }
}
