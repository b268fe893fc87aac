package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The ledger after a batch, and one result per transfer of the batch, in order. Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param ledger the ledger after the batch; the same ledger if nothing was created
 * @param results one result per transfer, in the batch's order
 * @since 0.1.0
 */
public record BatchResult(Ledger ledger, ImmutableList<TransferResult> results) {
  /**
   * Creates the result.
   *
   * @param ledger the ledger after the batch
   * @param results one result per transfer
   * @throws NullPointerException if an argument or result is null
   */
  public BatchResult {
    checkNotNull(ledger, "ledger");
    results = ImmutableList.copyOf(checkNotNull(results, "results"));
  }

  /**
   * Whether every transfer of the batch is recorded (created now or before).
   *
   * @return {@code true} if no transfer was refused
   */
  public boolean isAllRecorded() {
    for (TransferResult result : results) {
      if (!result.isRecorded()) {
        return false;
      }
    }
    return true;
  }
}
