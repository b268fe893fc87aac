package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * Days on which the whole living room is closed, e.g. the Spring Festival holiday.
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param first the first closed day
 * @param last the last closed day, not before {@code first}
 * @param reason why, for people; not blank
 * @since 0.1.0
 */
public record Closure(LocalDate first, LocalDate last, String reason) {
  /**
   * Creates a closure.
   *
   * @param first the first closed day
   * @param last the last closed day
   * @param reason why; not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code last} is before {@code first} or {@code reason} is
   *     blank
   */
  public Closure {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkNotNull(reason, "reason");
    checkArgument(!last.isBefore(first), "last must not be before first: %s..%s", first, last);
    checkArgument(!reason.isBlank(), "reason must not be blank: '%s'", reason);
  }

  /**
   * Creates a closure.
   *
   * @param first the first closed day
   * @param last the last closed day
   * @param reason why; not blank
   * @return the closure
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code last} is before {@code first} or {@code reason} is
   *     blank
   */
  public static Closure of(LocalDate first, LocalDate last, String reason) {
    return new Closure(first, last, reason);
  }

  /**
   * Whether the day is closed.
   *
   * @param day a day
   * @return {@code true} if {@code first <= day <= last}
   */
  public boolean covers(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
