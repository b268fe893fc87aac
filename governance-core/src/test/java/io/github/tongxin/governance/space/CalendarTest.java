package io.github.tongxin.governance.space;

import static io.github.tongxin.governance.space.SpaceFixtures.DANCE;
import static io.github.tongxin.governance.space.SpaceFixtures.KITCHEN;
import static io.github.tongxin.governance.space.SpaceFixtures.STUDY;
import static io.github.tongxin.governance.space.SpaceFixtures.TEA;
import static io.github.tongxin.governance.space.SpaceFixtures.empty;
import static io.github.tongxin.governance.space.SpaceFixtures.once;
import static io.github.tongxin.governance.space.SpaceFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.BuildingGroupId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarTest {
  private static final RoomSet PARTY = RoomSet.of(KITCHEN, TEA);

  @Test
  void booksAndReturnsANewCalendarLeavingTheOldOneAsItWas() {
    Calendar before = empty();
    Calendar after = before.book(once("B1", "R1", PARTY, slot("2026-12-05", "14:00", "17:00")))
        .valueOrThrow();

    assertThat(before.size()).isZero();
    assertThat(after.size()).isEqualTo(1);
    assertThat(after.booking(BookingId.of("B1"))).isPresent();
    assertThat(after.dayPlan(KITCHEN, LocalDate.parse("2026-12-05")))
        .containsExactly(new Occurrence(BookingId.of("B1"), slot("2026-12-05", "14:00", "17:00")));
    assertThat(after.dayPlan(DANCE, LocalDate.parse("2026-12-05"))).isEmpty();
  }

  @Test
  void refusesAnOverlapThroughARoomSetNamingTheConflictingBooking() {
    Calendar c = empty().book(once("B1", "R1", RoomSet.of(TEA), slot("2026-12-05", "15:00", "16:00")))
        .valueOrThrow();

    Decision<Calendar> d = c.book(once("B2", "R2", PARTY, slot("2026-12-05", "14:00", "17:00")));

    assertThat(d.isAccepted()).isFalse();
    assertThat(d.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "ROOM_TAKEN: room tea-room is taken by booking B1 at"
                + " 2026-12-05T15:00/2026-12-05T16:00 (requested 2026-12-05T14:00/2026-12-05T17:00)");
    assertThat(c.conflicts(once("B2", "R2", PARTY, slot("2026-12-05", "14:00", "17:00"))))
        .containsExactly(new Occurrence(BookingId.of("B1"), slot("2026-12-05", "15:00", "16:00")));
  }

  @Test
  void backToBackBookingsTouchingAtAnInstantDoNotConflict() {
    Calendar c = empty()
        .book(once("B1", "R1", RoomSet.of(DANCE), slot("2026-12-05", "09:00", "10:00")))
        .valueOrThrow();

    assertThat(c.book(once("B2", "R2", RoomSet.of(DANCE), slot("2026-12-05", "10:00", "11:00")))
            .isAccepted())
        .isTrue();
    assertThat(c.book(once("B3", "R3", RoomSet.of(DANCE), slot("2026-12-05", "08:00", "09:00")))
            .isAccepted())
        .isTrue();
    assertThat(c.book(once("B4", "R4", RoomSet.of(DANCE), slot("2026-12-05", "09:59", "10:30")))
            .violations())
        .extracting(v -> v.code())
        .containsExactly(SpaceCode.ROOM_TAKEN);
  }

  @Test
  void aBookingEnclosingAnotherConflictsWithIt() {
    Calendar c = empty()
        .book(once("B1", "R1", RoomSet.of(STUDY), slot("2026-12-05", "10:00", "10:30")))
        .valueOrThrow();

    assertThat(c.book(once("B2", "R2", RoomSet.of(STUDY), slot("2026-12-05", "09:00", "12:00")))
            .violations())
        .hasSize(1);
  }

  @Test
  void aWeeklyBookingConflictsInItsThirdWeekButNotOnAnException() {
    Calendar c = empty()
        .book(once("B1", "R1", RoomSet.of(DANCE), slot("2026-12-14", "07:30", "08:30")))
        .valueOrThrow();
    Booking yoga = Booking.of(
        BookingId.of("YOGA"), Booker.host(HostId.of("talent-li")), RoomSet.of(DANCE),
        Schedule.weekly(slot("2026-11-30", "07:00", "08:00"), LocalDate.parse("2027-01-25"),
            List.of()));
    Booking yogaExcept = Booking.of(
        BookingId.of("YOGA"), Booker.host(HostId.of("talent-li")), RoomSet.of(DANCE),
        Schedule.weekly(slot("2026-11-30", "07:00", "08:00"), LocalDate.parse("2027-01-25"),
            List.of(LocalDate.parse("2026-12-14"))));

    assertThat(c.book(yoga).violations())
        .extracting(Violation::message)
        .containsExactly(
            "room dance-room is taken by booking B1 at 2026-12-14T07:30/2026-12-14T08:30"
                + " (requested 2026-12-14T07:00/2026-12-14T08:00)");
    Calendar booked = c.book(yogaExcept).valueOrThrow();
    assertThat(yogaExcept.occurrences()).hasSize(8);
    assertThat(booked.dayPlan(DANCE, LocalDate.parse("2027-01-25"))).hasSize(1);
    assertThat(booked.dayPlan(DANCE, LocalDate.parse("2027-02-01"))).isEmpty();
  }

  @Test
  void refusesOutsideOpeningHoursOnClosedDaysAndUnknownRooms() {
    Calendar c = Calendar.of(SpaceFixtures.ROOMS, SpaceFixtures.HOURS.withClosure(
        Closure.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-12"), "春节 Spring Festival")));

    assertThat(c.book(once("B1", "R1", RoomSet.of(TEA), slot("2026-12-05", "20:00", "21:30")))
            .violations())
        .extracting(Violation::toString)
        .containsExactly(
            "OUTSIDE_OPENING_HOURS: 2026-12-05T20:00/2026-12-05T21:30 is outside the opening hours"
                + " 2026-12-05T07:00/2026-12-05T21:00 of 2026-12-05");
    assertThat(c.book(once("B1", "R1", RoomSet.of(TEA), slot("2027-02-08", "10:00", "11:00")))
            .violations())
        .extracting(Violation::toString)
        .containsExactly(
            "CLOSED: closed on 2027-02-08 (春节 Spring Festival): 2027-02-08T10:00/2027-02-08T11:00");
    assertThat(c.book(once("B1", "R1", RoomSet.of(RoomId.of("roof")),
                slot("2026-12-05", "10:00", "11:00")))
            .violations())
        .extracting(Violation::toString)
        .containsExactly("UNKNOWN_ROOM: no room roof");
    assertThat(c.book(once("B1", "R1", RoomSet.of(TEA), slot("2026-12-05", "07:00", "21:00")))
            .isAccepted())
        .isTrue();
  }

  @Test
  void refusesADuplicateIdAndCancellingOrMovingAnUnknownBooking() {
    Calendar c = empty()
        .book(once("B1", "R1", RoomSet.of(TEA), slot("2026-12-05", "10:00", "11:00")))
        .valueOrThrow();

    assertThat(c.book(once("B1", "R2", RoomSet.of(DANCE), slot("2026-12-06", "10:00", "11:00")))
            .violations())
        .extracting(Violation::toString)
        .containsExactly("BOOKING_EXISTS: a booking with id B1 exists");
    assertThat(c.cancel(BookingId.of("B9")).violations())
        .extracting(Violation::toString)
        .containsExactly("UNKNOWN_BOOKING: no booking with id B9");
    assertThat(c.move(BookingId.of("B9"), RoomSet.of(TEA),
                Schedule.once(slot("2026-12-05", "10:00", "11:00")))
            .isAccepted())
        .isFalse();
  }

  @Test
  void cancellingFreesEveryRoomOfTheSet() {
    Calendar c = empty()
        .book(once("B1", "R1", PARTY, slot("2026-12-05", "14:00", "17:00")))
        .valueOrThrow()
        .cancel(BookingId.of("B1"))
        .valueOrThrow();

    assertThat(c.size()).isZero();
    assertThat(c.isFree(PARTY, slot("2026-12-05", "14:00", "17:00"))).isTrue();
    assertThat(c).isEqualTo(empty());
  }

  @Test
  void movingDoesNotConflictWithItsOwnOldSlotButWithOthers() {
    Calendar c = empty()
        .book(once("B1", "R1", RoomSet.of(TEA), slot("2026-12-05", "10:00", "12:00")))
        .valueOrThrow()
        .book(once("B2", "R2", RoomSet.of(KITCHEN), slot("2026-12-05", "13:00", "14:00")))
        .valueOrThrow();

    Calendar moved = c.move(BookingId.of("B1"), RoomSet.of(TEA),
            Schedule.once(slot("2026-12-05", "11:00", "13:00")))
        .valueOrThrow();
    assertThat(moved.dayPlan(TEA, LocalDate.parse("2026-12-05")))
        .containsExactly(new Occurrence(BookingId.of("B1"), slot("2026-12-05", "11:00", "13:00")));
    Decision<Calendar> clash = c.move(BookingId.of("B1"), PARTY,
        Schedule.once(slot("2026-12-05", "11:00", "13:30")));
    assertThat(clash.violations())
        .extracting(Violation::message)
        .containsExactly(
            "room kitchen is taken by booking B2 at 2026-12-05T13:00/2026-12-05T14:00"
                + " (requested 2026-12-05T11:00/2026-12-05T13:30)");
  }

  @Test
  void freeSlotsOfARoomSetAreTheOpenTimeLessTheBookingsOfAnyOfItsRooms() {
    Calendar c = empty()
        .book(once("B1", "R1", RoomSet.of(TEA), slot("2026-12-05", "10:00", "11:00")))
        .valueOrThrow()
        .book(once("B2", "R2", RoomSet.of(KITCHEN), slot("2026-12-05", "10:30", "12:00")))
        .valueOrThrow()
        .book(once("B3", "R3", RoomSet.of(KITCHEN), slot("2026-12-05", "12:00", "13:00")))
        .valueOrThrow()
        .book(once("B4", "R4", RoomSet.of(DANCE), slot("2026-12-05", "15:00", "16:00")))
        .valueOrThrow();

    assertThat(c.freeSlots(PARTY, Slot.parse("2026-12-05T00:00/2026-12-07T00:00")))
        .containsExactly(
            slot("2026-12-05", "07:00", "10:00"),
            slot("2026-12-05", "13:00", "21:00"),
            slot("2026-12-06", "07:00", "21:00"));
    assertThat(c.freeSlots(RoomSet.of(TEA), slot("2026-12-05", "10:30", "11:30")))
        .containsExactly(slot("2026-12-05", "11:00", "11:30"));
  }

  @Test
  void roomsSlotsAndSchedulesRejectBadArgumentsNamingThem() {
    assertThatThrownBy(() -> Room.of(KITCHEN, BilingualName.of("厨房", "kitchen"), 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be 1..500: 0");
    assertThatThrownBy(() -> slot("2026-12-05", "10:00", "10:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must be after start: 2026-12-05T10:00/2026-12-05T10:00");
    assertThatThrownBy(() -> Slot.of(LocalDateTime.parse("2026-12-05T10:00:30"),
            LocalDateTime.parse("2026-12-05T11:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must be a whole minute: 2026-12-05T10:00:30");
    assertThatThrownBy(() -> Schedule.weekly(slot("2026-11-30", "07:00", "08:00"),
            LocalDate.parse("2027-01-25"), List.of(LocalDate.parse("2026-12-15"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exception must be a day of an occurrence")
        .hasMessageEndingWith(": 2026-12-15");
    assertThatThrownBy(() -> Calendar.of(List.of(SpaceFixtures.ROOMS.get(0), SpaceFixtures.ROOMS.get(0)),
            SpaceFixtures.HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rooms must have distinct ids: kitchen");
    assertThatThrownBy(() -> empty().dayPlan(RoomId.of("roof"), LocalDate.parse("2026-12-05")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such room: roof");
  }

  @Test
  void slotTextRoundTripsAndValuesHaveEquality() {
    Slot s = slot("2026-11-30", "07:00", "08:00");
    assertThat(Slot.parse(s.toString())).isEqualTo(s);
    assertThat(RoomSet.of(TEA, KITCHEN)).hasToString("kitchen+tea-room");
    assertThat(Booker.group(BuildingGroupId.of("FY-G02"))).hasToString("group:FY-G02");
    new EqualsTester()
        .addEqualityGroup(RoomSet.of(TEA, KITCHEN), RoomSet.of(KITCHEN, TEA, TEA))
        .addEqualityGroup(RoomSet.of(TEA))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(empty(), empty())
        .addEqualityGroup(
            empty().book(once("B1", "R1", RoomSet.of(TEA), s)).valueOrThrow(),
            empty().book(once("B1", "R1", RoomSet.of(TEA), s)).valueOrThrow())
        .testEquals();
  }

  @Test
  void nullArgumentsAreRejected() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Slot.class, slot("2026-12-05", "10:00", "11:00"))
        .setDefault(RoomSet.class, RoomSet.of(TEA))
        .setDefault(RoomId.class, TEA)
        .setDefault(Schedule.class, Schedule.once(slot("2026-12-05", "10:00", "11:00")))
        .setDefault(Booking.class, once("B1", "R1", RoomSet.of(TEA), slot("2026-12-05", "10:00", "11:00")))
        .setDefault(BookingId.class, BookingId.of("B1"));
    npt.testAllPublicInstanceMethods(empty());
    npt.testAllPublicStaticMethods(Slot.class);
    npt.testAllPublicStaticMethods(RoomSet.class);
  }
}
