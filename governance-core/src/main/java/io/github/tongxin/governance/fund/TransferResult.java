package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Violation;

/**
 * What the ledger did with one transfer of a batch: {@link Created}, {@link Exists} (the same id
 * and content was already recorded; nothing changed) or {@link Refused} with the reason.
 *
 * @since 0.1.0
 */
public sealed interface TransferResult {
  /**
   * The transfer's id.
   *
   * @return the id
   */
  TransferId id();

  /**
   * Whether the transfer is now recorded: created now or before.
   *
   * @return {@code true} for {@link Created} and {@link Exists}
   */
  boolean isRecorded();

  /**
   * The transfer was recorded now.
   *
   * @param id the transfer's id
   * @since 0.1.0
   */
  record Created(TransferId id) implements TransferResult {
    /**
     * Creates the result.
     *
     * @param id the transfer's id
     * @throws NullPointerException if {@code id} is null
     */
    public Created {
      checkNotNull(id, "id");
    }

    @Override
    public boolean isRecorded() {
      return true;
    }
  }

  /**
   * The same transfer was recorded before; nothing changed.
   *
   * @param id the transfer's id
   * @since 0.1.0
   */
  record Exists(TransferId id) implements TransferResult {
    /**
     * Creates the result.
     *
     * @param id the transfer's id
     * @throws NullPointerException if {@code id} is null
     */
    public Exists {
      checkNotNull(id, "id");
    }

    @Override
    public boolean isRecorded() {
      return true;
    }
  }

  /**
   * The transfer was refused; nothing of its chain was recorded.
   *
   * @param id the transfer's id
   * @param violation why
   * @since 0.1.0
   */
  record Refused(TransferId id, Violation violation) implements TransferResult {
    /**
     * Creates the result.
     *
     * @param id the transfer's id
     * @param violation why
     * @throws NullPointerException if an argument is null
     */
    public Refused {
      checkNotNull(id, "id");
      checkNotNull(violation, "violation");
    }

    @Override
    public boolean isRecorded() {
      return false;
    }
  }
}
