package io.github.tongxin.governance.election.rules;

import com.google.common.collect.ImmutableList;

/** The rules of this family, registered in {@link CommitteeRules}. */
final class PhragmenFamily {
  private PhragmenFamily() {}

  static ImmutableList<CommitteeRule> rules() {
    return ImmutableList.of();
  }
}
