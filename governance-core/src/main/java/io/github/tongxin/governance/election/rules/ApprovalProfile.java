package io.github.tongxin.governance.election.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.tongxin.governance.internal.Rational;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;

/**
 * Approval ballots over candidates {@code 0..m-1}: for each voter, the set of candidates they
 * approve, and optionally a positive weight per voter (default 1).
 *
 * <p>This is the input of every {@link CommitteeRule}, and the same model as abcvoting's {@code
 * Profile}. Ballots may be empty. Immutable and thread-safe; value-based: equal profiles have the
 * same number of candidates, the same ballots in the same voter order and the same weights.
 *
 * <pre>{@code
 * ApprovalProfile p = ApprovalProfile.of(6, List.of(List.of(0, 2, 3), List.of(1, 3), List.of()));
 * p.voters();          // 3
 * p.approvals(3);      // 2
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ApprovalProfile {
  private final int candidates;
  private final ImmutableList<ImmutableSortedSet<Integer>> ballots;
  private final ImmutableList<BigDecimal> weights;
  private final boolean unitWeights;
  // Derived, for the rules: ballots as sorted arrays, weights as exact rationals.
  private final int[][] ballotArrays;
  private final Rational[] rationalWeights;

  private ApprovalProfile(
      int candidates,
      ImmutableList<ImmutableSortedSet<Integer>> ballots,
      ImmutableList<BigDecimal> weights,
      boolean unitWeights) {
    this.candidates = candidates;
    this.ballots = ballots;
    this.weights = weights;
    this.unitWeights = unitWeights;
    this.ballotArrays = new int[ballots.size()][];
    this.rationalWeights = new Rational[ballots.size()];
    for (int v = 0; v < ballots.size(); v++) {
      ballotArrays[v] = ballots.get(v).stream().mapToInt(Integer::intValue).toArray();
      rationalWeights[v] = unitWeights ? Rational.ONE : Rational.of(weights.get(v));
    }
  }

  /**
   * A profile with unit weights.
   *
   * @param candidates the number of candidates m; at least 1
   * @param ballots one ballot per voter: the approved candidate indices, each in {@code 0..m-1}
   *     and at most once per ballot
   * @return the profile
   * @throws NullPointerException if {@code ballots}, a ballot or an index is null
   * @throws IllegalArgumentException if {@code candidates} is below 1, or an index is out of
   *     range or repeated within a ballot; the message names the voter and the index
   */
  public static ApprovalProfile of(int candidates, Iterable<? extends Iterable<Integer>> ballots) {
    checkArgument(candidates >= 1, "candidates must be at least 1: %s", candidates);
    checkNotNull(ballots, "ballots");
    ImmutableList.Builder<ImmutableSortedSet<Integer>> result = ImmutableList.builder();
    int voter = 0;
    for (Iterable<Integer> ballot : ballots) {
      checkNotNull(ballot, "ballot of voter %s", voter);
      ImmutableList<Integer> marks = ImmutableList.copyOf(ballot);
      ImmutableSortedSet<Integer> set = ImmutableSortedSet.copyOf(marks);
      checkArgument(
          set.size() == marks.size(), "ballot of voter %s repeats a candidate: %s", voter, marks);
      checkArgument(
          set.isEmpty() || (set.first() >= 0 && set.last() < candidates),
          "ballot of voter %s names a candidate outside 0..%s: %s",
          voter,
          candidates - 1,
          marks);
      result.add(set);
      voter++;
    }
    ImmutableList<ImmutableSortedSet<Integer>> list = result.build();
    ImmutableList<BigDecimal> ones =
        ImmutableList.copyOf(Collections.nCopies(list.size(), BigDecimal.ONE));
    return new ApprovalProfile(candidates, list, ones, true);
  }

  /**
   * The same ballots with voter weights.
   *
   * @param newWeights one positive weight per voter, in voter order
   * @return a profile with these weights
   * @throws NullPointerException if {@code newWeights} or a weight is null
   * @throws IllegalArgumentException if the number of weights differs from the number of voters
   *     or a weight is not positive
   */
  public ApprovalProfile withWeights(Iterable<BigDecimal> newWeights) {
    ImmutableList<BigDecimal> list = ImmutableList.copyOf(checkNotNull(newWeights, "newWeights"));
    checkArgument(
        list.size() == ballots.size(),
        "need one weight per voter: %s weights, %s voters",
        list.size(),
        ballots.size());
    boolean allOne = true;
    for (int v = 0; v < list.size(); v++) {
      checkArgument(
          list.get(v).signum() > 0, "weight of voter %s must be positive: %s", v, list.get(v));
      allOne &= list.get(v).compareTo(BigDecimal.ONE) == 0;
    }
    return new ApprovalProfile(candidates, ballots, list, allOne);
  }

  /**
   * The number of candidates m.
   *
   * @return at least 1
   */
  public int candidates() {
    return candidates;
  }

  /**
   * The number of voters (ballots).
   *
   * @return zero or more
   */
  public int voters() {
    return ballots.size();
  }

  /**
   * The ballots, in voter order.
   *
   * @return each voter's approved candidates
   */
  public ImmutableList<ImmutableSortedSet<Integer>> ballots() {
    return ballots;
  }

  /**
   * The voters' weights, in voter order (all 1 unless given).
   *
   * @return one positive weight per voter
   */
  public ImmutableList<BigDecimal> weights() {
    return weights;
  }

  /**
   * Whether every weight is 1.
   *
   * @return {@code true} for an unweighted profile
   */
  public boolean hasUnitWeights() {
    return unitWeights;
  }

  /**
   * The number of voters approving a candidate (not weighted).
   *
   * @param candidate a candidate index
   * @return zero or more
   * @throws IllegalArgumentException if the index is out of range
   */
  public int approvals(int candidate) {
    checkArgument(
        0 <= candidate && candidate < candidates,
        "candidate must be in 0..%s: %s",
        candidates - 1,
        candidate);
    int count = 0;
    for (int[] ballot : ballotArrays) {
      if (Arrays.binarySearch(ballot, candidate) >= 0) {
        count++;
      }
    }
    return count;
  }

  /** The ballot of a voter as a sorted array; callers must not modify it. */
  int[] ballotArray(int voter) {
    return ballotArrays[voter];
  }

  /** The weight of a voter as an exact rational. */
  Rational weight(int voter) {
    return rationalWeights[voter];
  }

  /**
   * Whether {@code other} has the same candidates, ballots (in voter order) and weights.
   *
   * @param other the object to compare with; may be null
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ApprovalProfile that)) {
      return false;
    }
    if (candidates != that.candidates || !ballots.equals(that.ballots)) {
      return false;
    }
    for (int v = 0; v < ballots.size(); v++) {
      if (weights.get(v).compareTo(that.weights.get(v)) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int hash = 31 * candidates + ballots.hashCode();
    for (Rational w : rationalWeights) {
      hash = 31 * hash + w.hashCode();
    }
    return hash;
  }

  /**
   * A summary: {@code "ApprovalProfile{candidates=6, voters=8, ballots=[[0, 2], ...]}"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ApprovalProfile{candidates="
        + candidates
        + ", voters="
        + ballots.size()
        + ", ballots="
        + ballots
        + (unitWeights ? "" : ", weights=" + weights)
        + "}";
  }
}
