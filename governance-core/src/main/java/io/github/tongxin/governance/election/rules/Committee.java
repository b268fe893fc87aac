package io.github.tongxin.governance.election.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.primitives.Ints;
import java.util.Iterator;

/**
 * A committee: the candidates a rule elects, as candidate indices {@code 0..m-1} of an {@link
 * ApprovalProfile}, in increasing order.
 *
 * <p>Committees order lexicographically by their sorted members (so {@code [0, 2, 5]} comes
 * before {@code [0, 3, 4]}), which is how abcvoting lists tied committees. Immutable and
 * thread-safe; value-based.
 *
 * <pre>{@code
 * Committee c = Committee.of(0, 2, 5);
 * c.toString(); // "[0, 2, 5]"
 * }</pre>
 *
 * @param members the candidate indices, sorted; none negative
 * @since 0.1.0
 */
public record Committee(ImmutableSortedSet<Integer> members) implements Comparable<Committee> {
  /**
   * Creates a committee.
   *
   * @param members the candidate indices; none negative
   * @throws NullPointerException if {@code members} or a member is null
   * @throws IllegalArgumentException if a member is negative
   */
  public Committee {
    members = ImmutableSortedSet.copyOf(checkNotNull(members, "members"));
    checkArgument(
        members.isEmpty() || members.first() >= 0, "candidate indices must not be negative: %s", members);
  }

  /**
   * The committee of the given candidates.
   *
   * @param candidates candidate indices, distinct, none negative
   * @return the committee
   * @throws IllegalArgumentException if an index is negative or repeats
   */
  public static Committee of(int... candidates) {
    ImmutableSortedSet<Integer> set = ImmutableSortedSet.copyOf(Ints.asList(candidates));
    checkArgument(
        set.size() == candidates.length, "candidates must be distinct: %s", Ints.asList(candidates));
    return new Committee(set);
  }

  /**
   * The committee of the given candidates.
   *
   * @param candidates candidate indices, distinct, none negative
   * @return the committee
   * @throws NullPointerException if {@code candidates} or one of them is null
   * @throws IllegalArgumentException if an index is negative or repeats
   */
  public static Committee of(Iterable<Integer> candidates) {
    ImmutableList<Integer> list = ImmutableList.copyOf(checkNotNull(candidates, "candidates"));
    ImmutableSortedSet<Integer> set = ImmutableSortedSet.copyOf(list);
    checkArgument(set.size() == list.size(), "candidates must be distinct: %s", list);
    return new Committee(set);
  }

  /**
   * The number of members.
   *
   * @return the size
   */
  public int size() {
    return members.size();
  }

  /**
   * Whether a candidate is a member.
   *
   * @param candidate a candidate index
   * @return {@code true} if elected
   */
  public boolean contains(int candidate) {
    return members.contains(candidate);
  }

  /**
   * Lexicographic order of the sorted members; a proper prefix comes first.
   *
   * @param other the committee to compare with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Committee other) {
    Iterator<Integer> a = members.iterator();
    Iterator<Integer> b = other.members.iterator();
    while (a.hasNext() && b.hasNext()) {
      int c = Integer.compare(a.next(), b.next());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(a.hasNext(), b.hasNext());
  }

  /**
   * The members as {@code "[0, 2, 5]"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return members.toString();
  }
}
