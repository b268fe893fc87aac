package io.github.tongxin.governance.election.rules;

import com.google.common.collect.ImmutableList;

/** The rules of this family, registered in {@link CommitteeRules}. */
final class ThieleFamily {
  private ThieleFamily() {}

  static ImmutableList<CommitteeRule> rules() {
    return ImmutableList.of();
  }
}
