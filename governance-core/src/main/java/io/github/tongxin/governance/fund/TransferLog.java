package io.github.tongxin.governance.fund;

import org.jspecify.annotations.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The append-only store behind every {@link Ledger} of one lineage. A ledger sees the first
 * {@code size} rows of its log; a ledger that extends its log in place claims the next rows
 * atomically, and a second extension of the same ledger (a fork) copies the visible prefix into a
 * new log, so a ledger never sees rows it did not create or inherit. Indexes map a transfer id
 * to its row and a pending or posted row to the history of how much of it was consumed; lookups
 * ignore rows at or beyond the asking ledger's size.
 */
final class TransferLog {
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private final AtomicInteger claimed = new AtomicInteger();
  /**
   * Open-addressing index from transfer id to row: each slot holds the id's spread hash (high 32
   * bits) and row + 1 (low 32 bits; 0 = empty); linear probing, no deletes. Only the writer that
   * claimed the rows inserts; a reader probing concurrently may see newer rows, which it ignores,
   * and never loses its own: insertions fill empty slots only, and a resized table is published
   * whole. Keeping the hash in the slot spares resizing and probing any look at the entries.
   */
  private volatile long[] ids = new long[16];

  private int idCount;
  /** Per target row: flat pairs (row, cumulative amount consumed or reversed), rows increasing. */
  private final ConcurrentHashMap<Integer, long[]> progress = new ConcurrentHashMap<>();

  private volatile LedgerEntry[][] entries = new LedgerEntry[0][];
  private volatile int[][] debits = new int[0][];
  private volatile int[][] credits = new int[0][];

  /** A row to append: the entry, its two account indexes, and the target it consumes, if any. */
  static final class Row {
    final LedgerEntry entry;
    final int debit;
    final int credit;
    final int target;
    final long cumulative;
    /**
     * Where the lookup of the id ended, in which id table, or null: see {@link #findOrSlot}.
     */
    final long @Nullable [] hintTable;
    final int hintSlot;

    Row(
        LedgerEntry entry,
        int debit,
        int credit,
        int target,
        long cumulative,
        long @Nullable [] hintTable,
        int hintSlot) {
      this.entry = entry;
      this.debit = debit;
      this.credit = credit;
      this.target = target;
      this.cumulative = cumulative;
      this.hintTable = hintTable;
      this.hintSlot = hintSlot;
    }
  }

  LedgerEntry entry(int row) {
    return entries[row >>> CHUNK_BITS][row & MASK];
  }

  int debit(int row) {
    return debits[row >>> CHUNK_BITS][row & MASK];
  }

  int credit(int row) {
    return credits[row >>> CHUNK_BITS][row & MASK];
  }

  /** The row of a transfer id among the first {@code size} rows, or -1. */
  int find(TransferId id, int size) {
    int found = findOrSlot(ids, id, size);
    return found >= 0 ? found : -1;
  }

  /** The id table now: what {@link #findOrSlot} probes. */
  long[] idTable() {
    return ids;
  }

  /**
   * The row of a transfer id among the first {@code size} rows, or {@code -(slot + 1)} where
   * {@code slot} is the empty slot of {@code table} that ended the probe. Inserting the id later
   * may start probing there instead of at its hash, as long as the table is the same array: slots
   * are never emptied, so every slot the probe passed is still taken.
   */
  int findOrSlot(long[] table, TransferId id, int size) {
    int mask = table.length - 1;
    int hash = spread(id.hashCode());
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long stored = table[slot];
      if (stored == 0) {
        return -(slot + 1);
      }
      int row = (int) stored - 1;
      if ((int) (stored >>> 32) == hash && row < size && entry(row).transfer().id().equals(id)) {
        return row;
      }
    }
  }

  /**
   * An id table (slots of hash in the high and row + 1 in the low 32 bits, linear probing) of
   * twice the size with the same entries; shared with {@link Ledger}'s batch index.
   */
  static long[] doubled(long[] table) {
    long[] grown = new long[table.length * 2];
    int mask = grown.length - 1;
    for (long stored : table) {
      if (stored != 0) {
        int slot = (int) (stored >>> 32) & mask;
        while (grown[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        grown[slot] = stored;
      }
    }
    return grown;
  }

  /** Spreads a hash code's bits over the table index (Fibonacci hashing). */
  static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void index(TransferId id, int row, long @Nullable [] hintTable, int hintSlot) {
    long[] table = ids;
    if ((idCount + 1) * 2 > table.length) {
      table = doubled(table);
      ids = table;
    }
    int mask = table.length - 1;
    int hash = spread(id.hashCode());
    // a hint from the lookup spares a second walk to a slot that is likely out of cache
    int slot = table == hintTable ? hintSlot : hash & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = ((long) hash << 32) | (row + 1L);
    idCount++;
  }

  /** How much of the target row was consumed by the first {@code size} rows. */
  long progress(int target, int size) {
    long[] history = progress.get(target);
    if (history == null) {
      return 0;
    }
    for (int i = history.length - 2; i >= 0; i -= 2) {
      if (history[i] < size) {
        return history[i + 1];
      }
    }
    return 0;
  }

  /**
   * Appends rows after the first {@code size}: in place if no other ledger has extended this log
   * beyond {@code size}, else in a copy.
   *
   * @return the log that now holds the rows
   */
  TransferLog append(int size, List<Row> rows) {
    TransferLog target = claimed.compareAndSet(size, size + rows.size()) ? this : copyOf(size);
    target.write(size, rows);
    return target;
  }

  private TransferLog copyOf(int size) {
    TransferLog copy = new TransferLog();
    copy.claimed.set(size);
    copy.ensureCapacity(size);
    for (int row = 0; row < size; row++) {
      LedgerEntry entry = entry(row);
      copy.put(row, entry, debit(row), credit(row), null, 0);
    }
    for (var history : progress.entrySet()) {
      if (history.getKey() >= size) {
        continue;
      }
      long[] pairs = history.getValue();
      int keep = 0;
      while (keep < pairs.length && pairs[keep] < size) {
        keep += 2;
      }
      if (keep > 0) {
        copy.progress.put(history.getKey(), Arrays.copyOf(pairs, keep));
      }
    }
    return copy;
  }

  private void write(int size, List<Row> rows) {
    if (claimed.get() < size + rows.size()) {
      claimed.set(size + rows.size());
    }
    ensureCapacity(size + rows.size());
    int row = size;
    for (Row r : rows) {
      put(row, r.entry, r.debit, r.credit, r.hintTable, r.hintSlot);
      if (r.target >= 0) {
        long[] old = progress.get(r.target);
        long[] pairs = old == null ? new long[2] : Arrays.copyOf(old, old.length + 2);
        pairs[pairs.length - 2] = row;
        pairs[pairs.length - 1] = r.cumulative;
        progress.put(r.target, pairs);
      }
      row++;
    }
  }

  private void put(
      int row,
      LedgerEntry entry,
      int debit,
      int credit,
      long @Nullable [] hintTable,
      int hintSlot) {
    entries[row >>> CHUNK_BITS][row & MASK] = entry;
    debits[row >>> CHUNK_BITS][row & MASK] = debit;
    credits[row >>> CHUNK_BITS][row & MASK] = credit;
    index(entry.transfer().id(), row, hintTable, hintSlot);
  }

  private void ensureCapacity(int rows) {
    int chunks = (rows + MASK) >>> CHUNK_BITS;
    if (chunks <= entries.length) {
      return;
    }
    int old = entries.length;
    LedgerEntry[][] e = Arrays.copyOf(entries, chunks);
    int[][] d = Arrays.copyOf(debits, chunks);
    int[][] c = Arrays.copyOf(credits, chunks);
    for (int i = old; i < chunks; i++) {
      e[i] = new LedgerEntry[CHUNK];
      d[i] = new int[CHUNK];
      c[i] = new int[CHUNK];
    }
    debits = d;
    credits = c;
    entries = e;
  }
}
