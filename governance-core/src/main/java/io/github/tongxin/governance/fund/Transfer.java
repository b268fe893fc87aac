package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.money.Amount;
import java.time.Instant;

/**
 * A transfer the ledger records: one record per kind. Every transfer has a caller-chosen {@link
 * TransferId} (its idempotency key) and a time; it is never changed or removed once recorded —
 * a correction is a new {@link Reversal} that points at the original.
 *
 * <ul>
 *   <li>{@link Posted}: moves money at once;
 *   <li>{@link Pending}: reserves money (phase one of a two-phase transfer, e.g. a grant);
 *   <li>{@link PostPending}: posts part or all of what a pending transfer still reserves (a
 *       tranche);
 *   <li>{@link VoidPending}: releases what a pending transfer still reserves (cancellation);
 *   <li>{@link Reversal} and {@link Refund}: move back part or all of a posted amount, never more
 *       than it in total.
 * </ul>
 *
 * <pre>{@code
 * Transfer gift = Transfer.posted(TransferId.of("gift-1"),
 *     Entry.of(bank, donations, Amount.ofYuan(500), TransferCode.DONATION), at);
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @since 0.1.0
 */
public sealed interface Transfer {
  /**
   * The transfer's id, its idempotency key.
   *
   * @return the id
   */
  TransferId id();

  /**
   * When the transfer happened.
   *
   * @return the time
   */
  Instant at();

  /**
   * A transfer that moves money at once.
   *
   * @param id the id
   * @param entry what moves
   * @param at when
   * @return the transfer
   * @throws NullPointerException if an argument is null
   */
  static Posted posted(TransferId id, Entry entry, Instant at) {
    return new Posted(id, entry, at);
  }

  /**
   * A transfer that reserves money until it is posted or voided.
   *
   * @param id the id
   * @param entry what is reserved
   * @param at when
   * @return the transfer
   * @throws NullPointerException if an argument is null
   */
  static Pending pending(TransferId id, Entry entry, Instant at) {
    return new Pending(id, entry, at);
  }

  /**
   * A transfer that posts part or all of what a pending transfer still reserves.
   *
   * @param id the id
   * @param pending the pending transfer's id
   * @param amount how much to post; positive
   * @param at when
   * @return the transfer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  static PostPending postPending(TransferId id, TransferId pending, Amount amount, Instant at) {
    return new PostPending(id, pending, amount, at);
  }

  /**
   * A transfer that releases what a pending transfer still reserves.
   *
   * @param id the id
   * @param pending the pending transfer's id
   * @param at when
   * @return the transfer
   * @throws NullPointerException if an argument is null
   */
  static VoidPending voidPending(TransferId id, TransferId pending, Instant at) {
    return new VoidPending(id, pending, at);
  }

  /**
   * A correction that moves back part or all of a posted transfer (code {@link
   * TransferCode#CORRECTION}).
   *
   * @param id the id
   * @param original the posted transfer corrected
   * @param amount how much to move back; positive
   * @param at when
   * @return the transfer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  static Reversal reversal(TransferId id, TransferId original, Amount amount, Instant at) {
    return new Reversal(id, original, amount, at);
  }

  /**
   * A refund of part or all of a posted payment (code {@link TransferCode#REFUND}).
   *
   * @param id the id
   * @param original the posted payment refunded
   * @param amount how much comes back; positive
   * @param at when
   * @return the transfer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  static Refund refund(TransferId id, TransferId original, Amount amount, Instant at) {
    return new Refund(id, original, amount, at);
  }

  /**
   * Moves money at once.
   *
   * @param id the id
   * @param entry what moves
   * @param at when
   * @since 0.1.0
   */
  record Posted(TransferId id, Entry entry, Instant at) implements Transfer {
    /**
     * Creates the transfer.
     *
     * @param id the id
     * @param entry what moves
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public Posted {
      checkNotNull(id, "id");
      checkNotNull(entry, "entry");
      checkNotNull(at, "at");
    }
  }

  /**
   * Reserves money: pending debits and credits until posted or voided.
   *
   * @param id the id
   * @param entry what is reserved
   * @param at when
   * @since 0.1.0
   */
  record Pending(TransferId id, Entry entry, Instant at) implements Transfer {
    /**
     * Creates the transfer.
     *
     * @param id the id
     * @param entry what is reserved
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public Pending {
      checkNotNull(id, "id");
      checkNotNull(entry, "entry");
      checkNotNull(at, "at");
    }
  }

  /**
   * Posts part or all of what a pending transfer still reserves; when nothing is left reserved,
   * the pending transfer is resolved.
   *
   * @param id the id
   * @param pending the pending transfer's id
   * @param amount how much to post; positive
   * @param at when
   * @since 0.1.0
   */
  record PostPending(TransferId id, TransferId pending, Amount amount, Instant at)
      implements Transfer {
    /**
     * Creates the transfer.
     *
     * @param id the id
     * @param pending the pending transfer's id
     * @param amount how much to post; positive
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not positive
     */
    public PostPending {
      checkNotNull(id, "id");
      checkNotNull(pending, "pending");
      checkNotNull(amount, "amount");
      checkNotNull(at, "at");
      checkArgument(amount.isPositive(), "amount must be positive: %s", amount);
    }
  }

  /**
   * Releases what a pending transfer still reserves and resolves it.
   *
   * @param id the id
   * @param pending the pending transfer's id
   * @param at when
   * @since 0.1.0
   */
  record VoidPending(TransferId id, TransferId pending, Instant at) implements Transfer {
    /**
     * Creates the transfer.
     *
     * @param id the id
     * @param pending the pending transfer's id
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public VoidPending {
      checkNotNull(id, "id");
      checkNotNull(pending, "pending");
      checkNotNull(at, "at");
    }
  }

  /**
   * Corrects a posted transfer by moving part or all of it back, debit and credit swapped.
   *
   * @param id the id
   * @param original the posted transfer corrected
   * @param amount how much to move back; positive
   * @param at when
   * @since 0.1.0
   */
  record Reversal(TransferId id, TransferId original, Amount amount, Instant at)
      implements Transfer {
    /**
     * Creates the transfer.
     *
     * @param id the id
     * @param original the posted transfer corrected
     * @param amount how much to move back; positive
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not positive
     */
    public Reversal {
      checkNotNull(id, "id");
      checkNotNull(original, "original");
      checkNotNull(amount, "amount");
      checkNotNull(at, "at");
      checkArgument(amount.isPositive(), "amount must be positive: %s", amount);
    }
  }

  /**
   * Refunds part or all of a posted payment, debit and credit swapped.
   *
   * @param id the id
   * @param original the posted payment refunded
   * @param amount how much comes back; positive
   * @param at when
   * @since 0.1.0
   */
  record Refund(TransferId id, TransferId original, Amount amount, Instant at)
      implements Transfer {
    /**
     * Creates the transfer.
     *
     * @param id the id
     * @param original the posted payment refunded
     * @param amount how much comes back; positive
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not positive
     */
    public Refund {
      checkNotNull(id, "id");
      checkNotNull(original, "original");
      checkNotNull(amount, "amount");
      checkNotNull(at, "at");
      checkArgument(amount.isPositive(), "amount must be positive: %s", amount);
    }
  }
}
