package io.github.tongxin.governance.election.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The separable rules, as abcvoting's {@code _separable_rule_algorithm}: each candidate has a
 * score, and the winning committees are the k-subsets of largest total score. AV scores a
 * candidate by the weight of its approvers; SAV gives each voter's weight in equal shares to the
 * approved candidates (an empty ballot gives nothing). Scores are exact integers: weights scaled
 * by {@link ThieleInput}, and for SAV multiplied by the least common multiple of the ballot sizes.
 */
final class SeparableRules {
  private SeparableRules() {}

  static int[] av(ApprovalProfile profile, int k) {
    return new Cut(approvalScores(ThieleInput.of(profile)), k).first();
  }

  static List<int[]> avAll(ApprovalProfile profile, int k) {
    return new Cut(approvalScores(ThieleInput.of(profile)), k).all();
  }

  static int[] sav(ApprovalProfile profile, int k) {
    return new Cut(satisfactionScores(ThieleInput.of(profile)), k).first();
  }

  static List<int[]> savAll(ApprovalProfile profile, int k) {
    return new Cut(satisfactionScores(ThieleInput.of(profile)), k).all();
  }

  static BigInteger[] approvalScores(ThieleInput input) {
    BigInteger[] score = new BigInteger[input.candidates];
    for (int c = 0; c < input.candidates; c++) {
      BigInteger s = BigInteger.ZERO;
      for (int v : input.approvers[c]) {
        s = s.add(input.weights[v]);
      }
      score[c] = s;
    }
    return score;
  }

  static BigInteger[] satisfactionScores(ThieleInput input) {
    BigInteger lcm = BigInteger.ONE;
    for (int[] ballot : input.ballots) {
      if (ballot.length > 0) {
        BigInteger size = BigInteger.valueOf(ballot.length);
        lcm = lcm.divide(lcm.gcd(size)).multiply(size);
      }
    }
    BigInteger[] score = new BigInteger[input.candidates];
    Arrays.fill(score, BigInteger.ZERO);
    for (int v = 0; v < input.voters; v++) {
      int[] ballot = input.ballots[v];
      if (ballot.length == 0) {
        continue;
      }
      BigInteger share = input.weights[v].multiply(lcm.divide(BigInteger.valueOf(ballot.length)));
      for (int c : ballot) {
        score[c] = score[c].add(share);
      }
    }
    return score;
  }

  /** The candidates above the k-th largest score, and those tied with it. */
  private static final class Cut {
    final int[] certain;
    final int[] possible;
    final int missing;

    Cut(BigInteger[] score, int k) {
      BigInteger[] sorted = score.clone();
      Arrays.sort(sorted);
      BigInteger cutoff = sorted[sorted.length - k];
      List<Integer> above = new ArrayList<>();
      List<Integer> tied = new ArrayList<>();
      for (int c = 0; c < score.length; c++) {
        int cmp = score[c].compareTo(cutoff);
        if (cmp > 0) {
          above.add(c);
        } else if (cmp == 0) {
          tied.add(c);
        }
      }
      certain = above.stream().mapToInt(Integer::intValue).toArray();
      possible = tied.stream().mapToInt(Integer::intValue).toArray();
      missing = k - certain.length;
    }

    /** The certain candidates and the lowest-indexed tied ones. */
    int[] first() {
      return merge(certain, Arrays.copyOf(possible, missing));
    }

    List<int[]> all() {
      List<int[]> result = new ArrayList<>();
      for (int[] choice : TrivialRule.combinations(possible, missing)) {
        result.add(merge(certain, choice));
      }
      return ThieleBigEngine.sorted(result);
    }

    private static int[] merge(int[] a, int[] b) {
      int[] result = new int[a.length + b.length];
      System.arraycopy(a, 0, result, 0, a.length);
      System.arraycopy(b, 0, result, a.length, b.length);
      Arrays.sort(result);
      return result;
    }
  }
}
