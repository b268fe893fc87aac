package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes iCalendar (RFC 5545) text: a room's bookings, or an activity's sessions, as VEVENTs
 * with local times in a VTIMEZONE for Asia/Shanghai, weekly schedules as {@code
 * RRULE:FREQ=WEEKLY;UNTIL=…} and their exceptions as {@code EXDATE}.
 *
 * <p>Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text
 * values are escaped. The output is a pure function of the arguments: {@code stamp} (the
 * DTSTAMP of every event) is a parameter, never a clock reading.
 *
 * <pre>{@code
 * String ics = ICalendarWriter.room(calendar, RoomId.of("kitchen"), Instant.parse("2026-11-28T00:00:00Z"));
 * Files.writeString(path, ics);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ICalendarWriter {
  /** The UID domain of every event: {@code <booking id>@tongxin.github.io}. */
  public static final String UID_DOMAIN = "tongxin.github.io";

  private static final String CRLF = "\r\n";
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ICalendarWriter() {}

  /**
   * The bookings that take a room, in id order.
   *
   * @param calendar the calendar
   * @param room the room
   * @param stamp the DTSTAMP of every event (when the export was made)
   * @return the iCalendar text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the calendar has no such room
   */
  public static String room(Calendar calendar, RoomId room, Instant stamp) {
    checkNotNull(calendar, "calendar");
    checkNotNull(room, "room");
    checkNotNull(stamp, "stamp");
    checkArgument(calendar.rooms().containsKey(room), "no such room: %s", room);
    List<String> lines = header(calendar.rooms().get(room).name().bilingualName());
    for (Booking b : calendar.bookings()) {
      if (b.rooms().contains(room)) {
        event(lines, calendar, b, "预订 booking " + b.id() + " (" + b.booker() + ")", stamp);
      }
    }
    return finish(lines);
  }

  /**
   * The sessions of activities, one event per activity, in the order given.
   *
   * @param calendar the calendar holding the activities' bookings
   * @param activities the activities
   * @param stamp the DTSTAMP of every event
   * @return the iCalendar text
   * @throws NullPointerException if an argument or an activity is null
   * @throws IllegalArgumentException if an activity's booking is not in the calendar
   */
  public static String activities(Calendar calendar, Iterable<Activity> activities, Instant stamp) {
    checkNotNull(calendar, "calendar");
    checkNotNull(activities, "activities");
    checkNotNull(stamp, "stamp");
    List<String> lines = header("大客厅活动 living room activities");
    for (Activity a : activities) {
      checkNotNull(a, "activity");
      Booking b =
          calendar
              .booking(a.booking())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "booking of " + a.id() + " is not in the calendar: " + a.booking()));
      event(lines, calendar, b, a.title().bilingualName(), stamp);
    }
    return finish(lines);
  }

  private static List<String> header(String name) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//Tongxin//governance space//EN");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("X-WR-CALNAME:" + text(name));
    lines.add("X-WR-TIMEZONE:" + Calendar.ZONE.getId());
    // Asia/Shanghai: UTC+8, no daylight saving since 1991.
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + Calendar.ZONE.getId());
    lines.add("BEGIN:STANDARD");
    lines.add("DTSTART:19700101T000000");
    lines.add("TZOFFSETFROM:+0800");
    lines.add("TZOFFSETTO:+0800");
    lines.add("TZNAME:CST");
    lines.add("END:STANDARD");
    lines.add("END:VTIMEZONE");
    return lines;
  }

  private static void event(
      List<String> lines, Calendar calendar, Booking b, String summary, Instant stamp) {
    String tz = ";TZID=" + Calendar.ZONE.getId() + ":";
    Slot first = b.schedule().first();
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + b.id() + "@" + UID_DOMAIN);
    lines.add("DTSTAMP:" + UTC.format(stamp));
    lines.add("DTSTART" + tz + LOCAL.format(first.start()));
    lines.add("DTEND" + tz + LOCAL.format(first.end()));
    if (b.schedule() instanceof Schedule.Weekly w) {
      LocalDate last = w.first().start().toLocalDate();
      while (!last.plusWeeks(1).isAfter(w.until())) {
        last = last.plusWeeks(1);
      }
      LocalDateTime lastStart = last.atTime(first.start().toLocalTime());
      lines.add(
          "RRULE:FREQ=WEEKLY;UNTIL="
              + UTC.format(lastStart.atZone(Calendar.ZONE).toInstant()));
      if (!w.exceptions().isEmpty()) {
        lines.add(
            "EXDATE"
                + tz
                + w.exceptions().stream()
                    .map(d -> LOCAL.format(d.atTime(first.start().toLocalTime())))
                    .collect(Collectors.joining(",")));
      }
    }
    lines.add("SUMMARY:" + text(summary));
    lines.add(
        "LOCATION:"
            + text(
                b.rooms().rooms().stream()
                    .map(r -> calendar.rooms().get(r).name().bilingualName())
                    .collect(Collectors.joining(", "))));
    lines.add("END:VEVENT");
  }

  private static String finish(List<String> lines) {
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      fold(out, line);
    }
    return out.toString();
  }

  /** Folds a line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
  private static void fold(StringBuilder out, String line) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > limit) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    out.append(CRLF);
  }

  /** Escapes a TEXT value (RFC 5545 §3.3.11). */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\n' -> out.append("\\n");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

}
