package io.github.tongxin.governance.election.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Phragmén's minimax rule ({@code minimaxphragmen}) as abcvoting defines it: every committee of
 * size k whose members' unit loads can be distributed among their approvers with the smallest
 * maximum voter load (without abcvoting's {@code leximaxphragmen} refinement of the second-,
 * third-, ... largest loads).
 *
 * <p>By max-flow/min-cut, the smallest maximum load of a committee W is {@code max over nonempty T
 * ⊆ W of |T| / w(N(T))}, the inverse of the support value that {@link MaximinSupportProcess}
 * computes exactly; so the rule elects the committees with the largest support value. Adding a
 * member never raises the support value, which bounds a depth-first search over committees in
 * candidate order. abcvoting caps each voter's load per candidate at 1; with voter weights of at
 * least 1 the cap never binds (a voter of weight w ≥ 1 can carry a whole seat alone), so weights
 * below 1 are rejected.
 *
 * <p>If fewer than k candidates are approved, the committees are all approved candidates plus any
 * k - (approved) unapproved ones, as in abcvoting. Resolute: the lexicographically first optimal
 * committee.
 */
final class MinimaxPhragmen {
  private final MaximinSupportProcess process;
  private final int candidates;
  private final int committeeSize;
  private final int[] members;
  private final List<Committee> best = new ArrayList<>();
  private long bestNum = -1;
  private long bestDen = 1;

  private MinimaxPhragmen(ApprovalProfile profile, int committeeSize) {
    for (int v = 0; v < profile.voters(); v++) {
      BigDecimal weight = profile.weights().get(v);
      checkArgument(
          weight.compareTo(BigDecimal.ONE) >= 0,
          "minimaxphragmen needs voter weights of at least 1 (abcvoting caps a voter's load per"
              + " candidate at 1): voter %s has weight %s",
          v,
          weight);
    }
    this.process = new MaximinSupportProcess(profile);
    this.candidates = profile.candidates();
    this.committeeSize = committeeSize;
    this.members = new int[committeeSize];
  }

  /** Every optimal committee, sorted. */
  static ImmutableList<Committee> all(ApprovalProfile profile, int committeeSize) {
    return new MinimaxPhragmen(profile, committeeSize).search();
  }

  /** The lexicographically first optimal committee. */
  static Committee first(ApprovalProfile profile, int committeeSize) {
    return all(profile, committeeSize).get(0);
  }

  private ImmutableList<Committee> search() {
    List<Integer> approved = new ArrayList<>();
    List<Integer> unapproved = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      (process.isApproved(c) ? approved : unapproved).add(c);
    }
    if (approved.size() < committeeSize) {
      List<Committee> result = new ArrayList<>();
      int[] chosen = new int[committeeSize];
      for (int i = 0; i < approved.size(); i++) {
        chosen[i] = approved.get(i);
      }
      fill(unapproved, chosen, approved.size(), 0, result);
      return ImmutableList.sortedCopyOf(result);
    }
    int[] pool = approved.stream().mapToInt(Integer::intValue).toArray();
    extend(pool, 0, 0);
    return ImmutableList.sortedCopyOf(best);
  }

  private static void fill(List<Integer> pool, int[] chosen, int filled, int from, List<Committee> result) {
    if (filled == chosen.length) {
      result.add(Committee.of(chosen));
      return;
    }
    for (int i = from; i <= pool.size() - (chosen.length - filled); i++) {
      chosen[filled] = pool.get(i);
      fill(pool, chosen, filled + 1, i + 1, result);
    }
  }

  /** Tries every way to fill the members from {@code filled} on with pool entries from {@code from}. */
  private void extend(int[] pool, int filled, int from) {
    for (int i = from; i <= pool.length - (committeeSize - filled); i++) {
      members[filled] = pool[i];
      int[] partial = Arrays.copyOf(members, filled + 1);
      // The support value only falls as members are added: prune below the best so far.
      long[] value = process.supportValue(partial, bestNum, bestDen);
      if (value == null) {
        continue;
      }
      if (filled + 1 < committeeSize) {
        extend(pool, filled + 1, i + 1);
        continue;
      }
      int versusBest =
          bestNum < 0
              ? 1
              : Long.compare(Math.multiplyExact(value[0], bestDen), Math.multiplyExact(bestNum, value[1]));
      if (versusBest > 0) {
        best.clear();
        bestNum = value[0];
        bestDen = value[1];
      }
      if (versusBest >= 0) {
        best.add(Committee.of(partial));
      }
    }
  }
}
