package io.github.tongxin.governance.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.election.ElectionGenerators.Election;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The count over generated elections (see {@link ElectionGenerators#elections()}). */
class TallyProperties {
  private static final int EXAMPLES = 300;

  private static RoundResult count(Election e) {
    return Tally.count(e.rules(), e.electorate(), e.slate(), e.round());
  }

  @Test
  void theGeneratorMakesVariedElections() {
    int[] seen = new int[4];
    qt().withExamples(EXAMPLES)
        .forAll(ElectionGenerators.elections())
        .checkAssert(
            e -> {
              RoundResult result = count(e);
              seen[result.isValid() ? 0 : 1]++;
              if (result.contests().values().stream().anyMatch(c -> c.voidBallots() > 0)) {
                seen[2]++;
              }
              if (result.contests().values().stream().anyMatch(c -> !c.elected().isEmpty())) {
                seen[3]++;
              }
            });
    // valid and void rounds, contest-void ballots and winners all occur
    assertThat(Arrays.stream(seen).boxed().toList()).allMatch(count -> count > 0);
  }

  @Test
  void permutingBallotsAndPollBookLinesNeverChangesTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(ElectionGenerators.elections(), range(0, Integer.MAX_VALUE))
        .checkAssert(
            (e, seed) -> {
              Random random = new Random(seed);
              List<Attendance> pollBook = new ArrayList<>(e.round().attendance());
              List<Ballot> ballots = new ArrayList<>(e.round().ballots());
              Collections.shuffle(pollBook, random);
              Collections.shuffle(ballots, random);
              RoundResult original = count(e);
              RoundResult permuted =
                  Tally.count(
                      e.rules(),
                      e.electorate(),
                      e.slate(),
                      Round.of(pollBook, e.round().proxies(), ballots));
              assertThat(permuted.status()).isEqualTo(original.status());
              assertThat(permuted.voted()).isEqualTo(original.voted());
              assertThat(permuted.collected()).isEqualTo(original.collected());
              assertThat(permuted.contests()).isEqualTo(original.contests());
              assertThat(permuted.report()).isEqualTo(original.report());
              // violations are listed in the order found: the same ones, perhaps in another order
              assertThat(permuted.violations())
                  .containsExactlyInAnyOrderElementsOf(original.violations());
            });
  }

  @Test
  void everyoneElectedOnTheFirstBallotHasMoreThanHalfOfTheBase() {
    qt().withExamples(EXAMPLES)
        .forAll(ElectionGenerators.elections())
        .checkAssert(
            e -> {
              RoundResult result = count(e);
              for (ContestResult contest : result.contests().values()) {
                int expectedBase =
                    e.rules().voidBallots() == VoidBallotPolicy.EXCLUDED
                        ? result.voted() - contest.voidBallots()
                        : result.voted();
                assertThat(contest.base()).isEqualTo(expectedBase);
                for (ResidentId p : contest.elected()) {
                  assertThat(2L * contest.votes().get(p)).isGreaterThan(contest.base());
                }
                for (ResidentId p : contest.tied()) {
                  assertThat(2L * contest.votes().get(p)).isGreaterThan(contest.base());
                }
                for (Map.Entry<ResidentId, Integer> v : contest.votes().entrySet()) {
                  if (2L * v.getValue() <= contest.base()) {
                    assertThat(contest.elected()).doesNotContain(v.getKey());
                  }
                }
              }
            });
  }

  @Test
  void aBallotVoidForAContestNeverContributesAVote() {
    qt().withExamples(EXAMPLES)
        .forAll(ElectionGenerators.elections())
        .checkAssert(
            e -> {
              RoundResult result = count(e);
              if (!result.isValid()) {
                return;
              }
              ContestResult leader = result.contest(Contest.LEADER).orElseThrow();
              Recount leaderModel = recount(e, Contest.LEADER, Set.of());
              assertThat(leader.voidBallots()).isEqualTo(leaderModel.voidBallots);
              assertThat(leader.votes()).isEqualTo(leaderModel.votes);

              ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
              Recount memberModel = recount(e, Contest.MEMBERS, Set.copyOf(leader.elected()));
              assertThat(members.voidBallots()).isEqualTo(memberModel.voidBallots);
              assertThat(members.votes()).isEqualTo(memberModel.votes);
            });
  }

  /** Votes and void ballots of a contest, recomputed from the ballots independently of Tally. */
  private record Recount(Map<ResidentId, Integer> votes, int voidBallots) {}

  private static Recount recount(Election e, Contest contest, Set<ResidentId> electedLeaders) {
    int seats = e.rules().seats(contest);
    List<ResidentId> candidates =
        contest == Contest.LEADER ? e.leaderCandidates() : e.memberCandidates();
    Map<ResidentId, Integer> votes = new LinkedHashMap<>();
    candidates.forEach(c -> votes.put(c, 0));
    int voidBallots = 0;
    for (Ballot ballot : e.round().ballots()) {
      Set<ResidentId> chosen = votesFor(e, ballot, contest, seats);
      if (chosen == null) {
        voidBallots++;
        continue;
      }
      if (contest == Contest.MEMBERS && e.rules().higherOfficeVotes() == HigherOfficeVotes.ADDED) {
        Set<ResidentId> leaderChoice = votesFor(e, ballot, Contest.LEADER, e.rules().leaderSeats());
        if (leaderChoice != null) {
          chosen.addAll(leaderChoice);
        }
      }
      for (ResidentId p : chosen) {
        votes.merge(p, 1, Integer::sum);
      }
    }
    votes.keySet().removeAll(electedLeaders);
    return new Recount(votes, voidBallots);
  }

  /**
   * Who a ballot votes for in a contest (FOR marks, all on the slate in generated ballots, and
   * write-ins of registered voters), or null if it names more people than seats.
   */
  private static Set<ResidentId> votesFor(Election e, Ballot ballot, Contest contest, int seats) {
    ContestMarks marks = ballot.marks(contest);
    Set<ResidentId> named = new LinkedHashSet<>();
    marks
        .marks()
        .forEach(
            (who, mark) -> {
              if (mark == Mark.FOR) {
                named.add(who);
              }
            });
    named.addAll(marks.writeIns());
    if (named.size() > seats) {
      return null;
    }
    named.removeIf(p -> !e.electorate().contains(p));
    return named;
  }

  @Test
  void countingTwiceGivesEqualResults() {
    qt().withExamples(EXAMPLES)
        .forAll(ElectionGenerators.elections())
        .checkAssert(e -> assertThat(count(e)).isEqualTo(count(e)));
  }

  @Test
  void theElectedNeverExceedTheSeatsAndAreDistinctVoters() {
    qt().withExamples(EXAMPLES)
        .forAll(ElectionGenerators.elections())
        .checkAssert(
            e -> {
              RoundResult result = count(e);
              Set<ResidentId> everyone = new HashSet<>();
              for (ContestResult contest : result.contests().values()) {
                assertThat(contest.elected()).doesNotHaveDuplicates();
                assertThat(contest.elected().size() + contest.tiedSeats())
                    .isLessThanOrEqualTo(contest.seats());
                assertThat(contest.unfilledSeats())
                    .isEqualTo(contest.seats() - contest.elected().size() - contest.tiedSeats());
                assertThat(Collections.disjoint(contest.tied(), contest.elected())).isTrue();
                if (contest.tiedSeats() > 0) {
                  assertThat(contest.tied()).hasSizeGreaterThan(contest.tiedSeats());
                } else {
                  assertThat(contest.tied()).isEmpty();
                }
                assertThat(
                        Collections.disjoint(contest.supplementaryCandidates(), contest.elected()))
                    .isTrue();
                assertThat(contest.supplementaryCandidates()).doesNotHaveDuplicates();
                if (contest.unfilledSeats() > 0) {
                  assertThat(contest.supplementaryCandidates().size())
                      .isGreaterThanOrEqualTo(
                          Math.min(
                              contest.unfilledSeats() + e.rules().supplementarySurplus(),
                              contest.votes().size() - contest.elected().size()));
                }
                for (ResidentId p : contest.elected()) {
                  assertThat(e.electorate().contains(p)).isTrue();
                  assertThat(everyone.add(p)).as("%s elected twice", p).isTrue();
                }
              }
              CouncilOutcome outcome =
                  CouncilOutcome.of(e.rules(), e.electorate(), result.contests().values());
              assertThat(outcome.council().filledSeats()).isEqualTo(everyone.size());
              assertThat(outcome.vacantSeats())
                  .isEqualTo(e.rules().leaderSeats() + e.rules().memberSeats() - everyone.size());
            });
  }

  @Test
  void supplementaryWinnersHaveAThirdOfTheBallotsCast() {
    qt().withExamples(EXAMPLES)
        .forAll(ElectionGenerators.elections())
        .checkAssert(
            e -> {
              RoundResult first = count(e);
              for (ContestResult contest : first.contests().values()) {
                if (contest.unfilledSeats() == 0) {
                  continue;
                }
                // the same papers serve as the supplementary ballot
                RoundResult second =
                    Tally.countSupplementary(
                        e.rules(),
                        e.electorate(),
                        contest.contest(),
                        contest.unfilledSeats(),
                        contest.supplementaryCandidates(),
                        e.round());
                assertThat(second.status()).isEqualTo(first.status());
                ContestResult supplementary = second.contest(contest.contest()).orElseThrow();
                assertThat(supplementary.base()).isEqualTo(e.round().ballots().size());
                assertThat(supplementary.votes().keySet())
                    .containsExactlyInAnyOrderElementsOf(contest.supplementaryCandidates());
                assertThat(supplementary.elected().size() + supplementary.tiedSeats())
                    .isLessThanOrEqualTo(contest.unfilledSeats());
                assertThat(supplementary.elected()).doesNotHaveDuplicates();
                for (ResidentId p : supplementary.elected()) {
                  assertThat(3L * supplementary.votes().get(p))
                      .isGreaterThanOrEqualTo(supplementary.base());
                }
              }
            });
  }
}
