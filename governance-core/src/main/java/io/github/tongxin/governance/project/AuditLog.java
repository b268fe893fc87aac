package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import io.github.tongxin.governance.internal.Canonical;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tamper-evident log of project events: each entry's hash is SHA-256 over the previous entry's
 * hash followed by the event's canonical bytes (the UTF-8 of {@link #canonicalForm}); the first
 * entry's previous hash is 32 zero bytes. Changing, inserting, removing or reordering any event
 * breaks the chain at that entry, and {@link #verify} names the first broken link. Immutable and
 * thread-safe; value-based.
 *
 * <pre>{@code
 * AuditLog log = AuditLog.of(events);
 * AuditLog.verify(log.entries()); // Intact[length=…]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AuditLog {
  /** The previous hash of the first entry: 32 zero bytes. */
  public static final HashCode GENESIS = HashCode.fromBytes(new byte[32]);

  private static final AuditLog EMPTY = new AuditLog(ImmutableList.of());

  private final ImmutableList<Entry> entries;

  private AuditLog(ImmutableList<Entry> entries) {
    this.entries = entries;
  }

  /**
   * One link of the chain.
   *
   * @param sequence the entry's position, from 0
   * @param event the event
   * @param previous the hash of the entry before, or {@link #GENESIS}
   * @param hash SHA-256 over {@code previous} and the event's canonical bytes
   */
  public record Entry(long sequence, ProjectEvent event, HashCode previous, HashCode hash) {
    /**
     * Creates an entry; no check that the hashes are right ({@link AuditLog#verify} does that).
     *
     * @param sequence the entry's position, from 0
     * @param event the event
     * @param previous the hash of the entry before, or {@link #GENESIS}
     * @param hash SHA-256 over {@code previous} and the event's canonical bytes
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code sequence} is negative
     */
    public Entry {
      checkArgument(sequence >= 0, "sequence must not be negative: %s", sequence);
      checkNotNull(event, "event");
      checkNotNull(previous, "previous");
      checkNotNull(hash, "hash");
    }
  }

  /** The outcome of {@link #verify}. */
  public sealed interface Verification {
    /**
     * Whether the chain is intact.
     *
     * @return true for {@link Intact}
     */
    boolean isIntact();
  }

  /**
   * Every link checks out.
   *
   * @param length the number of entries checked
   */
  public record Intact(int length) implements Verification {
    @Override
    public boolean isIntact() {
      return true;
    }
  }

  /**
   * The first broken link.
   *
   * @param index the position of the first entry that does not check out
   * @param reason what is wrong with it
   */
  public record Broken(int index, String reason) implements Verification {
    @Override
    public boolean isIntact() {
      return false;
    }
  }

  /**
   * The empty log.
   *
   * @return a log without entries
   */
  public static AuditLog empty() {
    return EMPTY;
  }

  /**
   * A log of events, chained in order.
   *
   * @param events the events
   * @return the log
   * @throws NullPointerException if {@code events} or an event is null
   */
  public static AuditLog of(Iterable<? extends ProjectEvent> events) {
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    HashCode previous = GENESIS;
    long sequence = 0;
    for (ProjectEvent event : checkNotNull(events, "events")) {
      Entry entry = new Entry(sequence++, event, previous, hash(previous, event));
      entries.add(entry);
      previous = entry.hash();
    }
    return new AuditLog(entries.build());
  }

  /**
   * A log with events appended; copies the entries, so appending one at a time to a long log is
   * slow: append in batches.
   *
   * @param events the events to chain after the last entry
   * @return the longer log
   * @throws NullPointerException if {@code events} or an event is null
   */
  public AuditLog append(Iterable<? extends ProjectEvent> events) {
    ImmutableList.Builder<Entry> longer = ImmutableList.<Entry>builder().addAll(entries);
    HashCode previous = head();
    long sequence = entries.size();
    for (ProjectEvent event : checkNotNull(events, "events")) {
      Entry entry = new Entry(sequence++, event, previous, hash(previous, event));
      longer.add(entry);
      previous = entry.hash();
    }
    return new AuditLog(longer.build());
  }

  /**
   * The entries.
   *
   * @return the chain, in order
   */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /**
   * The events.
   *
   * @return the events, in order
   */
  public ImmutableList<ProjectEvent> events() {
    return entries.stream().map(Entry::event).collect(ImmutableList.toImmutableList());
  }

  /**
   * The hash of the last entry, the one to publish: it commits to the whole log.
   *
   * @return the last hash, or {@link #GENESIS} for an empty log
   */
  public HashCode head() {
    return entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
  }

  /**
   * Checks a chain: positions count from 0, each entry's previous hash is the hash of the entry
   * before (the first's is {@link #GENESIS}), and each hash is SHA-256 over the previous hash and
   * the event's canonical bytes.
   *
   * @param entries the entries, e.g. as read back from storage
   * @return {@link Intact}, or {@link Broken} naming the first entry that does not check out
   * @throws NullPointerException if {@code entries} or an entry is null
   */
  public static Verification verify(List<Entry> entries) {
    checkNotNull(entries, "entries");
    HashCode previous = GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = checkNotNull(entries.get(i), "entries[%s]", i);
      if (entry.sequence() != i) {
        return new Broken(i, "sequence " + entry.sequence() + " at position " + i);
      }
      if (!entry.previous().equals(previous)) {
        return new Broken(i, "previous hash does not match the hash of entry " + (i - 1));
      }
      if (!entry.hash().equals(hash(previous, entry.event()))) {
        return new Broken(i, "hash does not match the event's content");
      }
      previous = entry.hash();
    }
    return new Intact(entries.size());
  }

  /**
   * The canonical text of an event, whose UTF-8 bytes are hashed: every component of the event
   * record, recursively, length-prefixed, in declaration order (sets and maps sorted).
   *
   * @param event the event
   * @return its canonical text; equal events have equal texts
   */
  public static String canonicalForm(ProjectEvent event) {
    return Canonical.of(checkNotNull(event, "event"));
  }

  private static HashCode hash(HashCode previous, ProjectEvent event) {
    return Hashing.sha256()
        .newHasher()
        .putBytes(previous.asBytes())
        .putString(canonicalForm(event), StandardCharsets.UTF_8)
        .hash();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuditLog log && entries.equals(log.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "AuditLog[" + entries.size() + " entries, head " + head() + "]";
  }
}
