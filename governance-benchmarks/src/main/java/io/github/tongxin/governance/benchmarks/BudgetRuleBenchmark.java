package io.github.tongxin.governance.benchmarks;

import io.github.tongxin.governance.budgeting.BudgetBallot;
import io.github.tongxin.governance.budgeting.BudgetInstance;
import io.github.tongxin.governance.budgeting.BudgetOutcome;
import io.github.tongxin.governance.budgeting.BudgetProfile;
import io.github.tongxin.governance.budgeting.BudgetProject;
import io.github.tongxin.governance.budgeting.BudgetRule;
import io.github.tongxin.governance.budgeting.BudgetRules;
import io.github.tongxin.governance.budgeting.Pabulib;
import io.github.tongxin.governance.budgeting.PabulibFile;
import io.github.tongxin.governance.budgeting.ProjectId;
import io.github.tongxin.governance.budgeting.TieBreaking;
import io.github.tongxin.governance.budgeting.VoteType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Budgeting rules on a large election: greedy by votes ({@code greedy_cost_sat}, the baseline),
 * the Method of Equal Shares ({@code mes_cost_sat}) and its iterated variant ({@code
 * mes_cost_sat_add1}), each on the whole tally from ballots to outcome.
 *
 * <p>{@code instance=real} is the largest {@code .pb} file in the shared Pabulib folder (Łódź 2022,
 * about 85,000 approval ballots), read once in setup; the folder is {@code
 * ../shared/data/pabulib} beside the project root, or the system property {@code
 * tongxin.pabulib}; the benchmark fails at setup, naming the path, when it is absent. {@code
 * instance=synthetic} is a seeded random approval election (60 projects, 20,000 voters). Report
 * {@code mesCostSat / greedyCostSat} and {@code mesCostSatAdd1 / greedyCostSat}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BudgetRuleBenchmark {
  /** Which election: the largest real one, or the seeded synthetic one. */
  @Param({"real", "synthetic"})
  public String instance;

  private final BudgetRule greedy = rule("greedy_cost_sat");
  private final BudgetRule mes = rule("mes_cost_sat");
  private final BudgetRule mesAdd1 = rule("mes_cost_sat_add1");
  private BudgetInstance election;
  private BudgetProfile profile;

  /** Reads or generates the election. */
  @Setup
  public void setUp() {
    if (instance.equals("real")) {
      PabulibFile file = largestRealElection();
      election = file.instance();
      profile = file.profile();
    } else {
      synthetic(new SplittableRandom(5), 60, 20_000);
    }
  }

  /**
   * Greedy by votes, the baseline.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome greedyCostSat() {
    return greedy.apply(election, profile, TieBreaking.LEXICOGRAPHIC).valueOrThrow();
  }

  /**
   * The Method of Equal Shares with cost satisfaction.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome mesCostSat() {
    return mes.apply(election, profile, TieBreaking.LEXICOGRAPHIC).valueOrThrow();
  }

  /**
   * The iterated Method of Equal Shares ("add1"), without completion.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome mesCostSatAdd1() {
    return mesAdd1.apply(election, profile, TieBreaking.LEXICOGRAPHIC).valueOrThrow();
  }

  private static BudgetRule rule(String id) {
    return BudgetRules.byId(id).orElseThrow(() -> new IllegalStateException("no rule " + id));
  }

  private static PabulibFile largestRealElection() {
    String configured = System.getProperty("tongxin.pabulib");
    Path folder = configured != null ? Path.of(configured) : sharedPabulib();
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException(
          "Pabulib folder not found at "
              + folder.toAbsolutePath()
              + "; run from the project root with ../shared/data/pabulib beside it, or set"
              + " -Dtongxin.pabulib=<folder>, or use -p instance=synthetic");
    }
    try (Stream<Path> files = Files.list(folder)) {
      Path largest =
          files
              .filter(p -> p.toString().endsWith(".pb"))
              .max(Comparator.comparingLong(BudgetRuleBenchmark::size))
              .orElseThrow(
                  () -> new IllegalStateException("no .pb file in " + folder.toAbsolutePath()));
      return Pabulib.readOrThrow(Files.readString(largest, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code ../shared/data/pabulib} beside the first folder upwards that holds governance-core. */
  private static Path sharedPabulib() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("governance-core"))) {
      dir = dir.getParent();
    }
    Path root = dir == null ? Path.of("").toAbsolutePath() : dir;
    return root.resolve("../shared/data/pabulib").normalize();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A seeded approval election: costs from 20,000 to 1,000,000 in steps of 1,000, a budget of a
   * quarter of the total cost, and ballots of 1 to 10 projects drawn with a popularity skew.
   */
  private void synthetic(SplittableRandom random, int projects, int voters) {
    List<BudgetProject> list = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int p = 0; p < projects; p++) {
      BigDecimal cost = BigDecimal.valueOf(1_000L * random.nextInt(20, 1_001));
      total = total.add(cost);
      list.add(BudgetProject.builder().id(ProjectId.of("p" + p)).cost(cost).build());
    }
    election = BudgetInstance.of(total.divideToIntegralValue(BigDecimal.valueOf(4)), list, Map.of());
    List<BudgetBallot> ballots = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      int size = random.nextInt(1, 11);
      Set<ProjectId> approved = new LinkedHashSet<>();
      while (approved.size() < size) {
        // the square skews the draw towards low indices: some projects are far more popular
        double u = random.nextDouble();
        approved.add(ProjectId.of("p" + (int) (u * u * projects)));
      }
      ballots.add(BudgetBallot.of("v" + v, approved));
    }
    profile = BudgetProfile.of(VoteType.APPROVAL, ballots);
  }
}
