package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectId;

/**
 * A project's grant: its category, the amount approved and reserved, and the tranches paid from
 * the reservation. Immutable and thread-safe; value-based: compare with {@code equals}, never
 * {@code ==}.
 *
 * @param project the project
 * @param category the project's category, which names the expense account
 * @param amount the amount approved; positive
 * @param tranches the transfers that paid tranches, in order
 * @since 0.1.0
 */
public record Grant(
    ProjectId project, Category category, Amount amount, ImmutableList<TransferId> tranches) {
  /**
   * Creates a grant.
   *
   * @param project the project
   * @param category the project's category
   * @param amount the amount approved; positive
   * @param tranches the tranche transfers
   * @throws NullPointerException if an argument or tranche is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public Grant {
    checkNotNull(project, "project");
    checkNotNull(category, "category");
    checkNotNull(amount, "amount");
    checkArgument(amount.isPositive(), "amount must be positive: %s", amount);
    tranches = ImmutableList.copyOf(checkNotNull(tranches, "tranches"));
  }

  /**
   * The id of the pending transfer that reserves the grant: {@code "grant:<project>"}.
   *
   * @return the reservation's id
   */
  public TransferId reservation() {
    return TransferId.of("grant:" + project.value());
  }

  /**
   * The id of a tranche: {@code "grant:<project>:tranche:<number>"}.
   *
   * @param number the tranche's number, from 1
   * @return the tranche's id
   * @throws IllegalArgumentException if {@code number} is not positive
   */
  public TransferId tranche(int number) {
    checkArgument(number > 0, "number must be positive: %s", number);
    return TransferId.of("grant:" + project.value() + ":tranche:" + number);
  }
}
