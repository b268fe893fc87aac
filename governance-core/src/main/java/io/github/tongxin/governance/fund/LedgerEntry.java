package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Bilingual;

/**
 * A recorded transfer with its effect on the balances: the accounts, amount and code it
 * actually moved (for a post, void, reversal or refund they come from the transfer it points
 * at). Balances are the fold of the entries. Immutable and thread-safe; value-based: compare with
 * {@code equals}, never {@code ==}.
 *
 * @param transfer the transfer as recorded
 * @param entry what it moved
 * @param effect how it moved it
 * @since 0.1.0
 */
public record LedgerEntry(Transfer transfer, Entry entry, LedgerEntry.Effect effect) {
  /**
   * Creates a ledger entry.
   *
   * @param transfer the transfer as recorded
   * @param entry what it moved
   * @param effect how it moved it
   * @throws NullPointerException if an argument is null
   */
  public LedgerEntry {
    checkNotNull(transfer, "transfer");
    checkNotNull(entry, "entry");
    checkNotNull(effect, "effect");
  }

  /**
   * How an entry changes the four totals of its two accounts.
   *
   * @since 0.1.0
   */
  public enum Effect implements Bilingual {
    /** Adds to pending debits and pending credits. */
    PEND("预留", "reserved"),
    /** Adds to posted debits and posted credits. */
    POST("过账", "posted"),
    /** Moves from pending to posted debits and credits. */
    POST_PENDING("预留转过账", "posted from reserved"),
    /** Removes from pending debits and pending credits. */
    VOID("撤销预留", "voided");

    private final String chineseName;
    private final String englishName;

    /**
     * Whether the effect changes posted totals ({@link #POST} and {@link #POST_PENDING}).
     *
     * @return {@code true} for a posting
     */
    public boolean isPosting() {
      return this == POST || this == POST_PENDING;
    }

    Effect(String chineseName, String englishName) {
      this.chineseName = chineseName;
      this.englishName = englishName;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }

    @Override
    public String englishName() {
      return englishName;
    }
  }
}
