package io.github.tongxin.governance.election.rules;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Bilingual;

/**
 * An approval-based committee rule: elects {@code k} of the candidates of an {@link
 * ApprovalProfile}. Each rule is defined exactly as in abcvoting (Lackner et al.) and carries
 * abcvoting's rule id.
 *
 * <p>Resolute: one committee, ties broken toward the lowest candidate index (for optimisation
 * rules: the lexicographically first optimal committee). Irresolute: every winning committee,
 * complete and sorted (for sequential rules: every committee some order of tie-breaking can
 * produce). Exact arithmetic throughout. Implementations are immutable, stateless and
 * thread-safe.
 *
 * <p>Every committee has exactly k members, with one exception: {@code
 * equal-shares-without-completion} (abcvoting's Method of Equal Shares with {@code
 * completion=None}) stops when no candidate is affordable, so its committees may have fewer.
 *
 * <pre>{@code
 * CommitteeRule pav = CommitteeRules.byId("pav").orElseThrow();
 * Committee winners = pav.resolute(profile, 3);
 * ImmutableList<Committee> ties = pav.irresolute(profile, 3);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface CommitteeRule extends Bilingual {
  /**
   * abcvoting's id of the rule, e.g. {@code "seqphragmen"}.
   *
   * @return the id
   */
  String id();

  /**
   * Whether the rule is defined only as resolute (as {@code greedy-monroe} is), so that {@link
   * #irresolute} is unsupported.
   *
   * @return {@code true} if only {@link #resolute} may be called
   */
  boolean isResoluteOnly();

  /**
   * One winning committee, ties broken toward the lowest candidate index.
   *
   * @param profile the ballots
   * @param committeeSize k, between 1 and the number of candidates
   * @return a committee of k distinct candidates (at most k for {@code
   *     equal-shares-without-completion})
   * @throws NullPointerException if {@code profile} is null
   * @throws IllegalArgumentException if {@code committeeSize} is out of range, or the profile has
   *     voter weights and the rule (like abcvoting's Monroe and lex-minimax-AV) does not accept
   *     them
   */
  Committee resolute(ApprovalProfile profile, int committeeSize);

  /**
   * Every winning committee.
   *
   * @param profile the ballots
   * @param committeeSize k, between 1 and the number of candidates
   * @return the winning committees, sorted, at least one, each of k distinct candidates (at most
   *     k for {@code equal-shares-without-completion})
   * @throws NullPointerException if {@code profile} is null
   * @throws IllegalArgumentException if {@code committeeSize} is out of range, or the profile has
   *     voter weights and the rule does not accept them
   * @throws IllegalStateException if the rule {@linkplain #isResoluteOnly() is resolute only}
   */
  ImmutableList<Committee> irresolute(ApprovalProfile profile, int committeeSize);
}
