package io.github.tongxin.governance.election.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The committee rules Tongxin implements, by abcvoting rule id.
 *
 * <pre>{@code
 * CommitteeRules.ids();                      // [av, sav, pav, ...]
 * CommitteeRules.byId("equal-shares").orElseThrow().resolute(profile, 6);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CommitteeRules {
  private static final ImmutableMap<String, CommitteeRule> RULES = index();

  private CommitteeRules() {}

  private static ImmutableMap<String, CommitteeRule> index() {
    ImmutableMap.Builder<String, CommitteeRule> rules = ImmutableMap.builder();
    for (CommitteeRule rule : ThieleFamily.rules()) {
      rules.put(rule.id(), rule);
    }
    for (CommitteeRule rule : PhragmenFamily.rules()) {
      rules.put(rule.id(), rule);
    }
    return rules.buildOrThrow();
  }

  /**
   * Every rule, in a fixed order.
   *
   * @return the rules
   */
  public static ImmutableList<CommitteeRule> all() {
    return RULES.values().asList();
  }

  /**
   * The ids of every rule, in the order of {@link #all()}.
   *
   * @return the ids
   */
  public static ImmutableList<String> ids() {
    return RULES.keySet().asList();
  }

  /**
   * The rule with an abcvoting id.
   *
   * @param id the id, e.g. {@code "seqpav"}
   * @return the rule, or empty if Tongxin has none with that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<CommitteeRule> byId(String id) {
    return Optional.ofNullable(RULES.get(checkNotNull(id, "id")));
  }

  /** Checks the arguments every rule takes; shared by the implementations. */
  static void checkArguments(ApprovalProfile profile, int committeeSize) {
    checkNotNull(profile, "profile");
    checkArgument(
        1 <= committeeSize && committeeSize <= profile.candidates(),
        "committeeSize must be 1..%s (the number of candidates): %s",
        profile.candidates(),
        committeeSize);
  }
}
