package io.github.tongxin.governance.space;

import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A persistent (path-copying) treap: every update returns a new treap sharing all untouched
 * nodes with the old one, in O(log n) expected time. Priorities are a fixed mix of the key's
 * hash, so the shape is a pure function of the keys. Not part of the public API.
 */
final class Treap<K extends Comparable<? super K>, V> {
  private static final Treap<?, ?> EMPTY = new Treap<>(null);

  private final @Nullable Node<K, V> root;

  private Treap(@Nullable Node<K, V> root) {
    this.root = root;
  }

  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> Treap<K, V> empty() {
    return (Treap<K, V>) EMPTY;
  }

  private static final class Node<K, V> {
    final K key;
    final V value;
    final int priority;
    final int size;
    final @Nullable Node<K, V> left;
    final @Nullable Node<K, V> right;

    Node(K key, V value, int priority, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.priority = priority;
      this.left = left;
      this.right = right;
      this.size = 1 + size(left) + size(right);
    }

    Node<K, V> with(@Nullable Node<K, V> newLeft, @Nullable Node<K, V> newRight) {
      return newLeft == left && newRight == right
          ? this
          : new Node<>(key, value, priority, newLeft, newRight);
    }
  }

  private static int size(@Nullable Node<?, ?> n) {
    return n == null ? 0 : n.size;
  }

  private static int priority(Object key) {
    int h = key.hashCode() * 0x9E3779B9;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  int size() {
    return size(root);
  }

  @Nullable V get(K key) {
    Node<K, V> n = root;
    while (n != null) {
      int c = key.compareTo(n.key);
      if (c == 0) {
        return n.value;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }

  /** The value of the greatest key strictly below {@code key}, or null. */
  @Nullable V lower(K key) {
    Node<K, V> n = root;
    V best = null;
    while (n != null) {
      if (n.key.compareTo(key) < 0) {
        best = n.value;
        n = n.right;
      } else {
        n = n.left;
      }
    }
    return best;
  }

  Treap<K, V> put(K key, V value) {
    Node<K, V> r = remove(root, key);
    return new Treap<>(insert(r, new Node<>(key, value, priority(key), null, null)));
  }

  Treap<K, V> remove(K key) {
    Node<K, V> r = remove(root, key);
    return r == root ? this : new Treap<>(r);
  }

  /** Calls {@code action} for each entry with {@code lo <= key < hi}, in key order. */
  void forRange(K lo, K hi, BiConsumer<? super K, ? super V> action) {
    forRange(root, lo, hi, action);
  }

  void forEach(BiConsumer<? super K, ? super V> action) {
    forEach(root, action);
  }

  private static <K extends Comparable<? super K>, V> void forRange(
      @Nullable Node<K, V> n, K lo, K hi, BiConsumer<? super K, ? super V> action) {
    if (n == null) {
      return;
    }
    boolean aboveLo = n.key.compareTo(lo) >= 0;
    boolean belowHi = n.key.compareTo(hi) < 0;
    if (aboveLo) {
      forRange(n.left, lo, hi, action);
    }
    if (aboveLo && belowHi) {
      action.accept(n.key, n.value);
    }
    if (belowHi) {
      forRange(n.right, lo, hi, action);
    }
  }

  private static <K, V> void forEach(@Nullable Node<K, V> n, BiConsumer<? super K, ? super V> a) {
    if (n != null) {
      forEach(n.left, a);
      a.accept(n.key, n.value);
      forEach(n.right, a);
    }
  }

  private static <K extends Comparable<? super K>, V> Node<K, V> insert(
      @Nullable Node<K, V> n, Node<K, V> fresh) {
    if (n == null) {
      return fresh;
    }
    if (fresh.priority > n.priority) {
      @Nullable Node<K, V>[] parts = split(n, fresh.key);
      return fresh.with(parts[0], parts[1]);
    }
    return fresh.key.compareTo(n.key) < 0
        ? n.with(insert(n.left, fresh), n.right)
        : n.with(n.left, insert(n.right, fresh));
  }

  /** Splits a tree without {@code key} into keys below and above it. */
  @SuppressWarnings("unchecked")
  private static <K extends Comparable<? super K>, V> @Nullable Node<K, V>[] split(
      @Nullable Node<K, V> n, K key) {
    if (n == null) {
      return (Node<K, V>[]) new Node<?, ?>[2];
    }
    if (n.key.compareTo(key) < 0) {
      @Nullable Node<K, V>[] parts = split(n.right, key);
      parts[0] = n.with(n.left, parts[0]);
      return parts;
    }
    @Nullable Node<K, V>[] parts = split(n.left, key);
    parts[1] = n.with(parts[1], n.right);
    return parts;
  }

  private static <K extends Comparable<? super K>, V> @Nullable Node<K, V> remove(
      @Nullable Node<K, V> n, K key) {
    if (n == null) {
      return null;
    }
    int c = key.compareTo(n.key);
    if (c < 0) {
      return n.with(remove(n.left, key), n.right);
    }
    if (c > 0) {
      return n.with(n.left, remove(n.right, key));
    }
    return merge(n.left, n.right);
  }

  private static <K, V> @Nullable Node<K, V> merge(@Nullable Node<K, V> a, @Nullable Node<K, V> b) {
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
