package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.ResidentId;

/**
 * Who counts (计票人) and who scrutinises (监票人) the vote; candidates may be neither.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param counters the counters
 * @param scrutineers the scrutineers
 * @since 0.1.0
 */
public record ElectionStaff(ImmutableSet<ResidentId> counters, ImmutableSet<ResidentId> scrutineers) {
  /**
   * Creates the staff.
   *
   * @param counters the counters
   * @param scrutineers the scrutineers
   * @throws NullPointerException if an argument or member is null
   */
  public ElectionStaff {
    counters = ImmutableSet.copyOf(checkNotNull(counters, "counters"));
    scrutineers = ImmutableSet.copyOf(checkNotNull(scrutineers, "scrutineers"));
  }

  /**
   * Creates the staff.
   *
   * @param counters the counters
   * @param scrutineers the scrutineers
   * @return the staff
   * @throws NullPointerException if an argument or member is null
   */
  public static ElectionStaff of(Iterable<ResidentId> counters, Iterable<ResidentId> scrutineers) {
    return new ElectionStaff(
        ImmutableSet.copyOf(checkNotNull(counters, "counters")),
        ImmutableSet.copyOf(checkNotNull(scrutineers, "scrutineers")));
  }

  /**
   * Whether a resident counts or scrutinises.
   *
   * @param resident the resident
   * @return {@code true} if staff
   * @throws NullPointerException if {@code resident} is null
   */
  public boolean includes(ResidentId resident) {
    checkNotNull(resident, "resident");
    return counters.contains(resident) || scrutineers.contains(resident);
  }
}
