package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.money.Amount;

/**
 * An account's four running totals, as in TigerBeetle: debits and credits, pending and posted.
 * Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * Balance b = ledger.balance(bank);
 * b.posted(NormalBalance.DEBIT); // posted debits minus posted credits
 * }</pre>
 *
 * @param debitsPending debits reserved, not yet posted or voided
 * @param debitsPosted debits posted
 * @param creditsPending credits reserved, not yet posted or voided
 * @param creditsPosted credits posted
 * @since 0.1.0
 */
public record Balance(
    Amount debitsPending, Amount debitsPosted, Amount creditsPending, Amount creditsPosted) {
  /** All four totals zero. */
  public static final Balance ZERO = new Balance(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

  /**
   * Creates a balance.
   *
   * @param debitsPending debits reserved
   * @param debitsPosted debits posted
   * @param creditsPending credits reserved
   * @param creditsPosted credits posted
   * @throws NullPointerException if an argument is null
   */
  public Balance {
    checkNotNull(debitsPending, "debitsPending");
    checkNotNull(debitsPosted, "debitsPosted");
    checkNotNull(creditsPending, "creditsPending");
    checkNotNull(creditsPosted, "creditsPosted");
  }

  /**
   * The posted balance on the given side: posted debits minus posted credits for {@link
   * NormalBalance#DEBIT}, the opposite for {@link NormalBalance#CREDIT}.
   *
   * @param side the side to count positive
   * @return the posted balance
   * @throws ArithmeticException on overflow
   */
  public Amount posted(NormalBalance side) {
    checkNotNull(side, "side");
    return side == NormalBalance.DEBIT
        ? debitsPosted.minus(creditsPosted)
        : creditsPosted.minus(debitsPosted);
  }

  /**
   * The balance on the given side counting pending amounts as if posted.
   *
   * @param side the side to count positive
   * @return the balance with pending amounts
   * @throws ArithmeticException on overflow
   */
  public Amount withPending(NormalBalance side) {
    checkNotNull(side, "side");
    Amount debits = debitsPosted.plus(debitsPending);
    Amount credits = creditsPosted.plus(creditsPending);
    return side == NormalBalance.DEBIT ? debits.minus(credits) : credits.minus(debits);
  }
}
