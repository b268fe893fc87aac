package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.community.ResidentId;

/**
 * A candidate in one contest, and how they were put forward.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param resident who stands
 * @param contest for which seats
 * @param nomination how they were nominated
 * @since 0.1.0
 */
public record Candidate(ResidentId resident, Contest contest, Nomination nomination) {
  /**
   * Creates a candidate.
   *
   * @param resident who stands
   * @param contest for which seats
   * @param nomination how they were nominated
   * @throws NullPointerException if an argument is null
   */
  public Candidate {
    checkNotNull(resident, "resident");
    checkNotNull(contest, "contest");
    checkNotNull(nomination, "nomination");
  }

  /**
   * Creates a candidate.
   *
   * @param resident who stands
   * @param contest for which seats
   * @param nomination how they were nominated
   * @return the candidate
   * @throws NullPointerException if an argument is null
   */
  public static Candidate of(ResidentId resident, Contest contest, Nomination nomination) {
    return new Candidate(resident, contest, nomination);
  }
}
