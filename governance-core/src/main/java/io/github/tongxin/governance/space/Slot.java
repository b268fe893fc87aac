package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A half-open interval of local time {@code [start, end)} in Asia/Shanghai, at whole minutes.
 * Two slots that touch ({@code a.end().equals(b.start())}) do not overlap.
 *
 * <pre>{@code
 * Slot yoga = Slot.of(LocalDateTime.parse("2026-11-30T07:00"), LocalDateTime.parse("2026-11-30T08:00"));
 * yoga.toString(); // "2026-11-30T07:00/2026-11-30T08:00"
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param start the first minute, inclusive
 * @param end the end, exclusive; after {@code start}
 * @since 0.1.0
 */
public record Slot(LocalDateTime start, LocalDateTime end) implements Comparable<Slot> {
  /**
   * Creates a slot.
   *
   * @param start the first minute, inclusive
   * @param end the end, exclusive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a time has seconds or nanoseconds, or {@code end} is not
   *     after {@code start}
   */
  public Slot {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(
        start.getSecond() == 0 && start.getNano() == 0, "start must be a whole minute: %s", start);
    checkArgument(end.getSecond() == 0 && end.getNano() == 0, "end must be a whole minute: %s", end);
    checkArgument(end.isAfter(start), "end must be after start: %s/%s", start, end);
  }

  /**
   * Creates a slot.
   *
   * @param start the first minute, inclusive
   * @param end the end, exclusive
   * @return the slot
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a time has seconds or nanoseconds, or {@code end} is not
   *     after {@code start}
   */
  public static Slot of(LocalDateTime start, LocalDateTime end) {
    return new Slot(start, end);
  }

  /**
   * Parses the text form {@code start/end}, e.g. {@code "2026-11-30T07:00/2026-11-30T08:00"}.
   *
   * @param text the text
   * @return the slot
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not two ISO local date-times separated by
   *     {@code /}, or they do not form a slot
   */
  public static Slot parse(String text) {
    checkNotNull(text, "text");
    int slash = text.indexOf('/');
    checkArgument(slash > 0, "slot must be start/end: '%s'", text);
    try {
      return of(
          LocalDateTime.parse(text.substring(0, slash)),
          LocalDateTime.parse(text.substring(slash + 1)));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("slot must be start/end: '" + text + "'", e);
    }
  }

  /**
   * The length of the slot.
   *
   * @return {@code end - start}
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /**
   * Whether the two slots share a minute; touching slots do not.
   *
   * @param other another slot
   * @return {@code true} if {@code start < other.end && other.start < end}
   */
  public boolean overlaps(Slot other) {
    checkNotNull(other, "other");
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Whether {@code other} lies within this slot.
   *
   * @param other another slot
   * @return {@code true} if {@code start <= other.start && other.end <= end}
   */
  public boolean encloses(Slot other) {
    checkNotNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * The slot shifted by whole weeks.
   *
   * @param weeks the number of weeks, may be negative
   * @return the shifted slot
   */
  public Slot plusWeeks(long weeks) {
    return weeks == 0 ? this : new Slot(start.plusWeeks(weeks), end.plusWeeks(weeks));
  }

  long startMinute() {
    return minute(start);
  }

  long endMinute() {
    return minute(end);
  }

  static long minute(LocalDateTime time) {
    return time.toEpochSecond(ZoneOffset.UTC) / 60;
  }

  static LocalDateTime time(long minute) {
    return LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC);
  }

  /**
   * Orders slots by start, then by end.
   *
   * @param other the slot to compare with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Slot other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  /**
   * The text form {@code start/end}, such that {@code parse(s.toString()).equals(s)}.
   *
   * @return e.g. {@code "2026-11-30T07:00/2026-11-30T08:00"}
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
