package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The content of a Pabulib {@code .pb} file: the instance and the ballots.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param instance the budget, projects and META entries
 * @param profile the ballots
 * @since 0.1.0
 */
public record PabulibFile(BudgetInstance instance, BudgetProfile profile) {
  /**
   * Creates the pair.
   *
   * @param instance the instance
   * @param profile the ballots
   * @throws NullPointerException if an argument is null
   */
  public PabulibFile {
    checkNotNull(instance, "instance");
    checkNotNull(profile, "profile");
  }
}
