package io.github.tongxin.governance.benchmarks;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.BuildingGroup;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.Jiading;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.election.Attendance;
import io.github.tongxin.governance.election.Ballot;
import io.github.tongxin.governance.election.Candidate;
import io.github.tongxin.governance.election.CandidateSlate;
import io.github.tongxin.governance.election.Contest;
import io.github.tongxin.governance.election.ContestMarks;
import io.github.tongxin.governance.election.ElectionRules;
import io.github.tongxin.governance.election.ElectionStaff;
import io.github.tongxin.governance.election.Electorate;
import io.github.tongxin.governance.election.Mark;
import io.github.tongxin.governance.election.Nomination;
import io.github.tongxin.governance.election.Round;
import io.github.tongxin.governance.election.RoundResult;
import io.github.tongxin.governance.election.Tally;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The statutory tally of all 143 building groups of the synthetic Jiading zone (76,000
 * residents): one simulated first ballot per group (2 leader and 7 member candidates, about 70%
 * turnout, for / against / abstain marks), prepared in setup.
 *
 * <p>{@code tallyJiading} counts every group with {@link Tally#count}, report included. The
 * baseline {@code sumMarksJiading} only adds up the "for" marks of every ballot, the floor of
 * any count. Report {@code tallyJiading / sumMarksJiading}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatutoryTallyBenchmark {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

  private final ElectionRules rules = ElectionRules.defaults();
  private final List<Electorate> electorates = new ArrayList<>();
  private final List<CandidateSlate> slates = new ArrayList<>();
  private final List<Round> rounds = new ArrayList<>();

  /** Builds the zone and one simulated round per group. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(11);
    for (Community community : Jiading.syntheticZone().zone().communities()) {
      for (BuildingGroup group : community.groups()) {
        Electorate electorate = Electorate.of(community, group.id(), DAY, rules);
        List<ResidentId> voters = new ArrayList<>(electorate.voters());
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
          candidates.add(
              Candidate.of(voters.get(i), i < 2 ? Contest.LEADER : Contest.MEMBERS, Nomination.VOTERS_JOINTLY));
        }
        CandidateSlate slate =
            CandidateSlate.check(rules, electorate, ElectionStaff.of(List.of(), List.of()), candidates)
                .valueOrThrow();
        List<Attendance> attendance = new ArrayList<>();
        List<Ballot> ballots = new ArrayList<>();
        for (ResidentId voter : voters) {
          if (random.nextInt(100) >= 70) {
            continue;
          }
          attendance.add(Attendance.inPerson(voter));
          ImmutableMap.Builder<ResidentId, Mark> leader = ImmutableMap.builder();
          ImmutableMap.Builder<ResidentId, Mark> members = ImmutableMap.builder();
          boolean first = random.nextInt(100) < 60;
          leader.put(voters.get(0), first ? Mark.FOR : Mark.AGAINST);
          leader.put(voters.get(1), first ? Mark.ABSTAIN : Mark.FOR);
          for (int i = 2; i < 9; i++) {
            members.put(voters.get(i), random.nextInt(100) < 75 - 5 * i ? Mark.FOR : Mark.ABSTAIN);
          }
          ballots.add(
              Ballot.of(
                  ImmutableMap.of(
                      Contest.LEADER, new ContestMarks(leader.buildOrThrow(), ImmutableSet.of()),
                      Contest.MEMBERS, new ContestMarks(members.buildOrThrow(), ImmutableSet.of()))));
        }
        electorates.add(electorate);
        slates.add(slate);
        rounds.add(Round.of(attendance, List.of(), ballots));
      }
    }
  }

  /**
   * Counts every group.
   *
   * @return the number of people elected, so that the work is not optimised away
   */
  @Benchmark
  public int tallyJiading() {
    int elected = 0;
    for (int g = 0; g < rounds.size(); g++) {
      RoundResult result = Tally.count(rules, electorates.get(g), slates.get(g), rounds.get(g));
      for (Contest contest : Contest.values()) {
        elected += result.contest(contest).map(r -> r.elected().size()).orElse(0);
      }
    }
    return elected;
  }

  /**
   * The baseline: adds up the "for" marks of every ballot.
   *
   * @return the number of marks
   */
  @Benchmark
  public int sumMarksJiading() {
    int marks = 0;
    for (Round round : rounds) {
      for (Ballot ballot : round.ballots()) {
        for (ContestMarks contest : ballot.contests().values()) {
          for (Mark mark : contest.marks().values()) {
            if (mark == Mark.FOR) {
              marks++;
            }
          }
        }
      }
    }
    return marks;
  }
}
