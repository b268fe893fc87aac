package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.ResidentId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidates of one ballot paper, checked against the rules: every candidate a registered
 * voter who neither counts nor scrutinises, each listed once, and the number of candidates of
 * each contest within its margin (差额). On one paper ({@link BallotLayout#ONE_PAPER}) the slate
 * holds every contest that has seats and a person stands in one contest only; on separate
 * papers, a slate holds one contest.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Decision<CandidateSlate> slate = CandidateSlate.check(rules, electorate, staff, candidates);
 * slate.violations(); // e.g. TOO_FEW_CANDIDATES: members: 5 candidates for 5 seats ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CandidateSlate {
  private final ImmutableList<Candidate> candidates;
  private final ImmutableSet<Contest> contests;

  private CandidateSlate(ImmutableList<Candidate> candidates, ImmutableSet<Contest> contests) {
    this.candidates = candidates;
    this.contests = contests;
  }

  /**
   * Checks a slate; every rule is evaluated and every violation reported.
   *
   * @param rules the rules (seats, margins, layout)
   * @param electorate the register
   * @param staff the counters and scrutineers
   * @param candidates the candidates
   * @return the slate, or the violations
   * @throws NullPointerException if an argument or candidate is null
   */
  public static Decision<CandidateSlate> check(
      ElectionRules rules, Electorate electorate, ElectionStaff staff, Iterable<Candidate> candidates) {
    checkNotNull(rules, "rules");
    checkNotNull(electorate, "electorate");
    checkNotNull(staff, "staff");
    ImmutableList<Candidate> list = ImmutableList.copyOf(checkNotNull(candidates, "candidates"));
    List<Violation> violations = new ArrayList<>();
    Set<ResidentId> seen = new HashSet<>();
    Set<Contest> contests = EnumSet.noneOf(Contest.class);
    for (Candidate candidate : list) {
      ResidentId who = candidate.resident();
      contests.add(candidate.contest());
      if (!electorate.contains(who)) {
        violations.add(
            Violation.of(
                ElectionCode.CANDIDATE_NOT_A_VOTER,
                who + " (" + candidate.contest().englishName() + ") is not a registered voter"));
      }
      if (!seen.add(who)) {
        violations.add(
            Violation.of(ElectionCode.CANDIDATE_TWICE, who + " is listed twice on one paper"));
      }
      if (staff.includes(who)) {
        violations.add(
            Violation.of(
                ElectionCode.CANDIDATE_IS_STAFF, who + " is a candidate and counts or scrutinises"));
      }
    }
    if (rules.ballotLayout() == BallotLayout.ONE_PAPER) {
      for (Contest contest : Contest.values()) {
        if (rules.seats(contest) > 0 && !contests.contains(contest)) {
          violations.add(
              Violation.of(
                  ElectionCode.CONTEST_MISSING,
                  contest.englishName() + " has " + rules.seats(contest) + " seats but no candidates"));
        }
      }
    } else if (contests.size() != 1) {
      violations.add(
          Violation.of(
              ElectionCode.CONTEST_MISSING,
              "a separate paper holds exactly one contest, this one " + contests));
    }
    for (Contest contest : contests) {
      long count = list.stream().filter(c -> c.contest() == contest).count();
      int seats = rules.seats(contest);
      int low = contest == Contest.LEADER ? rules.leaderSurplusMinimum() : rules.memberSurplusMinimum();
      int high = contest == Contest.LEADER ? rules.leaderSurplusMaximum() : rules.memberSurplusMaximum();
      boolean equal = rules.candidacy() == CandidacyRule.EQUAL_ALLOWED && count == seats;
      if (!equal && count < seats + low) {
        violations.add(
            Violation.of(
                ElectionCode.TOO_FEW_CANDIDATES,
                contest.englishName() + ": " + count + " candidates for " + seats
                    + " seats; at least " + (seats + low) + " (seats + " + low + ")"));
      }
      if (count > seats + high) {
        violations.add(
            Violation.of(
                ElectionCode.TOO_MANY_CANDIDATES,
                contest.englishName() + ": " + count + " candidates for " + seats
                    + " seats; at most " + (seats + high) + " (seats + " + high + ")"));
      }
    }
    if (!violations.isEmpty()) {
      return Decision.rejected(violations);
    }
    return Decision.accepted(new CandidateSlate(list, ImmutableSet.copyOf(contests)));
  }

  /**
   * All candidates, in the order given.
   *
   * @return the candidates
   */
  public ImmutableList<Candidate> candidates() {
    return candidates;
  }

  /**
   * The contests on this paper, leader first.
   *
   * @return the contests
   */
  public ImmutableSet<Contest> contests() {
    return ImmutableSet.copyOf(EnumSet.copyOf(contests));
  }

  /**
   * The candidates of one contest, in the order given.
   *
   * @param contest the contest
   * @return their ids; empty if the contest is not on this paper
   * @throws NullPointerException if {@code contest} is null
   */
  public ImmutableList<ResidentId> candidates(Contest contest) {
    checkNotNull(contest, "contest");
    return candidates.stream()
        .filter(c -> c.contest() == contest)
        .map(Candidate::resident)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A summary listing the candidates per contest.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "CandidateSlate" + candidates;
  }
}
