package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.money.Amount;

/**
 * What a transfer does: debit one account, credit another, by a positive amount, for a reason.
 * Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * Entry gift = Entry.of(AccountId.of("assets:bank"), AccountId.of("income:donations:enterprise"),
 *     Amount.ofYuan(50_000), TransferCode.DONATION);
 * }</pre>
 *
 * @param debit the account debited
 * @param credit the account credited; not {@code debit}
 * @param amount the amount; positive
 * @param code why the money moves
 * @since 0.1.0
 */
public record Entry(AccountId debit, AccountId credit, Amount amount, TransferCode code) {
  /**
   * Creates an entry.
   *
   * @param debit the account debited
   * @param credit the account credited
   * @param amount the amount
   * @param code why the money moves
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the accounts are the same or the amount is not positive
   */
  public Entry {
    checkNotNull(debit, "debit");
    checkNotNull(credit, "credit");
    checkNotNull(amount, "amount");
    checkNotNull(code, "code");
    checkArgument(!debit.equals(credit), "debit and credit must differ: %s", debit);
    checkArgument(amount.isPositive(), "amount must be positive: %s", amount);
  }

  /**
   * Creates an entry.
   *
   * @param debit the account debited
   * @param credit the account credited
   * @param amount the amount
   * @param code why the money moves
   * @return the entry
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the accounts are the same or the amount is not positive
   */
  public static Entry of(AccountId debit, AccountId credit, Amount amount, TransferCode code) {
    return new Entry(debit, credit, amount, code);
  }
}
