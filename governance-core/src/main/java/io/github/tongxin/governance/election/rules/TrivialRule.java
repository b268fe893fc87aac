package io.github.tongxin.governance.election.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * abcvoting's trivial rule: every k-subset of candidates wins (a check of tie enumeration). The
 * resolute committee is {@code {0, ..., k-1}}. The irresolute list has C(m, k) committees, so it
 * is meant for small profiles only.
 */
final class TrivialRule {
  private TrivialRule() {}

  static int[] resolute(ApprovalProfile profile, int k) {
    int[] result = new int[k];
    for (int i = 0; i < k; i++) {
      result[i] = i;
    }
    return result;
  }

  static List<int[]> irresolute(ApprovalProfile profile, int k) {
    int[] all = resolute(profile, profile.candidates());
    return combinations(all, k);
  }

  /** Every r-element subset of {@code pool} (sorted), in lexicographic order. */
  static List<int[]> combinations(int[] pool, int r) {
    List<int[]> result = new ArrayList<>();
    int[] index = new int[r];
    for (int i = 0; i < r; i++) {
      index[i] = i;
    }
    if (r > pool.length) {
      return result;
    }
    while (true) {
      int[] choice = new int[r];
      for (int i = 0; i < r; i++) {
        choice[i] = pool[index[i]];
      }
      result.add(choice);
      int i = r - 1;
      while (i >= 0 && index[i] == pool.length - r + i) {
        i--;
      }
      if (i < 0) {
        return result;
      }
      index[i]++;
      for (int j = i + 1; j < r; j++) {
        index[j] = index[j - 1] + 1;
      }
    }
  }
}
