package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Violation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The count of one round: whether it is valid, the numbers behind that, each contest's result,
 * what was set aside on the way (unaccepted poll-book lines, ignored marks) and a bilingual
 * report of every rule applied with its numbers and source.
 *
 * <p>Produced by {@link Tally}. Immutable and thread-safe; value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RoundResult {
  RoundResult() {}

  /**
   * Whether the round counts.
   *
   * @return the status
   */
  public abstract RoundStatus status();

  /**
   * Registered voters.
   *
   * @return zero or more
   */
  public abstract int registered();

  /**
   * Voters who voted: accepted poll-book lines.
   *
   * @return zero or more
   */
  public abstract int voted();

  /**
   * Ballots collected from the box.
   *
   * @return zero or more
   */
  public abstract int collected();

  /**
   * The result of each contest counted, leader first; empty if the round is void.
   *
   * @return the results
   */
  public abstract ImmutableMap<Contest, ContestResult> contests();

  /**
   * What was set aside: poll-book lines not accepted, marks ignored.
   *
   * @return the violations, in the order found
   */
  public abstract ImmutableList<Violation> violations();

  /**
   * Every rule applied, in order, with its numbers and source.
   *
   * @return the report
   */
  public abstract ImmutableList<ReportLine> report();

  /**
   * The result of one contest.
   *
   * @param contest the contest
   * @return its result, or empty if not counted in this round
   * @throws NullPointerException if {@code contest} is null
   */
  public Optional<ContestResult> contest(Contest contest) {
    return Optional.ofNullable(contests().get(checkNotNull(contest, "contest")));
  }

  /**
   * Whether the round counts.
   *
   * @return {@code status() == VALID}
   */
  public boolean isValid() {
    return status() == RoundStatus.VALID;
  }
}
