package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.ResidentId;

/**
 * What one ballot says in one contest: a {@link Mark} per listed candidate (unmarked candidates
 * are simply absent) and the names written in (另选他人), each a vote for that person.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param marks the mark per candidate
 * @param writeIns the people written in; none also marked
 * @since 0.1.0
 */
public record ContestMarks(ImmutableMap<ResidentId, Mark> marks, ImmutableSet<ResidentId> writeIns) {
  /**
   * Creates the marks.
   *
   * @param marks the mark per candidate
   * @param writeIns the people written in; none also marked
   * @throws NullPointerException if an argument, key, value or element is null
   * @throws IllegalArgumentException if someone is both marked and written in
   */
  public ContestMarks {
    marks = ImmutableMap.copyOf(checkNotNull(marks, "marks"));
    writeIns = ImmutableSet.copyOf(checkNotNull(writeIns, "writeIns"));
    for (ResidentId w : writeIns) {
      checkArgument(!marks.containsKey(w), "%s is both marked and written in", w);
    }
  }

  /**
   * No marks and no write-ins.
   *
   * @return empty marks
   */
  public static ContestMarks none() {
    return new ContestMarks(ImmutableMap.of(), ImmutableSet.of());
  }

  /**
   * A mark of {@link Mark#FOR} for each given candidate, nothing else.
   *
   * @param candidates the candidates voted for
   * @return the marks
   * @throws NullPointerException if an argument is null
   */
  public static ContestMarks votesFor(Iterable<ResidentId> candidates) {
    ImmutableMap.Builder<ResidentId, Mark> marks = ImmutableMap.builder();
    for (ResidentId c : checkNotNull(candidates, "candidates")) {
      marks.put(c, Mark.FOR);
    }
    return new ContestMarks(marks.buildOrThrow(), ImmutableSet.of());
  }

  /**
   * The same marks with people written in.
   *
   * @param people the people written in
   * @return the marks
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if someone is both marked and written in
   */
  public ContestMarks withWriteIns(Iterable<ResidentId> people) {
    return new ContestMarks(marks, ImmutableSet.copyOf(checkNotNull(people, "people")));
  }

  /**
   * The people this ballot votes for in the contest: candidates marked {@code FOR} and write-ins.
   *
   * @return those voted for
   */
  public ImmutableSet<ResidentId> votedFor() {
    ImmutableSet.Builder<ResidentId> result = ImmutableSet.builder();
    marks.forEach(
        (who, mark) -> {
          if (mark == Mark.FOR) {
            result.add(who);
          }
        });
    return result.addAll(writeIns).build();
  }
}
