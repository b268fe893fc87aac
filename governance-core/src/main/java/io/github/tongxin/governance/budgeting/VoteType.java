package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of ballot of a participatory-budgeting election, with its Pabulib {@code vote_type}
 * token.
 *
 * @since 0.1.0
 */
public enum VoteType {
  /** A set of approved projects. */
  APPROVAL("approval"),
  /** Exactly one approved project; read as approval. */
  CHOOSE_ONE("choose-1"),
  /** Points over projects with a bounded sum ({@code max_sum_points}). */
  CUMULATIVE("cumulative"),
  /** A strict ranking of some projects, most preferred first. */
  ORDINAL("ordinal"),
  /** Points from a set of allowed scores. */
  SCORING("scoring");

  private final String token;

  VoteType(String token) {
    this.token = token;
  }

  /**
   * The Pabulib token, e.g. {@code "choose-1"}.
   *
   * @return the token
   */
  public String token() {
    return token;
  }

  /**
   * Whether ballots of this kind are approval sets ({@link #APPROVAL}, {@link #CHOOSE_ONE}).
   *
   * @return {@code true} for approval ballots
   */
  public boolean isApproval() {
    return this == APPROVAL || this == CHOOSE_ONE;
  }

  /**
   * Whether ballots of this kind carry points ({@link #CUMULATIVE}, {@link #SCORING}).
   *
   * @return {@code true} for point ballots
   */
  public boolean hasPoints() {
    return this == CUMULATIVE || this == SCORING;
  }

  /**
   * The vote type with a Pabulib token, compared without regard to case.
   *
   * @param token the token, e.g. {@code "approval"}
   * @return the type, or empty if unknown
   * @throws NullPointerException if {@code token} is null
   */
  public static Optional<VoteType> fromToken(String token) {
    checkNotNull(token, "token");
    String lower = token.trim().toLowerCase(Locale.ROOT);
    for (VoteType type : values()) {
      if (type.token.equals(lower)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
