package io.github.tongxin.governance.space;

import static io.github.tongxin.governance.space.SpaceFixtures.DANCE;
import static io.github.tongxin.governance.space.SpaceFixtures.KITCHEN;
import static io.github.tongxin.governance.space.SpaceFixtures.TEA;
import static io.github.tongxin.governance.space.SpaceFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.ResidentId;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Parses the export back with ical4j, a real RFC 5545 parser, and compares every event. */
class ICalendarWriterTest {
  private static final Instant STAMP = Instant.parse("2026-11-28T02:00:00Z");

  private static Calendar calendar() {
    return SpaceFixtures.empty()
        .book(Booking.of(BookingId.of("YOGA"), Booker.host(HostId.of("talent-li")),
            RoomSet.of(DANCE),
            Schedule.weekly(slot("2026-11-30", "07:00", "08:00"), LocalDate.parse("2027-01-27"),
                List.of(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-04")))))
        .valueOrThrow()
        .book(Booking.of(BookingId.of("PARTY"), Booker.resident(ResidentId.of("FY-R017")),
            RoomSet.of(KITCHEN, TEA), Schedule.once(slot("2026-12-05", "14:00", "17:00"))))
        .valueOrThrow()
        .book(Booking.of(BookingId.of("TEA-ART"), Booker.host(HostId.of("talent-wang")),
            RoomSet.of(TEA), Schedule.weekly(slot("2026-12-02", "14:30", "16:00"),
                LocalDate.parse("2026-12-16"), List.of())))
        .valueOrThrow();
  }

  private static Map<String, VEvent> parse(String ics) throws Exception {
    net.fortuna.ical4j.model.Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    Map<String, VEvent> byUid = new HashMap<>();
    for (Component c : parsed.getComponents()) {
      if (c instanceof VEvent e) {
        byUid.put(e.getProperty(Property.UID).orElseThrow().getValue(), e);
      }
    }
    return byUid;
  }

  private static Set<Slot> occurrences(VEvent e) {
    Period<ZonedDateTime> window = new Period<>(
        ZonedDateTime.of(LocalDateTime.parse("2026-01-01T00:00"), Calendar.ZONE),
        ZonedDateTime.of(LocalDateTime.parse("2029-01-01T00:00"), Calendar.ZONE));
    Set<Slot> out = new TreeSet<>();
    for (Period<Temporal> p : e.<Temporal>calculateRecurrenceSet(window)) {
      out.add(Slot.of(local(p.getStart()), local(p.getEnd())));
    }
    return out;
  }

  private static LocalDateTime local(Temporal t) {
    return ZonedDateTime.from(t).withZoneSameInstant(Calendar.ZONE).toLocalDateTime();
  }

  @Test
  void aRoomsCalendarParsesBackWithEveryOccurrenceAndException() throws Exception {
    Calendar c = calendar();
    String ics = ICalendarWriter.room(c, TEA, STAMP);

    Map<String, VEvent> events = parse(ics);

    assertThat(events.keySet())
        .containsExactlyInAnyOrder("PARTY@tongxin.github.io", "TEA-ART@tongxin.github.io");
    for (Booking b : c.bookings()) {
      if (!b.rooms().contains(TEA)) {
        continue;
      }
      VEvent e = events.get(b.id() + "@tongxin.github.io");
      assertThat(occurrences(e)).as("%s", b.id()).containsExactlyElementsOf(b.occurrences());
      assertThat(e.getProperty(Property.SUMMARY).orElseThrow().getValue())
          .isEqualTo("预订 booking " + b.id() + " (" + b.booker() + ")");
      assertThat(e.getProperty(Property.DTSTAMP).orElseThrow().getValue())
          .isEqualTo("20261128T020000Z");
    }
    assertThat(events.get("PARTY@tongxin.github.io").getProperty(Property.LOCATION).orElseThrow()
            .getValue())
        .isEqualTo("厨房 kitchen, 茶室 tea room");
  }

  @Test
  void weeklyRulesAndExceptionsMatchTheScheduleExactly() throws Exception {
    Calendar c = calendar();
    String ics = ICalendarWriter.room(c, DANCE, STAMP);

    assertThat(ics).contains("RRULE:FREQ=WEEKLY;UNTIL=20270124T230000Z\r\n");
    assertThat(ics).contains("EXDATE;TZID=Asia/Shanghai:20261228T070000,20270104T070000\r\n");
    assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n");
    VEvent yoga = parse(ics).get("YOGA@tongxin.github.io");
    assertThat(occurrences(yoga))
        .containsExactlyElementsOf(c.booking(BookingId.of("YOGA")).orElseThrow().occurrences())
        .hasSize(7);
  }

  @Test
  void activitiesExportTheirTitleAndLongLinesAreFoldedWithoutSplittingCharacters()
      throws Exception {
    Activity tea = Activity.builder()
        .id(ActivityId.of("tea-art"))
        .title(BilingualName.of("茶艺入门：绿茶、红茶与乌龙茶的冲泡方法；每周三下午",
            "Tea art for beginners; green, black and oolong tea, brewed step by step"))
        .host(HostId.of("talent-wang"))
        .booking(BookingId.of("TEA-ART"))
        .capacity(8)
        .ageRange(AgeRange.ADULTS)
        .enrolmentOpens(LocalDateTime.parse("2026-11-23T09:00"))
        .enrolmentCloses(LocalDateTime.parse("2026-11-30T20:00"))
        .build();

    String ics = ICalendarWriter.activities(calendar(), List.of(tea), STAMP);

    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    VEvent e = parse(ics).get("TEA-ART@tongxin.github.io");
    assertThat(e.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo(tea.title().bilingualName());
    assertThat(occurrences(e)).hasSize(3);
    assertThatThrownBy(() -> ICalendarWriter.activities(SpaceFixtures.empty(), List.of(tea), STAMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("booking of tea-art is not in the calendar: TEA-ART");
  }
}
