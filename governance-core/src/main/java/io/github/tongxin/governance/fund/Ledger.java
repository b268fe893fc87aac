package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.money.Amount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fund's double-entry ledger, an immutable value: applying a batch of transfers returns a new
 * ledger and one result per transfer, and leaves this ledger as it was.
 *
 * <p>The rules, after TigerBeetle's model: every transfer debits one account and credits another;
 * its id is an idempotency key (the same id and content again is {@link TransferResult.Exists},
 * the same id with other content is refused with {@link FundCode#ID_REUSED}); a {@link Chain} is
 * recorded all-or-nothing, and when one of its transfers fails, that one names its reason and
 * every other one reports {@link FundCode#LINKED_EVENT_FAILED}; accounts with a {@link
 * BalanceLimit} never break it, counting pending amounts pessimistically; transfers are recorded
 * in time order; nothing is ever changed or removed — a correction is a {@link
 * Transfer.Reversal}. Balances are the fold of the {@link #entries()}.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.of(Chart.communityFund());
 * BatchResult r = ledger.apply(Chain.of(Transfer.posted(TransferId.of("gift-1"),
 *     Entry.of(Chart.BANK, Chart.ENTERPRISE_DONATIONS, Amount.ofYuan(500), TransferCode.DONATION),
 *     at)));
 * r.ledger().balance(Chart.BANK).posted(NormalBalance.DEBIT); // 500.00
 * }</pre>
 *
 * <p>Applying a transfer costs a few hash lookups and array writes: a ledger extends the
 * append-only log it shares with the ledger it came from, and copies only the small blocks of
 * balances a batch touches. Extending the same ledger twice (a fork) copies its log once.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Ledger {
  private static final int SLOTS = 4;
  private static final int DEBITS_PENDING = 0;
  private static final int DEBITS_POSTED = 1;
  private static final int CREDITS_PENDING = 2;
  private static final int CREDITS_POSTED = 3;
  private static final int BLOCK_BITS = 4;
  private static final int BLOCK = 1 << BLOCK_BITS;
  private static final int BLOCK_MASK = BLOCK - 1;

  private static final Ledger EMPTY =
      new Ledger(ImmutableList.of(), ImmutableMap.of(), new long[0][], new TransferLog(), 0);

  private final ImmutableList<Account> accounts;
  private final ImmutableMap<AccountId, Integer> index;
  private final long[][] blocks;
  private final TransferLog log;
  private final int size;

  private Ledger(
      ImmutableList<Account> accounts,
      ImmutableMap<AccountId, Integer> index,
      long[][] blocks,
      TransferLog log,
      int size) {
    this.accounts = accounts;
    this.index = index;
    this.blocks = blocks;
    this.log = log;
    this.size = size;
  }

  /**
   * The empty ledger with no accounts.
   *
   * @return the empty ledger
   */
  public static Ledger empty() {
    return EMPTY;
  }

  /**
   * An empty ledger with these accounts open.
   *
   * @param accounts the accounts
   * @return the ledger
   * @throws NullPointerException if {@code accounts} or one of them is null
   * @throws IllegalArgumentException if two accounts share an id with different content
   */
  public static Ledger of(Iterable<Account> accounts) {
    return EMPTY.open(accounts);
  }

  /**
   * This ledger with more accounts open. Opening an account that is already open with the same
   * content changes nothing.
   *
   * @param more the accounts to open
   * @return the ledger with them; this ledger if all were open
   * @throws NullPointerException if {@code more} or one of them is null
   * @throws IllegalArgumentException if an account's id is open with different content
   */
  public Ledger open(Iterable<Account> more) {
    checkNotNull(more, "more");
    Map<AccountId, Account> added = new LinkedHashMap<>();
    for (Account account : more) {
      checkNotNull(account, "more contains null");
      Integer at = index.get(account.id());
      Account known = at != null ? accounts.get(at) : added.get(account.id());
      if (known != null) {
        checkArgument(
            known.equals(account),
            "account %s is open with other content: %s, not %s",
            account.id(),
            known,
            account);
        continue;
      }
      added.put(account.id(), account);
    }
    if (added.isEmpty()) {
      return this;
    }
    ImmutableList<Account> all =
        ImmutableList.<Account>builder().addAll(accounts).addAll(added.values()).build();
    ImmutableMap.Builder<AccountId, Integer> newIndex =
        ImmutableMap.builderWithExpectedSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      newIndex.put(all.get(i).id(), i);
    }
    int slots = all.size() * SLOTS;
    long[][] grown = Arrays.copyOf(blocks, (slots + BLOCK_MASK) >>> BLOCK_BITS);
    for (int i = 0; i < grown.length; i++) {
      grown[i] = grown[i] == null ? new long[BLOCK] : grown[i];
    }
    return new Ledger(all, newIndex.buildOrThrow(), grown, log, size);
  }

  /**
   * The open accounts, in the order they were opened.
   *
   * @return the accounts
   */
  public ImmutableList<Account> accounts() {
    return accounts;
  }

  /**
   * The account with this id, if open.
   *
   * @param id the account's id
   * @return the account, or empty if none is open with this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Account> account(AccountId id) {
    Integer at = index.get(checkNotNull(id, "id"));
    return at == null ? Optional.empty() : Optional.of(accounts.get(at));
  }

  /**
   * The four totals of an account.
   *
   * @param id an open account's id
   * @return its balance
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no account is open with this id
   */
  public Balance balance(AccountId id) {
    int at = indexOf(id);
    return new Balance(
        Amount.ofFen(slot(blocks, at, DEBITS_PENDING)),
        Amount.ofFen(slot(blocks, at, DEBITS_POSTED)),
        Amount.ofFen(slot(blocks, at, CREDITS_PENDING)),
        Amount.ofFen(slot(blocks, at, CREDITS_POSTED)));
  }

  /**
   * An account's posted balance on its normal side, e.g. cash at bank as debits minus credits.
   *
   * @param id an open account's id
   * @return the posted balance; negative if it stands on the other side
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no account is open with this id
   */
  public Amount posted(AccountId id) {
    int at = indexOf(id);
    return balance(id).posted(accounts.get(at).normalBalance());
  }

  /**
   * How many transfers the ledger records.
   *
   * @return the number of entries
   */
  public int size() {
    return size;
  }

  /**
   * The entry at a position of the log.
   *
   * @param position 0 for the first recorded transfer
   * @return the entry
   * @throws IndexOutOfBoundsException if {@code position} is not in {@code 0..size()-1}
   */
  public LedgerEntry entry(int position) {
    checkElementIndex(position, size, "position");
    return log.entry(position);
  }

  /**
   * Every entry, in the order recorded.
   *
   * @return the entries
   */
  public ImmutableList<LedgerEntry> entries() {
    ImmutableList.Builder<LedgerEntry> all = ImmutableList.builderWithExpectedSize(size);
    for (int row = 0; row < size; row++) {
      all.add(log.entry(row));
    }
    return all.build();
  }

  /**
   * The entry of a transfer id.
   *
   * @param id the transfer's id
   * @return its entry, or empty if the ledger has no transfer with this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<LedgerEntry> find(TransferId id) {
    int row = log.find(checkNotNull(id, "id"), size);
    return row < 0 ? Optional.empty() : Optional.of(log.entry(row));
  }

  /**
   * How much a pending transfer still reserves: its amount less what was posted from it, or zero
   * once voided.
   *
   * @param pending a pending transfer's id
   * @return the amount still reserved
   * @throws NullPointerException if {@code pending} is null
   * @throws IllegalArgumentException if the ledger has no pending transfer with this id
   */
  public Amount reserved(TransferId pending) {
    int row = log.find(checkNotNull(pending, "pending"), size);
    checkArgument(
        row >= 0 && log.entry(row).transfer() instanceof Transfer.Pending,
        "no pending transfer with id %s",
        pending);
    return Amount.ofFen(log.entry(row).entry().amount().fen() - log.progress(row, size));
  }

  /**
   * How much of a posted transfer was moved back by reversals and refunds.
   *
   * @param original a posted transfer's id
   * @return the amount moved back, zero if none
   * @throws NullPointerException if {@code original} is null
   * @throws IllegalArgumentException if the ledger has no transfer with this id
   */
  public Amount returned(TransferId original) {
    int row = log.find(checkNotNull(original, "original"), size);
    checkArgument(row >= 0, "no transfer with id %s", original);
    return isReversible(log.entry(row)) ? Amount.ofFen(log.progress(row, size)) : Amount.ZERO;
  }

  /**
   * The ledger as it stood at a time: the transfers recorded at or before it. Because transfers
   * are recorded in time order, this is a prefix of the log.
   *
   * @param at the time
   * @return the ledger at that time
   * @throws NullPointerException if {@code at} is null
   */
  public Ledger asOf(Instant at) {
    checkNotNull(at, "at");
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (log.entry(mid).transfer().at().isAfter(at)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    if (low == size) {
      return this;
    }
    long[][] folded = new long[blocks.length][];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = new long[BLOCK];
    }
    for (int row = 0; row < low; row++) {
      long amount = log.entry(row).entry().amount().fen();
      int debit = log.debit(row);
      int credit = log.credit(row);
      switch (log.entry(row).effect()) {
        case PEND -> {
          add(folded, debit, DEBITS_PENDING, amount);
          add(folded, credit, CREDITS_PENDING, amount);
        }
        case POST -> {
          add(folded, debit, DEBITS_POSTED, amount);
          add(folded, credit, CREDITS_POSTED, amount);
        }
        case POST_PENDING -> {
          add(folded, debit, DEBITS_PENDING, -amount);
          add(folded, credit, CREDITS_PENDING, -amount);
          add(folded, debit, DEBITS_POSTED, amount);
          add(folded, credit, CREDITS_POSTED, amount);
        }
        case VOID -> {
          add(folded, debit, DEBITS_PENDING, -amount);
          add(folded, credit, CREDITS_PENDING, -amount);
        }
      }
    }
    return new Ledger(accounts, index, folded, log, low);
  }

  /**
   * Applies one transfer.
   *
   * @param transfer the transfer
   * @return the new ledger and the transfer's result
   * @throws NullPointerException if {@code transfer} is null
   */
  public BatchResult apply(Transfer transfer) {
    return apply(ImmutableList.of(Chain.of(checkNotNull(transfer, "transfer"))));
  }

  /**
   * Applies one linked chain: all of its transfers or none.
   *
   * @param chain the chain
   * @return the new ledger and one result per transfer
   * @throws NullPointerException if {@code chain} is null
   */
  public BatchResult apply(Chain chain) {
    return apply(ImmutableList.of(checkNotNull(chain, "chain")));
  }

  /**
   * Applies a batch of chains in order; each chain is recorded all-or-nothing, independently of
   * the others.
   *
   * @param batch the chains, in order
   * @return the new ledger and one result per transfer, in order
   * @throws NullPointerException if {@code batch} or one of its chains is null
   */
  public BatchResult apply(Iterable<Chain> batch) {
    checkNotNull(batch, "batch");
    int expected = batch instanceof java.util.Collection<?> c ? c.size() : 16;
    Batch work = new Batch(expected);
    ImmutableList.Builder<TransferResult> results = ImmutableList.builderWithExpectedSize(expected);
    for (Chain chain : batch) {
      checkNotNull(chain, "batch contains null");
      work.apply(chain, results);
    }
    if (work.rows.isEmpty()) {
      return new BatchResult(this, results.build());
    }
    TransferLog extended = log.append(size, work.rows);
    return new BatchResult(
        new Ledger(accounts, index, work.blocks, extended, size + work.rows.size()),
        results.build());
  }

  private int indexOf(AccountId id) {
    Integer at = index.get(checkNotNull(id, "id"));
    checkArgument(at != null, "no account is open with id %s", id);
    return at;
  }

  private static long slot(long[][] blocks, int account, int field) {
    int slot = account * SLOTS + field;
    return blocks[slot >>> BLOCK_BITS][slot & BLOCK_MASK];
  }

  private static void add(long[][] blocks, int account, int field, long delta) {
    int slot = account * SLOTS + field;
    blocks[slot >>> BLOCK_BITS][slot & BLOCK_MASK] += delta;
  }

  private static boolean isReversible(LedgerEntry entry) {
    return entry.transfer() instanceof Transfer.Posted
        || entry.transfer() instanceof Transfer.PostPending;
  }

  /** The working state of one batch: copied balance blocks, new rows, and undo records. */
  private final class Batch {
    final long[][] blocks = Ledger.this.blocks.clone();
    final boolean[] owned = new boolean[blocks.length];
    final List<TransferLog.Row> rows;
    /**
     * Open-addressing index from the ids recorded in this batch to their rows, as in {@link
     * TransferLog}: each slot holds the id's spread hash (high 32 bits) and row + 1 (low 32 bits;
     * 0 = empty); linear probing. Entries of a failed chain stay behind: a lookup checks the row
     * it finds against the rows now recorded, so a stale entry is skipped.
     */
    long[] ids;
    int idCount;
    /** How much of each target row this batch consumed, when it consumed any; else null. */
    @Nullable Map<Integer, Long> progress;
    /** Undo records (slot, old value) of the chain being applied: 8 fit a posted transfer. */
    long[] undo = new long[8];
    int undoCount;
    Instant last = size == 0 ? Instant.MIN : log.entry(size - 1).transfer().at();

    Batch(int expected) {
      rows = new ArrayList<>(expected);
      ids = new long[Math.max(4, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) * 2)];
    }

    void apply(Chain chain, ImmutableList.Builder<TransferResult> results) {
      if (chain.size() == 1) {
        results.add(applyAlone(chain.transfers().get(0)));
        return;
      }
      int rowMark = rows.size();
      undoCount = 0; // undo records live for one chain
      int undoMark = 0;
      Instant lastMark = last;
      List<Object[]> progressUndo = new ArrayList<>(0);
      TransferResult[] outcome = new TransferResult[chain.size()];
      int failed = -1;
      for (int i = 0; i < chain.size(); i++) {
        Transfer transfer = chain.transfers().get(i);
        int existing = find(transfer.id());
        if (existing >= 0) {
          if (entryAt(existing).transfer().equals(transfer)) {
            outcome[i] = new TransferResult.Exists(transfer.id());
            continue;
          }
          outcome[i] = refused(transfer, FundCode.ID_REUSED,
              "transfer %s is recorded with other content: %s", transfer.id(),
              entryAt(existing).transfer());
          failed = i;
          break;
        }
        @Nullable Violation violation = record(transfer, progressUndo);
        if (violation != null) {
          outcome[i] = new TransferResult.Refused(transfer.id(), violation);
          failed = i;
          break;
        }
        index(transfer.id(), size + rows.size() - 1);
        outcome[i] = new TransferResult.Created(transfer.id());
      }
      if (failed >= 0) {
        while (undoCount > undoMark) {
          undoCount -= 2;
          int slot = (int) undo[undoCount];
          blocks[slot >>> BLOCK_BITS][slot & BLOCK_MASK] = undo[undoCount + 1];
        }
        rows.subList(rowMark, rows.size()).clear();
        for (int k = progressUndo.size() - 1; k >= 0; k--) {
          Object[] change = progressUndo.get(k);
          if (change[1] == null) {
            progress().remove((Integer) change[0]);
          } else {
            progress().put((Integer) change[0], (Long) change[1]);
          }
        }
        last = lastMark;
        for (int i = 0; i < outcome.length; i++) {
          if (i != failed) {
            Transfer other = chain.transfers().get(i);
            outcome[i] = refused(other, FundCode.LINKED_EVENT_FAILED,
                "transfer %s is linked to %s, which failed", other.id(),
                chain.transfers().get(failed).id());
          }
        }
      }
      results.add(outcome);
    }

    /** A chain of one: the common case, without the chain's bookkeeping. */
    private TransferResult applyAlone(Transfer transfer) {
      int existing = find(transfer.id());
      if (existing >= 0) {
        return entryAt(existing).transfer().equals(transfer)
            ? new TransferResult.Exists(transfer.id())
            : refused(transfer, FundCode.ID_REUSED,
                "transfer %s is recorded with other content: %s", transfer.id(),
                entryAt(existing).transfer());
      }
      undoCount = 0; // undo records live for one chain
      @Nullable Violation violation = record(transfer, null);
      if (violation != null) {
        while (undoCount > 0) {
          undoCount -= 2;
          int slot = (int) undo[undoCount];
          blocks[slot >>> BLOCK_BITS][slot & BLOCK_MASK] = undo[undoCount + 1];
        }
        return new TransferResult.Refused(transfer.id(), violation);
      }
      index(transfer.id(), size + rows.size() - 1);
      return new TransferResult.Created(transfer.id());
    }

    /**
     * Where the latest {@link #find} that missed ended in the log's id table, so that recording
     * the id later starts there (see {@link TransferLog#findOrSlot}); null after a hit.
     */
    long @Nullable [] hintTable;

    int hintSlot;

    private int find(TransferId id) {
      hintTable = null;
      long[] table = ids;
      int mask = table.length - 1;
      int hash = TransferLog.spread(id.hashCode());
      for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
        long stored = table[slot];
        if (stored == 0) {
          long[] logTable = log.idTable();
          int found = log.findOrSlot(logTable, id, size);
          if (found >= 0) {
            return found;
          }
          hintTable = logTable;
          hintSlot = -found - 1;
          return -1;
        }
        int local = (int) stored - 1 - size;
        if ((int) (stored >>> 32) == hash
            && local < rows.size()
            && rows.get(local).entry.transfer().id().equals(id)) {
          return size + local;
        }
      }
    }

    private void index(TransferId id, int row) {
      if ((idCount + 1) * 2 > ids.length) {
        ids = TransferLog.doubled(ids);
      }
      int mask = ids.length - 1;
      int hash = TransferLog.spread(id.hashCode());
      int slot = hash & mask;
      while (ids[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      ids[slot] = ((long) hash << 32) | (row + 1L);
      idCount++;
    }

    private LedgerEntry entryAt(int row) {
      return row < size ? log.entry(row) : rows.get(row - size).entry;
    }

    private int debitAt(int row) {
      return row < size ? log.debit(row) : rows.get(row - size).debit;
    }

    private int creditAt(int row) {
      return row < size ? log.credit(row) : rows.get(row - size).credit;
    }

    private long progressOf(int row) {
      Long local = progress == null ? null : progress.get(row);
      return local != null ? local : log.progress(row, size);
    }

    private Map<Integer, Long> progress() {
      if (progress == null) {
        progress = new HashMap<>();
      }
      return progress;
    }

    /** Records the transfer and returns null, or returns why not (leaving undo records). */
    private @Nullable Violation record(
        Transfer transfer, @Nullable List<Object[]> progressUndo) {
      // the caller has just looked the transfer's id up: keep where that lookup ended before
      // the lookups of targets below overwrite it
      long[] idHintTable = hintTable;
      int idHintSlot = hintSlot;
      if (transfer.at().isBefore(last)) {
        return violation(FundCode.OUT_OF_ORDER, "transfer %s at %s is dated before %s",
            transfer.id(), transfer.at(), last);
      }
      Entry entry;
      LedgerEntry.Effect effect;
      int debit;
      int credit;
      int target = -1;
      long cumulative = 0;
      if (transfer instanceof Transfer.Posted posted) {
        entry = posted.entry();
        effect = LedgerEntry.Effect.POST;
      } else if (transfer instanceof Transfer.Pending pending) {
        entry = pending.entry();
        effect = LedgerEntry.Effect.PEND;
      } else if (transfer instanceof Transfer.PostPending post) {
        target = find(post.pending());
        if (target < 0 || !(entryAt(target).transfer() instanceof Transfer.Pending)) {
          return violation(FundCode.PENDING_UNKNOWN, "transfer %s posts %s, which is not pending",
              post.id(), post.pending());
        }
        Entry reserved = entryAt(target).entry();
        long consumed = progressOf(target);
        long left = reserved.amount().fen() - consumed;
        if (left == 0) {
          return violation(FundCode.PENDING_RESOLVED, "transfer %s posts %s, already resolved",
              post.id(), post.pending());
        }
        if (post.amount().fen() > left) {
          return violation(FundCode.EXCEEDS_PENDING,
              "transfer %s posts %s of %s, which reserves only %s", post.id(), post.amount(),
              post.pending(), Amount.ofFen(left));
        }
        entry = Entry.of(reserved.debit(), reserved.credit(), post.amount(), reserved.code());
        effect = LedgerEntry.Effect.POST_PENDING;
        cumulative = consumed + post.amount().fen();
      } else if (transfer instanceof Transfer.VoidPending voiding) {
        target = find(voiding.pending());
        if (target < 0 || !(entryAt(target).transfer() instanceof Transfer.Pending)) {
          return violation(FundCode.PENDING_UNKNOWN, "transfer %s voids %s, which is not pending",
              voiding.id(), voiding.pending());
        }
        Entry reserved = entryAt(target).entry();
        long left = reserved.amount().fen() - progressOf(target);
        if (left == 0) {
          return violation(FundCode.PENDING_RESOLVED, "transfer %s voids %s, already resolved",
              voiding.id(), voiding.pending());
        }
        entry = Entry.of(reserved.debit(), reserved.credit(), Amount.ofFen(left), reserved.code());
        effect = LedgerEntry.Effect.VOID;
        cumulative = reserved.amount().fen();
      } else {
        TransferId original;
        Amount amount;
        TransferCode code;
        if (transfer instanceof Transfer.Reversal reversal) {
          original = reversal.original();
          amount = reversal.amount();
          code = TransferCode.CORRECTION;
        } else if (transfer instanceof Transfer.Refund refund) {
          original = refund.original();
          amount = refund.amount();
          code = TransferCode.REFUND;
        } else {
          throw new AssertionError(transfer);
        }
        target = find(original);
        if (target < 0 || !isReversible(entryAt(target))) {
          return violation(FundCode.ORIGINAL_UNKNOWN,
              "transfer %s returns %s, which is not a posted transfer", transfer.id(), original);
        }
        Entry moved = entryAt(target).entry();
        long returned = progressOf(target);
        if (amount.fen() > moved.amount().fen() - returned) {
          return violation(FundCode.EXCEEDS_ORIGINAL,
              "transfer %s returns %s of %s, which moved %s and has %s returned already",
              transfer.id(), amount, original, moved.amount(), Amount.ofFen(returned));
        }
        entry = Entry.of(moved.credit(), moved.debit(), amount, code);
        effect = LedgerEntry.Effect.POST;
        cumulative = returned + amount.fen();
      }
      if (target >= 0) {
        if (effect == LedgerEntry.Effect.POST) {
          debit = creditAt(target);
          credit = debitAt(target);
        } else {
          debit = debitAt(target);
          credit = creditAt(target);
        }
      } else {
        Integer d = index.get(entry.debit());
        Integer c = index.get(entry.credit());
        if (d == null || c == null) {
          return violation(FundCode.ACCOUNT_UNKNOWN, "transfer %s names account %s, not open",
              transfer.id(), d == null ? entry.debit() : entry.credit());
        }
        debit = d;
        credit = c;
      }
      long amount = entry.amount().fen();
      try {
        switch (effect) {
          case PEND -> {
            add(debit, DEBITS_PENDING, amount);
            add(credit, CREDITS_PENDING, amount);
          }
          case POST -> {
            add(debit, DEBITS_POSTED, amount);
            add(credit, CREDITS_POSTED, amount);
          }
          case POST_PENDING -> {
            add(debit, DEBITS_PENDING, -amount);
            add(credit, CREDITS_PENDING, -amount);
            add(debit, DEBITS_POSTED, amount);
            add(credit, CREDITS_POSTED, amount);
          }
          case VOID -> {
            add(debit, DEBITS_PENDING, -amount);
            add(credit, CREDITS_PENDING, -amount);
          }
        }
      } catch (ArithmeticException e) {
        return violation(FundCode.OVERFLOW, "transfer %s of %s overflows a balance",
            transfer.id(), entry.amount());
      }
      @Nullable Violation broken = checkLimit(transfer, debit);
      if (broken == null) {
        broken = checkLimit(transfer, credit);
      }
      if (broken != null) {
        return broken;
      }
      if (target >= 0) {
        if (progressUndo != null) {
          progressUndo.add(new Object[] {target, progress().get(target)});
        }
        progress().put(target, cumulative);
      }
      rows.add(new TransferLog.Row(new LedgerEntry(transfer, entry, effect), debit, credit,
          target, cumulative, idHintTable, idHintSlot));
      last = transfer.at();
      return null;
    }

    private @Nullable Violation checkLimit(Transfer transfer, int account) {
      BalanceLimit limit = accounts.get(account).limit();
      if (limit == BalanceLimit.NONE) {
        return null;
      }
      long debits = slot(blocks, account, DEBITS_PENDING) + slot(blocks, account, DEBITS_POSTED);
      long credits =
          slot(blocks, account, CREDITS_PENDING) + slot(blocks, account, CREDITS_POSTED);
      if (limit == BalanceLimit.DEBITS_WITHIN_CREDITS
          && debits > slot(blocks, account, CREDITS_POSTED)) {
        return violation(FundCode.LIMIT_EXCEEDED,
            "transfer %s would bring debits of %s (pending included) to %s, above its posted"
                + " credits %s", transfer.id(), accounts.get(account).id(), Amount.ofFen(debits),
            Amount.ofFen(slot(blocks, account, CREDITS_POSTED)));
      }
      if (limit == BalanceLimit.CREDITS_WITHIN_DEBITS
          && credits > slot(blocks, account, DEBITS_POSTED)) {
        return violation(FundCode.LIMIT_EXCEEDED,
            "transfer %s would bring credits of %s (pending included) to %s, above its posted"
                + " debits %s", transfer.id(), accounts.get(account).id(), Amount.ofFen(credits),
            Amount.ofFen(slot(blocks, account, DEBITS_POSTED)));
      }
      return null;
    }

    private void add(int account, int field, long delta) {
      int slot = account * SLOTS + field;
      int b = slot >>> BLOCK_BITS;
      long[] block = blocks[b];
      if (!owned[b]) {
        block = block.clone();
        blocks[b] = block;
        owned[b] = true;
      }
      long old = block[slot & BLOCK_MASK];
      long updated = Math.addExact(old, delta);
      if (undoCount == undo.length) {
        undo = Arrays.copyOf(undo, undo.length * 2);
      }
      undo[undoCount++] = slot;
      undo[undoCount++] = old;
      block[slot & BLOCK_MASK] = updated;
    }
  }

  private static TransferResult.Refused refused(
      Transfer transfer, FundCode code, String template, Object... args) {
    return new TransferResult.Refused(transfer.id(), violation(code, template, args));
  }

  private static Violation violation(FundCode code, String template, Object... args) {
    return Violation.of(code, Strings.lenientFormat(template, args));
  }
}
