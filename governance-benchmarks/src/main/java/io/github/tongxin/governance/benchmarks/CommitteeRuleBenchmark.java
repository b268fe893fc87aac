package io.github.tongxin.governance.benchmarks;

import io.github.tongxin.governance.election.rules.ApprovalProfile;
import io.github.tongxin.governance.election.rules.Committee;
import io.github.tongxin.governance.election.rules.CommitteeRule;
import io.github.tongxin.governance.election.rules.CommitteeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * Resolute committee rules on two seeded random approval profiles: 200 voters, 20 candidates, k =
 * 6 (each voter approves each candidate with probability 1/4), and 100 voters, 100 candidates, k =
 * 30 (probability 1/10).
 *
 * <p>{@code av} (approval voting, a sort by approval count) is the baseline: report every other
 * figure as a ratio against {@code av} on the same profile. The others are sequential Phragmén,
 * the Method of Equal Shares (seq-Phragmén completion), sequential PAV and exact PAV (branch and
 * bound), all with exact rational arithmetic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CommitteeRuleBenchmark {
  /** The profile: voters x candidates, committee size. */
  @Param({"200x20k6", "100x100k30"})
  public String election;

  private ApprovalProfile profile;
  private int committeeSize;
  private final CommitteeRule av = rule("av");
  private final CommitteeRule seqPhragmen = rule("seqphragmen");
  private final CommitteeRule equalShares = rule("equal-shares");
  private final CommitteeRule seqPav = rule("seqpav");
  private final CommitteeRule pav = rule("pav");

  private static CommitteeRule rule(String id) {
    return CommitteeRules.byId(id).orElseThrow();
  }

  /** Builds the seeded profile named by {@link #election}. */
  @Setup
  public void setUp() {
    switch (election) {
      case "200x20k6" -> {
        profile = randomProfile(200, 20, 4, 1);
        committeeSize = 6;
      }
      case "100x100k30" -> {
        profile = randomProfile(100, 100, 10, 2);
        committeeSize = 30;
      }
      default -> throw new IllegalArgumentException("unknown election: " + election);
    }
  }

  /** Each voter approves each candidate with probability 1/{@code oneIn}. */
  static ApprovalProfile randomProfile(int voters, int candidates, int oneIn, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<Integer>> ballots = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      List<Integer> ballot = new ArrayList<>();
      for (int c = 0; c < candidates; c++) {
        if (random.nextInt(oneIn) == 0) {
          ballot.add(c);
        }
      }
      ballots.add(ballot);
    }
    return ApprovalProfile.of(candidates, ballots);
  }

  /**
   * Baseline: approval voting.
   *
   * @return the committee
   */
  @Benchmark
  public Committee av() {
    return av.resolute(profile, committeeSize);
  }

  /**
   * Sequential Phragmén.
   *
   * @return the committee
   */
  @Benchmark
  public Committee seqPhragmen() {
    return seqPhragmen.resolute(profile, committeeSize);
  }

  /**
   * The Method of Equal Shares with seq-Phragmén completion.
   *
   * @return the committee
   */
  @Benchmark
  public Committee equalShares() {
    return equalShares.resolute(profile, committeeSize);
  }

  /**
   * Sequential PAV.
   *
   * @return the committee
   */
  @Benchmark
  public Committee seqPav() {
    return seqPav.resolute(profile, committeeSize);
  }

  /**
   * Exact PAV (branch and bound).
   *
   * @return the committee
   */
  @Benchmark
  public Committee pav() {
    return pav.resolute(profile, committeeSize);
  }
}
