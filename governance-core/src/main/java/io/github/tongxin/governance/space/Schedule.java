package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a booking takes its rooms: {@link Once once}, or {@link Weekly weekly} on the weekday of
 * its first slot until a last day, with exceptions.
 *
 * <pre>{@code
 * Schedule yoga = Schedule.weekly(Slot.parse("2026-11-30T07:00/2026-11-30T08:00"),
 *     LocalDate.parse("2027-01-25"), List.of(LocalDate.parse("2026-12-28")));
 * yoga.occurrences().size(); // 9 Mondays, less the exception: 8
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Schedule {
  /** The most occurrences a weekly schedule may have: two years of weeks. */
  int MAX_WEEKS = 104;

  /**
   * A single slot.
   *
   * @param slot the slot
   * @return the schedule
   * @throws NullPointerException if {@code slot} is null
   */
  static Schedule once(Slot slot) {
    return new Once(slot);
  }

  /**
   * Every week on the weekday of {@code first}, up to and including the day {@code until}, except
   * on the given days.
   *
   * @param first the first occurrence
   * @param until the last day an occurrence may start on, not before {@code first}'s day
   * @param exceptions days without an occurrence; each must be a day of an occurrence
   * @return the schedule
   * @throws NullPointerException if an argument or an exception is null
   * @throws IllegalArgumentException if {@code until} is before the first day, the schedule spans
   *     more than 104 weeks, or an exception is not a day of an occurrence
   */
  static Schedule weekly(Slot first, LocalDate until, Iterable<LocalDate> exceptions) {
    return new Weekly(first, until, ImmutableSortedSet.copyOf(checkNotNull(exceptions, "exceptions")));
  }

  /**
   * The first slot of the schedule (of a weekly schedule: its first week, even if excepted).
   *
   * @return the first slot
   */
  Slot first();

  /**
   * The slots the booking takes, in time order.
   *
   * @return the occurrences, possibly empty if every week is an exception
   */
  ImmutableList<Slot> occurrences();

  /**
   * A single slot.
   *
   * @param slot the slot
   * @since 0.1.0
   */
  record Once(Slot slot) implements Schedule {
    /**
     * Creates the schedule.
     *
     * @param slot the slot
     * @throws NullPointerException if {@code slot} is null
     */
    public Once {
      checkNotNull(slot, "slot");
    }

    @Override
    public Slot first() {
      return slot;
    }

    @Override
    public ImmutableList<Slot> occurrences() {
      return ImmutableList.of(slot);
    }

    /**
     * The slot's text.
     *
     * @return e.g. {@code "2026-11-30T07:00/2026-11-30T08:00"}
     */
    @Override
    public String toString() {
      return slot.toString();
    }
  }

  /**
   * Weekly on the weekday of {@code first}, up to and including {@code until}, with exceptions.
   *
   * @param first the first occurrence
   * @param until the last day an occurrence may start on
   * @param exceptions days without an occurrence
   * @since 0.1.0
   */
  record Weekly(Slot first, LocalDate until, ImmutableSortedSet<LocalDate> exceptions)
      implements Schedule {
    /**
     * Creates the schedule.
     *
     * @param first the first occurrence
     * @param until the last day an occurrence may start on, not before {@code first}'s day
     * @param exceptions days without an occurrence; each a day of an occurrence
     * @throws NullPointerException if an argument or an exception is null
     * @throws IllegalArgumentException if {@code until} is before the first day, the slot lasts
     *     more than 7 days, the schedule spans more than 104 weeks, or an exception is not a day
     *     of an occurrence
     */
    public Weekly {
      checkNotNull(first, "first");
      checkNotNull(until, "until");
      exceptions = ImmutableSortedSet.copyOf(checkNotNull(exceptions, "exceptions"));
      LocalDate day = first.start().toLocalDate();
      checkArgument(!until.isBefore(day), "until must not be before %s: %s", day, until);
      checkArgument(
          first.duration().compareTo(java.time.Duration.ofDays(7)) <= 0,
          "a weekly slot lasts at most 7 days: %s",
          first);
      checkArgument(
          ChronoUnit.WEEKS.between(day, until) < MAX_WEEKS,
          "a weekly schedule spans at most %s weeks: %s..%s",
          MAX_WEEKS,
          day,
          until);
      for (LocalDate x : exceptions) {
        checkArgument(
            !x.isBefore(day)
                && !x.isAfter(until)
                && x.getDayOfWeek() == day.getDayOfWeek(),
            "exception must be a day of an occurrence (%s from %s to %s): %s",
            day.getDayOfWeek(),
            day,
            until,
            x);
      }
    }

    @Override
    public ImmutableList<Slot> occurrences() {
      ImmutableList.Builder<Slot> out = ImmutableList.builder();
      for (long w = 0; ; w++) {
        Slot s = first.plusWeeks(w);
        LocalDate day = s.start().toLocalDate();
        if (day.isAfter(until)) {
          return out.build();
        }
        if (!exceptions.contains(day)) {
          out.add(s);
        }
      }
    }

    /**
     * The schedule as text.
     *
     * @return e.g. {@code "weekly 2026-11-30T07:00/2026-11-30T08:00 until 2027-01-25 except
     *     [2026-12-28]"}
     */
    @Override
    public String toString() {
      return "weekly " + first + " until " + until + (exceptions.isEmpty() ? "" : " except " + exceptions);
    }
  }
}
