package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.money.Amount;

/**
 * A disclosed decision to transfer restricted leftovers to a similar purpose (Charity Law Art.
 * 58). Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param from the restricted fund the leftover came from
 * @param to the restricted fund it went to
 * @param amount how much
 * @param decision the decision as disclosed; not blank
 * @since 0.1.0
 */
public record Disclosure(RestrictionId from, RestrictionId to, Amount amount, String decision) {
  /**
   * Creates a disclosure.
   *
   * @param from the restricted fund the leftover came from
   * @param to the restricted fund it went to
   * @param amount how much
   * @param decision the decision as disclosed; not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code decision} is blank
   */
  public Disclosure {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(amount, "amount");
    checkNotNull(decision, "decision");
    checkArgument(!decision.isBlank(), "decision must not be blank: '%s'", decision);
  }
}
