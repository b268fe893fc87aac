package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableList;

/** The rules of this family, registered in {@link BudgetRules}. */
final class GreedyFamily {
  private GreedyFamily() {}

  static ImmutableList<BudgetRule> rules() {
    return ImmutableList.of();
  }
}
