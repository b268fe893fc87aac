package io.github.tongxin.governance.space;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The occupied slots of one room: a persistent (path-copying) treap keyed by the start minute, a
 * primitive {@code long}, so the calendar's hot path neither boxes nor calls {@code compareTo}.
 * Slots of one room never overlap, so the start minute is a unique key and the slot starting
 * last before a minute is the only one that can reach over it. Priorities are a fixed mix of the
 * key, so the shape is a pure function of the keys. Not part of the public API.
 */
final class SlotIndex {
  static final SlotIndex EMPTY = new SlotIndex(null);

  private final @Nullable Node root;

  private SlotIndex(@Nullable Node root) {
    this.root = root;
  }

  private static final class Node {
    final long start;
    final long end;
    final Occurrence occurrence;
    final int priority;
    final @Nullable Node left;
    final @Nullable Node right;

    Node(long start, long end, Occurrence occurrence, int priority, @Nullable Node left,
        @Nullable Node right) {
      this.start = start;
      this.end = end;
      this.occurrence = occurrence;
      this.priority = priority;
      this.left = left;
      this.right = right;
    }

    Node with(@Nullable Node newLeft, @Nullable Node newRight) {
      return newLeft == left && newRight == right
          ? this
          : new Node(start, end, occurrence, priority, newLeft, newRight);
    }
  }

  private static int priority(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    h ^= h >>> 32;
    h *= 0xC2B2AE3D27D4EB4FL;
    return (int) (h ^ (h >>> 29));
  }

  /** Calls {@code sink} with each occurrence overlapping {@code [start, end)}, in time order. */
  void overlapping(long start, long end, Consumer<Occurrence> sink) {
    // The slot starting last before {@code start} may reach into the interval.
    Node n = root;
    Node before = null;
    while (n != null) {
      if (n.start < start) {
        before = n;
        n = n.right;
      } else {
        n = n.left;
      }
    }
    if (before != null && before.end > start) {
      sink.accept(before.occurrence);
    }
    range(root, start, end, sink);
  }

  private static void range(@Nullable Node n, long lo, long hi, Consumer<Occurrence> sink) {
    while (n != null) {
      if (n.start < lo) {
        n = n.right;
      } else if (n.start >= hi) {
        n = n.left;
      } else {
        range(n.left, lo, hi, sink);
        sink.accept(n.occurrence);
        n = n.right;
      }
    }
  }

  /** Whether some slot overlaps {@code [start, end)}. */
  boolean isTaken(long start, long end) {
    Node n = root;
    while (n != null) {
      // The node with the greatest start below end decides: slots are disjoint and sorted.
      if (n.start < end) {
        if (n.end > start) {
          return true;
        }
        n = n.right;
      } else {
        n = n.left;
      }
    }
    return false;
  }

  SlotIndex put(Occurrence o) {
    long start = o.slot().startMinute();
    Node fresh = new Node(start, o.slot().endMinute(), o, priority(start), null, null);
    return new SlotIndex(insert(remove(root, start), fresh));
  }

  SlotIndex remove(long start) {
    Node r = remove(root, start);
    return r == root ? this : new SlotIndex(r);
  }

  private static Node insert(@Nullable Node n, Node fresh) {
    if (n == null) {
      return fresh;
    }
    if (fresh.priority > n.priority) {
      Node[] parts = new Node[2];
      split(n, fresh.start, parts);
      return fresh.with(parts[0], parts[1]);
    }
    return fresh.start < n.start
        ? n.with(insert(n.left, fresh), n.right)
        : n.with(n.left, insert(n.right, fresh));
  }

  private static void split(@Nullable Node n, long key, @Nullable Node[] parts) {
    if (n == null) {
      parts[0] = null;
      parts[1] = null;
    } else if (n.start < key) {
      split(n.right, key, parts);
      parts[0] = n.with(n.left, parts[0]);
    } else {
      split(n.left, key, parts);
      parts[1] = n.with(parts[1], n.right);
    }
  }

  private static @Nullable Node remove(@Nullable Node n, long key) {
    if (n == null) {
      return null;
    }
    if (key < n.start) {
      return n.with(remove(n.left, key), n.right);
    }
    if (key > n.start) {
      return n.with(n.left, remove(n.right, key));
    }
    return merge(n.left, n.right);
  }

  private static @Nullable Node merge(@Nullable Node a, @Nullable Node b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.priority > b.priority
        ? a.with(a.left, merge(a.right, b))
        : b.with(merge(a, b.left), b.right);
  }
}
