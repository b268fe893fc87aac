package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The participatory-budgeting rules Tongxin implements, by id.
 *
 * @since 0.1.0
 */
public final class BudgetRules {
  private static final ImmutableMap<String, BudgetRule> RULES = index();

  private BudgetRules() {}

  private static ImmutableMap<String, BudgetRule> index() {
    ImmutableMap.Builder<String, BudgetRule> rules = ImmutableMap.builder();
    for (BudgetRule rule : GreedyFamily.rules()) {
      rules.put(rule.id(), rule);
    }
    for (BudgetRule rule : EqualSharesFamily.rules()) {
      rules.put(rule.id(), rule);
    }
    return rules.buildOrThrow();
  }

  /**
   * Every rule, in a fixed order.
   *
   * @return the rules
   */
  public static ImmutableList<BudgetRule> all() {
    return RULES.values().asList();
  }

  /**
   * The ids of every rule.
   *
   * @return the ids
   */
  public static ImmutableList<String> ids() {
    return RULES.keySet().asList();
  }

  /**
   * The rule with an id.
   *
   * @param id the id, e.g. {@code "greedy_cost_sat"}
   * @return the rule, or empty if none has that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<BudgetRule> byId(String id) {
    return Optional.ofNullable(RULES.get(checkNotNull(id, "id")));
  }
}
