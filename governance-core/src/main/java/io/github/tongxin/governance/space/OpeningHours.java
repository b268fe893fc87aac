package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.tongxin.governance.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the living room is open: opening and closing times per day of the week (a day without an
 * entry is closed) and closures of whole days.
 *
 * <pre>{@code
 * OpeningHours hours = OpeningHours.daily(LocalTime.of(7, 0), LocalTime.of(21, 0))
 *     .withClosure(Closure.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-12"), "春节 Spring Festival"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param opens the opening time per day of the week; a missing day is closed
 * @param closes the closing time per day of the week, after its opening time; same keys as
 *     {@code opens}
 * @param closures closed days
 * @since 0.1.0
 */
public record OpeningHours(
    ImmutableMap<DayOfWeek, LocalTime> opens,
    ImmutableMap<DayOfWeek, LocalTime> closes,
    ImmutableList<Closure> closures) {
  /**
   * Creates opening hours.
   *
   * @param opens the opening time per day of the week
   * @param closes the closing time per day of the week
   * @param closures closed days
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the days of {@code opens} and {@code closes} differ, a
   *     closing time is not after its opening time, or a time is not a whole minute
   */
  public OpeningHours {
    opens = Maps.immutableEnumMap(checkNotNull(opens, "opens"));
    closes = Maps.immutableEnumMap(checkNotNull(closes, "closes"));
    closures = ImmutableList.copyOf(checkNotNull(closures, "closures"));
    checkArgument(
        opens.keySet().equals(closes.keySet()),
        "opens and closes must name the same days: %s, %s",
        opens.keySet(),
        closes.keySet());
    for (Map.Entry<DayOfWeek, LocalTime> e : opens.entrySet()) {
      LocalTime close = closes.get(e.getKey());
      checkArgument(
          close.isAfter(e.getValue()),
          "closing time must be after opening time on %s: %s-%s",
          e.getKey(),
          e.getValue(),
          close);
      checkArgument(
          e.getValue().getSecond() == 0 && e.getValue().getNano() == 0 && close.getSecond() == 0
              && close.getNano() == 0,
          "opening hours must be whole minutes on %s: %s-%s",
          e.getKey(),
          e.getValue(),
          close);
    }
  }

  /**
   * The same hours on every day of the week, no closures.
   *
   * @param opens the opening time
   * @param closes the closing time, after {@code opens}
   * @return the opening hours
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code closes} is not after {@code opens}
   */
  public static OpeningHours daily(LocalTime opens, LocalTime closes) {
    EnumMap<DayOfWeek, LocalTime> o = new EnumMap<>(DayOfWeek.class);
    EnumMap<DayOfWeek, LocalTime> c = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      o.put(d, checkNotNull(opens, "opens"));
      c.put(d, checkNotNull(closes, "closes"));
    }
    return new OpeningHours(
        Maps.immutableEnumMap(o), Maps.immutableEnumMap(c), ImmutableList.of());
  }

  /**
   * Always open: 00:00 to 23:59 every day, no closures.
   *
   * @return the opening hours
   */
  public static OpeningHours always() {
    return daily(LocalTime.MIDNIGHT, LocalTime.of(23, 59));
  }

  /**
   * These hours with one more closure.
   *
   * @param closure the closure
   * @return the new opening hours
   * @throws NullPointerException if {@code closure} is null
   */
  public OpeningHours withClosure(Closure closure) {
    checkNotNull(closure, "closure");
    return new OpeningHours(
        opens, closes, ImmutableList.<Closure>builder().addAll(closures).add(closure).build());
  }

  /**
   * The open slot of a day, if the living room opens that day.
   *
   * @param day a day
   * @return the slot from opening to closing time; empty if the day is closed
   */
  public Optional<Slot> openSlot(LocalDate day) {
    checkNotNull(day, "day");
    LocalTime open = opens.get(day.getDayOfWeek());
    if (open == null || closures.stream().anyMatch(c -> c.covers(day))) {
      return Optional.empty();
    }
    return Optional.of(Slot.of(day.atTime(open), day.atTime(closes.get(day.getDayOfWeek()))));
  }

  /**
   * Checks that a slot lies within the opening hours of its day.
   *
   * @param slot the slot
   * @return a violation ({@link SpaceCode#CLOSED} or {@link SpaceCode#OUTSIDE_OPENING_HOURS}), or
   *     empty if the slot is within opening hours
   */
  public Optional<Violation> check(Slot slot) {
    checkNotNull(slot, "slot");
    LocalDate day = slot.start().toLocalDate();
    for (Closure c : closures) {
      if (c.covers(day)) {
        return Optional.of(
            Violation.of(SpaceCode.CLOSED, "closed on " + day + " (" + c.reason() + "): " + slot));
      }
    }
    Optional<Slot> open = openSlot(day);
    if (open.isEmpty()) {
      return Optional.of(
          Violation.of(SpaceCode.CLOSED, "closed on " + day.getDayOfWeek() + "s: " + slot));
    }
    if (!open.get().encloses(slot)) {
      return Optional.of(
          Violation.of(
              SpaceCode.OUTSIDE_OPENING_HOURS,
              slot + " is outside the opening hours " + open.get() + " of " + day));
    }
    return Optional.empty();
  }
}
