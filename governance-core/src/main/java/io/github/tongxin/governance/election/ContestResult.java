package io.github.tongxin.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.community.ResidentId;
import org.immutables.value.Value;

/**
 * The count of one contest on one ballot: the votes of everyone who received any, who is
 * elected, who must go to a re-vote because of a tie at the cut-off, and how many seats are left.
 *
 * <p>Produced by {@link Tally}. Immutable and thread-safe; value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ContestResult {
  ContestResult() {}

  /**
   * The contest.
   *
   * @return the contest
   */
  public abstract Contest contest();

  /**
   * First or supplementary ballot.
   *
   * @return the kind
   */
  public abstract BallotKind kind();

  /**
   * Seats to fill on this ballot.
   *
   * @return zero or more
   */
  public abstract int seats();

  /**
   * The base of the threshold: those who voted (first ballot, fewer the void ballots if the
   * rules exclude them) or the ballots cast (supplementary ballot).
   *
   * @return zero or more
   */
  public abstract int base();

  /**
   * Ballots void for this contest (more marks than seats).
   *
   * @return zero or more
   */
  public abstract int voidBallots();

  /**
   * Votes per person, most votes first (ties by id); every candidate of the contest is listed,
   * with zero if unmarked.
   *
   * @return the votes
   */
  public abstract ImmutableMap<ResidentId, Integer> votes();

  /**
   * Who is elected, most votes first.
   *
   * @return the elected
   */
  public abstract ImmutableList<ResidentId> elected();

  /**
   * Candidates tied at the cut-off who go to a re-vote for {@link #tiedSeats()} seats; empty if
   * no tie.
   *
   * @return the tied candidates, by id
   */
  public abstract ImmutableList<ResidentId> tied();

  /**
   * Seats the re-vote among {@link #tied()} fills.
   *
   * @return zero or more
   */
  public abstract int tiedSeats();

  /**
   * Seats neither filled nor awaiting a re-vote.
   *
   * @return zero or more
   */
  public abstract int unfilledSeats();

  /**
   * On a first ballot with unfilled seats: the candidates of the supplementary ballot (the
   * best-placed who were not elected, seats left plus the rules' surplus, all tied at the last
   * place included). Empty otherwise.
   *
   * @return the candidates, best placed first
   */
  public abstract ImmutableList<ResidentId> supplementaryCandidates();

  /**
   * What this contest needs next.
   *
   * @return {@link FollowUp#RE_VOTE}, {@link FollowUp#SUPPLEMENTARY_BALLOT} (first ballot with
   *     unfilled seats) or {@link FollowUp#NONE}
   */
  public FollowUp followUp() {
    if (!tied().isEmpty()) {
      return FollowUp.RE_VOTE;
    }
    if (kind() == BallotKind.FIRST && unfilledSeats() > 0) {
      return FollowUp.SUPPLEMENTARY_BALLOT;
    }
    return FollowUp.NONE;
  }
}
