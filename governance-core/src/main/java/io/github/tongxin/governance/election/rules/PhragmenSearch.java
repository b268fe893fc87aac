package io.github.tongxin.governance.election.rules;

import io.github.tongxin.governance.internal.Rational;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The search shared by the sequential rules of {@link PhragmenFamily} (seq-Phragmén, the Method
 * of Equal Shares, Phragmén–Eneström): a tree of partial committees, walked along the
 * lowest-index branch (resolute) or depth first through every tie (irresolute, abcvoting's
 * "parallel universes").
 *
 * <p><b>Exact decisions, mostly in {@code double}.</b> Every node carries one number per voter (a
 * load or a budget) as a {@code double} with a bound on its error, and the exact {@link Rational}
 * numbers only on demand. Candidates are scored in {@code double}, each score with an error
 * bound; a candidate whose interval overlaps the best one is "near". Near candidates are settled
 * exactly: candidates whose approvers have the same multiset of number histories (see {@link
 * Node#ids}) have the same score without computing it; otherwise the process computes exact
 * scores, from the exact numbers of the node (replayed from the nearest node that has them). So
 * every decision is the decision of exact arithmetic, while exact arithmetic runs only near ties
 * that are not structural.
 *
 * <p><b>Lazy scores.</b> In all three rules a candidate's score moves in one direction only as
 * candidates are elected (prices and loads never fall, supports never rise), and it does not move
 * at all unless one of its approvers is affected. Scores are kept from node to node; a stale score
 * is a bound, and a round recomputes only the candidates whose bound still competes with the best.
 *
 * <p>Not thread-safe: a process and its nodes belong to one call of a rule.
 */
final class PhragmenSearch {
  /** The unit roundoff of {@code double} arithmetic. */
  static final double U = 0x1p-53;

  /**
   * A safety factor on every rounding-error term: the terms are first-order estimates (a few
   * ulps per operation), and this factor keeps the bounds comfortably above the true errors.
   */
  static final double SAFETY = 16;

  /** The history id of a number that is exactly zero. */
  static final int ZERO_ID = 0;

  /** Score states: recompute before use (the score is a bound). */
  static final byte STALE = 0;

  /** Score states: the score is current. */
  static final byte FRESH = 1;

  /** Score states: not eligible at this node nor at any node below it. */
  static final byte EXCLUDED = 2;

  /** Score states: eligibility not decidable in double; always settled exactly. */
  static final byte UNCERTAIN = 3;

  private PhragmenSearch() {}

  /** The profile in the arrays the rules work on. */
  static final class Input {
    final int voters;
    final int candidates;
    final int[][] ballots;
    final int[][] approvers;
    final boolean unitWeights;
    final double[] weight;
    final Rational[] exactWeight;
    /** Per candidate: the total weight of its approvers. */
    final double[] approvalWeight;

    final Rational[] exactApprovalWeight;
    /** Per candidate: the smallest weight among its approvers (1 if it has none). */
    final double[] minApproverWeight;
    /** Per voter: a number shared exactly by the voters of equal weight. */
    final int[] weightClass;

    final Rational exactTotalWeight;

    Input(ApprovalProfile profile) {
      this.voters = profile.voters();
      this.candidates = profile.candidates();
      this.ballots = new int[voters][];
      this.unitWeights = profile.hasUnitWeights();
      this.weight = new double[voters];
      this.exactWeight = new Rational[voters];
      this.weightClass = new int[voters];
      int[] degree = new int[candidates];
      for (int v = 0; v < voters; v++) {
        ballots[v] = profile.ballotArray(v);
        exactWeight[v] = profile.weight(v);
        for (int c : ballots[v]) {
          degree[c]++;
        }
      }
      this.approvers = new int[candidates][];
      for (int c = 0; c < candidates; c++) {
        approvers[c] = new int[degree[c]];
      }
      int[] filled = new int[candidates];
      for (int v = 0; v < voters; v++) {
        for (int c : ballots[v]) {
          approvers[c][filled[c]++] = v;
        }
      }
      this.approvalWeight = new double[candidates];
      this.exactApprovalWeight = new Rational[candidates];
      this.minApproverWeight = new double[candidates];
      if (unitWeights) {
        Arrays.fill(weight, 1);
        Arrays.fill(minApproverWeight, 1);
        for (int c = 0; c < candidates; c++) {
          approvalWeight[c] = degree[c];
          exactApprovalWeight[c] = Rational.of(degree[c]);
        }
        this.exactTotalWeight = Rational.of(voters);
        return;
      }
      Map<BigDecimal, Integer> classes = new HashMap<>();
      Rational total = Rational.ZERO;
      for (int v = 0; v < voters; v++) {
        BigDecimal w = profile.weights().get(v);
        weight[v] = w.doubleValue();
        weightClass[v] = classes.computeIfAbsent(w.stripTrailingZeros(), key -> classes.size());
        total = total.plus(exactWeight[v]);
      }
      this.exactTotalWeight = total;
      for (int c = 0; c < candidates; c++) {
        Rational sum = Rational.ZERO;
        double min = Double.POSITIVE_INFINITY;
        for (int v : approvers[c]) {
          sum = sum.plus(exactWeight[v]);
          min = Math.min(min, weight[v]);
        }
        exactApprovalWeight[c] = sum;
        approvalWeight[c] = sum.toDouble();
        minApproverWeight[c] = approvers[c].length == 0 ? 1 : min;
      }
    }

    /** {@code weight(v) * x}, without a multiplication for unit weights. */
    Rational weighted(int voter, Rational x) {
      return unitWeights ? x : exactWeight[voter].times(x);
    }

    /** {@code x / weight(v)}, without a division for unit weights. */
    Rational perWeight(int voter, Rational x) {
      return unitWeights ? x : x.dividedBy(exactWeight[voter]);
    }
  }

  /**
   * A partial committee and one number per voter (a load or a budget): as {@code double}s with
   * an error bound, and, once computed, exactly; plus the candidates' scores in {@code double}.
   */
  static final class Node {
    final Process process;
    final @Nullable Node parent;
    /** The candidate elected last; -1 for a root. */
    final int chosen;
    /** The number of committee members. */
    final int size;

    final long[] members;
    final double[] numbers;
    /**
     * A bound on the error of the numbers: on |numbers[v] - exact[v]| for every voter v, and for
     * the rules whose update is non-expansive in the L1 norm (Equal Shares, Phragmén–Eneström) on
     * the sum of these differences over all voters.
     */
    final double error;
    /**
     * Per voter, the history of its number: voters with the same id have exactly the same number
     * per unit of weight. {@link #ZERO_ID} marks a number that is exactly zero.
     */
    final int[] ids;

    /**
     * Per candidate: its score in double, oriented so that smaller is better (-∞ if never
     * computed), with an error bound, and the score's {@link #STALE state}.
     */
    final double[] value;

    final double[] valueError;
    final byte[] state;

    private Rational @Nullable [] exact;
    // Exact scores of candidates at this node, computed on demand (a null score is a valid
    // value, "not eligible", hence the separate flags).
    private @Nullable Rational @Nullable [] scores;
    private boolean @Nullable [] scored;

    private Node(
        Process process,
        @Nullable Node parent,
        int chosen,
        int size,
        long[] members,
        double[] numbers,
        double error,
        int[] ids,
        double[] value,
        double[] valueError,
        byte[] state) {
      this.process = process;
      this.parent = parent;
      this.chosen = chosen;
      this.size = size;
      this.members = members;
      this.numbers = numbers;
      this.error = error;
      this.ids = ids;
      this.value = value;
      this.valueError = valueError;
      this.state = state;
    }

    /** A root: the given committee and numbers, nothing elected in this process yet. */
    static Node root(
        Process process, long[] members, int size, double[] numbers, double error, int[] ids) {
      int m = process.input.candidates;
      double[] value = new double[m];
      Arrays.fill(value, Double.NEGATIVE_INFINITY);
      byte[] state = new byte[m];
      for (int c = 0; c < m; c++) {
        if ((members[c >>> 6] & (1L << c)) != 0) {
          state[c] = EXCLUDED;
        }
      }
      return new Node(
          process, null, -1, size, members, numbers, error, ids, value, new double[m], state);
    }

    /**
     * The node after electing {@code candidate}, with the given numbers; {@code changed} are the
     * voters whose numbers changed (their candidates' scores become stale).
     */
    Node child(int candidate, double[] childNumbers, double childError, int[] childIds, int[] changed) {
      long[] bits = members.clone();
      bits[candidate >>> 6] |= 1L << candidate;
      byte[] childState = state.clone();
      childState[candidate] = EXCLUDED;
      int[][] ballots = process.input.ballots;
      for (int v : changed) {
        for (int c : ballots[v]) {
          if (childState[c] == FRESH) {
            childState[c] = STALE;
          }
        }
      }
      return new Node(
          process,
          this,
          candidate,
          size + 1,
          bits,
          childNumbers,
          childError,
          childIds,
          value.clone(),
          valueError.clone(),
          childState);
    }

    boolean contains(int candidate) {
      return (members[candidate >>> 6] & (1L << candidate)) != 0;
    }

    boolean hasScore(int candidate) {
      boolean[] flags = scored;
      return flags != null && flags[candidate];
    }

    @Nullable Rational score(int candidate) {
      @Nullable Rational[] values = scores;
      return values == null ? null : values[candidate];
    }

    void setScore(int candidate, @Nullable Rational score) {
      if (scores == null) {
        scores = new Rational[process.input.candidates];
        scored = new boolean[process.input.candidates];
      }
      scores[candidate] = score;
      scored[candidate] = true;
    }

    /** The members in increasing order. */
    int[] memberArray() {
      int[] result = new int[size];
      int i = 0;
      for (int word = 0; word < members.length; word++) {
        long bits = members[word];
        while (bits != 0) {
          result[i++] = word * 64 + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
        }
      }
      return result;
    }

    Committee committee() {
      return Committee.of(memberArray());
    }
  }

  /** An empty committee over {@code candidates} candidates, as a bit set. */
  static long[] noMembers(int candidates) {
    return new long[(candidates + 63) >>> 6];
  }

  /** One sequential rule (or phase of a rule): how to score candidates and elect one. */
  abstract static class Process {
    final Input input;
    private int nextId;
    // Scratch for best().
    private final int[] near;
    private final long[] pending;
    // History ids (see Node#ids): exact values by id, multisets by id with their hashes, and
    // atoms per election (valid where the stamp equals the current election).
    private final Map<Rational, Integer> valueIds = new HashMap<>();
    private @Nullable Rational[] idValues;
    private int[] @Nullable [] contents;
    private long[] hashes;
    private final LongIntMap extensions = new LongIntMap();
    private final LongIntMap byHash = new LongIntMap();
    private int[] atomStamp;
    private int[] atomOf;
    private int election;

    /** A process whose fresh history ids start at {@code firstId} (ids below are taken). */
    Process(Input input, int firstId) {
      this.input = input;
      this.nextId = firstId;
      int capacity = Math.max(64, 2 * firstId);
      this.idValues = new Rational[capacity];
      this.contents = new int[capacity][];
      this.hashes = new long[capacity];
      this.atomStamp = new int[capacity];
      this.atomOf = new int[capacity];
      this.near = new int[input.candidates];
      this.pending = new long[input.candidates];
    }

    /** A history id used nowhere else in this process. */
    final int freshId() {
      int id = nextId++;
      if (id >= idValues.length) {
        int length = 2 * id;
        idValues = Arrays.copyOf(idValues, length);
        contents = Arrays.copyOf(contents, length);
        hashes = Arrays.copyOf(hashes, length);
        atomStamp = Arrays.copyOf(atomStamp, length);
        atomOf = Arrays.copyOf(atomOf, length);
      }
      return id;
    }

    /** The first history id this process has not handed out. */
    final int nextId() {
      return nextId;
    }

    /**
     * Computes the score of candidate {@code c} at {@code node} in double into {@code
     * node.value[c]} (smaller is better) and {@code node.valueError[c]}, and returns its state:
     * {@link #FRESH}, {@link #EXCLUDED} (not eligible here nor below) or {@link #UNCERTAIN}.
     */
    abstract byte evaluate(Node node, int c);

    /** Whether exact scores are minimised (otherwise maximised). */
    abstract boolean minimizing();

    /** The node after electing {@code candidate} (one of {@link #best}) at {@code node}. */
    abstract Node child(Node node, int candidate);

    /** The exact numbers of this process's root. */
    abstract Rational[] exactRoot();

    /** The exact numbers after electing {@code candidate} at {@code parent}. */
    abstract Rational[] exactChild(Node parent, int candidate);

    /** The exact score of candidate {@code c} at {@code node}; null if it is not eligible. */
    abstract @Nullable Rational exactScore(Node node, int c);

    /**
     * Whether voters whose number is exactly zero have no influence on a candidate's score (true
     * for budgets, false for loads, where every approver's weight counts).
     */
    abstract boolean zeroIsInert();

    /**
     * The candidates that are exactly best at {@code node}, in increasing order; empty if no
     * candidate is eligible (the phase ends here).
     */
    final int[] best(Node node) {
      int m = input.candidates;
      byte[] state = node.state;
      double[] value = node.value;
      double[] error = node.valueError;
      // Candidates without a usable bound are scored now.
      double bestValue = Double.POSITIVE_INFINITY;
      double bestError = 0;
      for (int c = 0; c < m; c++) {
        byte s = state[c];
        if (s == UNCERTAIN || (s == STALE && value[c] == Double.NEGATIVE_INFINITY)) {
          s = evaluate(node, c);
          state[c] = s;
        }
        if (s == FRESH && value[c] < bestValue) {
          bestValue = value[c];
          bestError = error[c];
        }
      }
      // Stale scores are lower bounds (value - error); rescore those that may compete, roughly
      // in increasing order of their bounds (so that the best is found early and the others can
      // be skipped).
      int stale = 0;
      for (int c = 0; c < m; c++) {
        if (state[c] == STALE && value[c] - error[c] <= bestValue + bestError) {
          pending[stale++] = (sortable((float) (value[c] - error[c])) << 32) | c;
        }
      }
      Arrays.sort(pending, 0, stale);
      for (int i = 0; i < stale; i++) {
        int c = (int) pending[i];
        if (value[c] - error[c] > bestValue + bestError) {
          continue;
        }
        state[c] = evaluate(node, c);
        if (state[c] == FRESH && value[c] < bestValue) {
          bestValue = value[c];
          bestError = error[c];
        }
      }
      int count = 0;
      boolean certain = true;
      for (int c = 0; c < m; c++) {
        if (state[c] == UNCERTAIN) {
          near[count++] = c;
          certain = false;
        } else if (state[c] == FRESH && value[c] - bestValue <= error[c] + bestError) {
          near[count++] = c;
        }
      }
      return resolve(node, near, count, certain);
    }

    /** A float as an int with the same (signed) order. */
    private static long sortable(float x) {
      int bits = Float.floatToIntBits(x);
      return bits ^ ((bits >> 31) & Integer.MAX_VALUE);
    }

    /** The exact numbers of {@code node}, computed once from those of its nearest ancestor. */
    final Rational[] exact(Node node) {
      Deque<Node> path = new ArrayDeque<>();
      Node at = node;
      while (at.exact == null && at.parent != null) {
        path.push(at);
        at = at.parent;
      }
      if (at.exact == null) {
        at.exact = exactRoot();
      }
      while (!path.isEmpty()) {
        Node next = path.pop();
        next.exact = exactChild(next.parent, next.chosen);
      }
      return node.exact;
    }

    /** The exact score of candidate {@code c} at {@code node}, cached in the node. */
    final @Nullable Rational score(Node node, int c) {
      if (!node.hasScore(c)) {
        node.setScore(c, exactScore(node, c));
      }
      return node.score(c);
    }

    /**
     * The exactly best candidates among {@code near}, which holds every candidate that can be
     * best. {@code certain}: every candidate in {@code near} is known to be eligible. Candidates
     * whose approvers have the same multiset of (history id, weight) have exactly the same score,
     * so exact scores are computed only to compare different multisets.
     */
    private int[] resolve(Node node, int[] near, int count, boolean certain) {
      if (count == 1 && certain) {
        return new int[] {near[0]};
      }
      long[][] signatures = new long[count][];
      int[] group = new int[count];
      int groups = 0;
      int[] representative = new int[count];
      for (int i = 0; i < count; i++) {
        signatures[i] = signature(node, near[i]);
        group[i] = -1;
        for (int g = 0; g < groups; g++) {
          if (Arrays.equals(signatures[representative[g]], signatures[i])) {
            group[i] = g;
            break;
          }
        }
        if (group[i] < 0) {
          representative[groups] = i;
          group[i] = groups++;
        }
      }
      if (groups == 1 && certain) {
        int[] result = Arrays.copyOf(near, count);
        Arrays.sort(result);
        return result;
      }
      for (int i = 0; i < count; i++) {
        int c = near[i];
        if (!node.hasScore(c)) {
          node.setScore(c, score(node, near[representative[group[i]]]));
        }
      }
      return exactBest(node, near, count, minimizing());
    }

    /** The sorted multiset of (history id, weight class) of c's approvers. */
    private long[] signature(Node node, int c) {
      int[] voters = input.approvers[c];
      long[] result = new long[voters.length];
      int size = 0;
      boolean skipZero = zeroIsInert();
      for (int v : voters) {
        int id = node.ids[v];
        if (skipZero && id == ZERO_ID) {
          continue;
        }
        result[size++] = ((long) id << 32) | input.weightClass[v];
      }
      long[] sorted = Arrays.copyOf(result, size);
      Arrays.sort(sorted);
      return sorted;
    }

    /**
     * The exactly best candidates among {@code near} by their (cached) exact scores; {@code
     * minimum} selects the smallest scores, otherwise the largest. Candidates with a null score
     * are not eligible.
     */
    private static int[] exactBest(Node node, int[] near, int count, boolean minimum) {
      @Nullable Rational best = null;
      int[] tied = new int[count];
      int ties = 0;
      for (int i = 0; i < count; i++) {
        int c = near[i];
        Rational score = node.score(c);
        if (score == null) {
          continue;
        }
        int order = best == null ? -1 : score.compareTo(best);
        if (!minimum) {
          order = -order;
        }
        if (best == null || order < 0) {
          best = score;
          ties = 0;
          tied[ties++] = c;
        } else if (order == 0) {
          tied[ties++] = c;
        }
      }
      int[] result = Arrays.copyOf(tied, ties);
      Arrays.sort(result);
      return result;
    }

    /**
     * The id standing for an exact value: the same for equal values. Null (value not known
     * exactly) gives a fresh id, equal to nothing else.
     */
    final int valueId(@Nullable Rational exact) {
      if (exact == null) {
        return freshId();
      }
      Integer known = valueIds.get(exact);
      if (known == null) {
        known = freshId();
        valueIds.put(exact, known);
      }
      return known;
    }

    /** The exact number per unit of weight that history {@code id} stands for, if known. */
    final @Nullable Rational idValue(int id) {
      return id == ZERO_ID ? Rational.ZERO : idValues[id];
    }

    /** Records the exact number per unit of weight of history {@code id}. */
    final void setIdValue(int id, Rational value) {
      idValues[id] = value;
    }

    /**
     * History ids as multisets. For numbers that only ever lose a fixed amount per unit of weight
     * (a payment) or are multiplied by a fixed factor, a voter's number is its starting number
     * transformed by the multiset of payments, in any order, so voters with the same multiset
     * have the same number. An id that was not built here is an "atom", the multiset holding just
     * itself: a starting point whose number only the voters carrying it share.
     *
     * @return the id of the multiset of {@code id} plus {@code payment}
     */
    final int extended(int id, int payment) {
      long key = ((long) id << 32) | payment;
      int cached = extensions.get(key);
      if (cached >= 0) {
        return cached;
      }
      int[] base = contents[id];
      long hash = base == null ? mix(id) : hashes[id];
      if (base == null) {
        base = new int[] {id};
      }
      int[] grown = new int[base.length + 1];
      int i = 0;
      while (i < base.length && base[i] < payment) {
        grown[i] = base[i];
        i++;
      }
      grown[i] = payment;
      System.arraycopy(base, i, grown, i + 1, base.length - i);
      hash += mix(payment);
      int candidate = byHash.get(hash);
      int result;
      if (candidate >= 0 && Arrays.equals(contents[candidate], grown)) {
        result = candidate;
      } else {
        result = freshId();
        contents[result] = grown;
        hashes[result] = hash;
        if (candidate < 0) {
          byHash.put(hash, result);
        }
      }
      extensions.put(key, result);
      return result;
    }

    /** A well-mixed 64-bit hash of a multiset element (SplitMix64's finaliser). */
    private static long mix(int element) {
      long z = element * 0x9E3779B97F4A7C15L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    /**
     * A new atom per old id in the current election, for voters whose numbers it changed in a
     * way only voters with the same old number share: voters that shared an id share the new one.
     */
    final int atom(int oldId) {
      if (atomStamp[oldId] != election) {
        int atom = freshId(); // may grow the arrays: take it before indexing them
        atomStamp[oldId] = election;
        atomOf[oldId] = atom;
      }
      return atomOf[oldId];
    }

    /** Starts a new election for {@link #atom}: atoms of earlier elections are not reused. */
    final void newElection() {
      election++;
    }
  }

  /** A map from non-negative-or-any long keys to non-negative ints, by open addressing. */
  private static final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = emptyKeys(64);
    private int[] values = new int[64];
    private int size;

    private static long[] emptyKeys(int length) {
      long[] result = new long[length];
      Arrays.fill(result, EMPTY);
      return result;
    }

    /** The value for {@code key}, or -1. */
    int get(long key) {
      long k = key == EMPTY ? EMPTY + 1 : key;
      int mask = keys.length - 1;
      for (int i = slot(k, mask); ; i = (i + 1) & mask) {
        if (keys[i] == k) {
          return values[i];
        }
        if (keys[i] == EMPTY) {
          return -1;
        }
      }
    }

    void put(long key, int value) {
      if (2 * (size + 1) > keys.length) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = emptyKeys(2 * oldKeys.length);
        values = new int[2 * oldKeys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != EMPTY) {
            put(oldKeys[i], oldValues[i]);
          }
        }
      }
      long k = key == EMPTY ? EMPTY + 1 : key;
      int mask = keys.length - 1;
      int i = slot(k, mask);
      while (keys[i] != EMPTY && keys[i] != k) {
        i = (i + 1) & mask;
      }
      if (keys[i] == EMPTY) {
        size++;
      }
      keys[i] = k;
      values[i] = value;
    }

    private static int slot(long key, int mask) {
      long z = key * 0x9E3779B97F4A7C15L;
      return (int) (z ^ (z >>> 32)) & mask;
    }
  }

  /**
   * Follows the lowest-index branch from {@code root} until the committee has {@code
   * committeeSize} members or the process ends.
   */
  static Node resolute(Node root, int committeeSize) {
    Node node = root;
    while (node.size < committeeSize) {
      int[] best = node.process.best(node);
      if (best.length == 0) {
        break;
      }
      node = node.process.child(node, best[0]);
    }
    return node;
  }

  /**
   * Visits every node reachable from {@code root} under some tie-breaking and hands each terminal
   * one (a full committee, or one where the process ends) to {@code terminal}. States already
   * reached by another order of tie-breaking (same members, exactly the same numbers) are
   * explored once.
   */
  static void irresolute(Node root, int committeeSize, Memo memo, Consumer<Node> terminal) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node.size >= committeeSize) {
        terminal.accept(node);
        continue;
      }
      int[] best = node.process.best(node);
      if (best.length == 0) {
        terminal.accept(node);
        continue;
      }
      for (int c : best) {
        Node child = node.process.child(node, c);
        if (child.size >= committeeSize || memo.firstVisit(child)) {
          stack.push(child);
        }
      }
    }
  }

  /** The states visited by an irresolute search, by committee. */
  static final class Memo {
    private final Map<Members, List<Node>> seen = new HashMap<>();

    /** Records {@code node}; false if a node with exactly the same state was recorded. */
    boolean firstVisit(Node node) {
      List<Node> same = seen.computeIfAbsent(new Members(node.members), key -> new ArrayList<>());
      for (Node other : same) {
        if (sameNumbers(other, node)) {
          return false;
        }
      }
      same.add(node);
      return true;
    }

    private static boolean sameNumbers(Node a, Node b) {
      if (a.process == b.process && Arrays.equals(a.ids, b.ids)) {
        return true; // the same history for every voter
      }
      double tolerance = a.error + b.error;
      for (int v = 0; v < a.numbers.length; v++) {
        if (Math.abs(a.numbers[v] - b.numbers[v]) > tolerance) {
          return false;
        }
      }
      Rational[] x = a.process.exact(a);
      Rational[] y = b.process.exact(b);
      for (int v = 0; v < x.length; v++) {
        if (x[v].compareTo(y[v]) != 0) {
          return false;
        }
      }
      return true;
    }

    /** A committee bit set as a map key. */
    private static final class Members {
      private final long[] bits;
      private final int hash;

      Members(long[] bits) {
        this.bits = bits;
        this.hash = Arrays.hashCode(bits);
      }

      @Override
      public boolean equals(Object other) {
        return other instanceof Members that && Arrays.equals(bits, that.bits);
      }

      @Override
      public int hashCode() {
        return hash;
      }
    }
  }
}
