package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * One ballot paper as collected from the box: anonymous, with the {@link ContestMarks} of each
 * contest on it. A contest left blank counts as no marks.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Ballot b = Ballot.of(Map.of(
 *     Contest.LEADER, ContestMarks.votesFor(List.of(r1)),
 *     Contest.MEMBERS, ContestMarks.votesFor(List.of(r2, r3)).withWriteIns(List.of(r9))));
 * }</pre>
 *
 * @param contests the marks per contest
 * @since 0.1.0
 */
public record Ballot(ImmutableMap<Contest, ContestMarks> contests) {
  /**
   * Creates a ballot.
   *
   * @param contests the marks per contest
   * @throws NullPointerException if an argument, key or value is null
   */
  public Ballot {
    contests = ImmutableMap.copyOf(checkNotNull(contests, "contests"));
  }

  /**
   * Creates a ballot.
   *
   * @param contests the marks per contest
   * @return the ballot
   * @throws NullPointerException if an argument, key or value is null
   */
  public static Ballot of(Map<Contest, ContestMarks> contests) {
    return new Ballot(ImmutableMap.copyOf(checkNotNull(contests, "contests")));
  }

  /**
   * A ballot with marks in one contest only.
   *
   * @param contest the contest
   * @param marks its marks
   * @return the ballot
   * @throws NullPointerException if an argument is null
   */
  public static Ballot of(Contest contest, ContestMarks marks) {
    return new Ballot(
        ImmutableMap.of(checkNotNull(contest, "contest"), checkNotNull(marks, "marks")));
  }

  /**
   * A blank ballot: cast, but marking nothing.
   *
   * @return the ballot
   */
  public static Ballot blank() {
    return new Ballot(ImmutableMap.of());
  }

  /**
   * The marks of a contest.
   *
   * @param contest the contest
   * @return its marks, or none if left blank
   * @throws NullPointerException if {@code contest} is null
   */
  public ContestMarks marks(Contest contest) {
    return contests.getOrDefault(checkNotNull(contest, "contest"), ContestMarks.none());
  }
}
