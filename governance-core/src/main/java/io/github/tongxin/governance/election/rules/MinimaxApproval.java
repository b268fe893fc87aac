package io.github.tongxin.governance.election.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minimax Approval Voting and its lexicographic variant, as in abcvoting. The distance of a voter
 * to a committee W is the Hamming distance {@code |ballot| + k - 2|ballot ∩ W|}. Minimax AV
 * minimises the largest distance (voter weights play no part, as in abcvoting); lex-MAV then
 * compares the distances sorted from largest to smallest lexicographically (abcvoting defines it
 * for unit weights only).
 *
 * <p>The optimal largest distance D is found by raising D from its lower bound {@code max
 * ||ballot| - k|} until a committee meets it. A committee meets D exactly when each voter has at
 * least {@code ceil((|ballot| + k - D) / 2)} approved members; a depth-first search over
 * k-subsets in lexicographic order cuts a branch as soon as some voter cannot reach that many
 * with the candidates left. The first committee it finds is the lexicographically first one.
 */
final class MinimaxApproval {
  private MinimaxApproval() {}

  static int[] minimax(ApprovalProfile profile, int k) {
    Feasibility search = new Feasibility(ThieleInput.of(profile), k);
    search.findOptimum();
    return search.first();
  }

  static List<int[]> minimaxAll(ApprovalProfile profile, int k) {
    Feasibility search = new Feasibility(ThieleInput.of(profile), k);
    search.findOptimum();
    return search.all();
  }

  static int[] lexMinimax(ApprovalProfile profile, int k) {
    return lexMinimaxAll(profile, k).get(0);
  }

  static List<int[]> lexMinimaxAll(ApprovalProfile profile, int k) {
    checkArgument(
        profile.hasUnitWeights(), "lexminimaxav is defined only for unit weights: %s", profile);
    ThieleInput input = ThieleInput.of(profile);
    Feasibility search = new Feasibility(input, k);
    int optimum = search.findOptimum();
    // Among committees meeting the optimum, the best histogram of distances, compared from the
    // largest distance down: fewer voters at a larger distance is better.
    List<int[]> feasible = search.all();
    List<int[]> best = new ArrayList<>();
    int[] bestHistogram = histogram(input, feasible.get(0), optimum);
    for (int[] committee : feasible) {
      int[] histogram = histogram(input, committee, optimum);
      int cmp = Arrays.compare(histogram, bestHistogram);
      if (cmp < 0) {
        best.clear();
        bestHistogram = histogram;
      }
      if (cmp <= 0) {
        best.add(committee);
      }
    }
    return best;
  }

  /** The number of voters at distance optimum, optimum - 1, ..., 0. */
  private static int[] histogram(ThieleInput input, int[] committee, int optimum) {
    boolean[] member = new boolean[input.candidates];
    for (int c : committee) {
      member[c] = true;
    }
    int[] histogram = new int[optimum + 1];
    for (int[] ballot : input.ballots) {
      int approved = 0;
      for (int c : ballot) {
        approved += member[c] ? 1 : 0;
      }
      int distance = ballot.length + committee.length - 2 * approved;
      histogram[optimum - distance]++;
    }
    return histogram;
  }

  /** Searches for committees whose largest distance is at most a target. */
  private static final class Feasibility {
    final int n;
    final int m;
    final int k;
    final int[][] ballots;
    final int[][] approvers;
    /** suffix[v][c]: approved candidates of voter v with index c or more. */
    final int[][] suffix;
    final int[] need;
    final int[] approved;
    final int[] chosen;
    final int[] previousClone;

    Feasibility(ThieleInput input, int k) {
      this.n = input.voters;
      this.m = input.candidates;
      this.k = k;
      this.ballots = input.ballots;
      this.approvers = input.approvers;
      this.suffix = new int[n][m + 1];
      for (int v = 0; v < n; v++) {
        for (int c : ballots[v]) {
          suffix[v][c]++;
        }
        for (int c = m - 1; c >= 0; c--) {
          suffix[v][c] += suffix[v][c + 1];
        }
      }
      this.need = new int[n];
      this.approved = new int[n];
      this.chosen = new int[k];
      this.previousClone = input.previousClone();
    }

    /** Sets the target to the optimal largest distance and returns it. */
    int findOptimum() {
      int lower = 0;
      for (int[] ballot : ballots) {
        lower = Math.max(lower, Math.abs(ballot.length - k));
      }
      for (int d = lower; ; d++) {
        setTarget(d);
        List<int[]> found = new ArrayList<>();
        if (search(0, k, found, true)) {
          return d;
        }
      }
    }

    void setTarget(int d) {
      for (int v = 0; v < n; v++) {
        // distance = |b| + k - 2a <= d  <=>  a >= (|b| + k - d) / 2
        need[v] = Math.max(0, Math.floorDiv(ballots[v].length + k - d + 1, 2));
      }
    }

    int[] first() {
      List<int[]> found = new ArrayList<>();
      search(0, k, found, true);
      return found.get(0);
    }

    List<int[]> all() {
      List<int[]> found = new ArrayList<>();
      search(0, k, found, false);
      return found;
    }

    /** Completes the chosen prefix with r candidates from next..m-1; true to stop. */
    boolean search(int next, int r, List<int[]> found, boolean firstOnly) {
      for (int v = 0; v < n; v++) {
        if (approved[v] + Math.min(r, suffix[v][next]) < need[v]) {
          return false;
        }
      }
      if (r == 0) {
        found.add(chosen.clone());
        return firstOnly;
      }
      for (int c = next; c <= m - r; c++) {
        int clone = previousClone[c];
        if (firstOnly && clone >= 0 && Arrays.binarySearch(chosen, 0, k - r, clone) < 0) {
          continue; // swapping clones keeps every distance: try the lowest-indexed ones first
        }
        chosen[k - r] = c;
        for (int v : approvers[c]) {
          approved[v]++;
        }
        boolean stop = search(c + 1, r - 1, found, firstOnly);
        for (int v : approvers[c]) {
          approved[v]--;
        }
        if (stop) {
          return true;
        }
      }
      return false;
    }
  }
}
