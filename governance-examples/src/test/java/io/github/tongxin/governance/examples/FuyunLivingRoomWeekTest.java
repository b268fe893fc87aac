package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuyunLivingRoomWeekTest {
  @TempDir Path dir;

  private String output(Path ics) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FuyunLivingRoomWeek.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), ics);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theWeekPrintsItsReportAndWritesTheActivitiesCalendar() throws Exception {
    Path ics = dir.resolve("fuyun.ics");
    String out = output(ics);

    assertThat(out).contains("booked PARTY resident:FY-R017 kitchen+tea-room");
    assertThat(out).contains("refused DUMPLINGS:\n  ROOM_TAKEN: room kitchen is taken by booking"
        + " PARTY at 2026-12-05T14:00/2026-12-05T17:00 (requested 2026-12-05T16:00/2026-12-05T18:00)");
    assertThat(out).contains("booked DUMPLINGS resident:FY-R088 kitchen 2026-12-05T17:00");
    assertThat(out).contains("free 空闲 kitchen+tea-room on Saturday: [2026-12-05T07:00/2026-12-05T14:00,"
        + " 2026-12-05T17:00/2026-12-05T21:00]");
    assertThat(out).contains("少儿英语角 children's English club: 30 applicants for 12 places -> 12 places,"
        + " 18 waiting");
    assertThat(out).contains("refused application: HOUSEHOLD_ALREADY_APPLIED");
    assertThat(out).contains("English club seed commitment 种子承诺 (SHA-256, published"
        + " 2026-11-23T09:00): " + FuyunLivingRoomWeek.SEED.commitment());
    assertThat(out).containsPattern("FY-R\\d{3} withdraws; FY-R\\d{3} is promoted from the waiting list");
    assertThat(out).contains("Enrolment[tea-art@2026-12-30: 0 applicants, 0 places, 0 waiting,"
        + " cancelled]; tea room free 2026-12-30 14:30-16:00: true; tea-art sessions left: 4");
    assertThat(out).contains("resident:FY-R017 suspended until 2026-12-20T12:10");
    assertThat(out).contains("refused PARTY-2:\n  BOOKING_SUSPENDED: resident:FY-R017 may not book"
        + " at 2026-12-07T09:00: suspended until 2026-12-20T12:10");
    assertThat(out).contains("still to inspect 待检查 at 2026-12-06T21:00:\n"
        + "  YOGA@2026-11-30T07:00/2026-11-30T08:00\n"
        + "  TEA-ART@2026-12-02T14:30/2026-12-02T16:00\n"
        + "  PICTURE-BOOKS@2026-12-05T09:30/2026-12-05T11:00\n"
        + "  ENGLISH@2026-12-05T14:00/2026-12-05T15:30\n");
    assertThat(out).contains("active hosts: 5");
    assertThat(out).contains("wrote 5 events to fuyun.ics");

    String text = Files.readString(ics, StandardCharsets.UTF_8);
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    assertThat(text).contains("TZID:Asia/Shanghai");
    assertThat(text).contains("UID:ENGLISH@tongxin.github.io");
    assertThat(text).contains("EXDATE;TZID=Asia/Shanghai:20261228T070000");
    assertThat(text).contains("EXDATE;TZID=Asia/Shanghai:20261230T143000");
    assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(6);
    assertThat(text.split("RRULE:FREQ=WEEKLY", -1)).hasSize(4);
  }

  @Test
  void theDrawIsTheSameOnEveryRun() {
    String first = output(dir.resolve("a.ics"));
    String second = output(dir.resolve("b.ics"));
    assertThat(first.replace("a.ics", "x")).isEqualTo(second.replace("b.ics", "x"));
  }
}
