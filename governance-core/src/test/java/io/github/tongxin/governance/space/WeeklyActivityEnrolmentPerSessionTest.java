package io.github.tongxin.governance.space;

import static io.github.tongxin.governance.space.EnrolmentTest.CLOSES;
import static io.github.tongxin.governance.space.EnrolmentTest.CLUB_BOOKING;
import static io.github.tongxin.governance.space.EnrolmentTest.OPENS;
import static io.github.tongxin.governance.space.EnrolmentTest.SEED;
import static io.github.tongxin.governance.space.EnrolmentTest.child;
import static io.github.tongxin.governance.space.EnrolmentTest.club;
import static io.github.tongxin.governance.space.SpaceFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The English club meets on four Saturdays; residents enrol for single sessions. */
class WeeklyActivityEnrolmentPerSessionTest {
  private static final LocalDate DEC_12 = LocalDate.parse("2026-12-12");
  private static final LocalDate DEC_19 = LocalDate.parse("2026-12-19");

  private static Enrolment session(LocalDate day, int capacity, int applicants) {
    Enrolment e = Enrolment.openSession(club(capacity), day, EnrolmentTest.calendar(),
        HouseholdLimit.NONE, PriorityRule.none(), SEED.commitment(), OPENS).valueOrThrow();
    for (int i = 1; i <= applicants; i++) {
      e = e.apply(child(i), OPENS.plusMinutes(i)).valueOrThrow();
    }
    return e;
  }

  @Test
  void eachSessionHasItsOwnPlacesDrawAndWaitingList() {
    Enrolment twelfth = session(DEC_12, 3, 5).draw(SEED, CLOSES).valueOrThrow();
    Enrolment nineteenth = session(DEC_19, 3, 2).draw(SEED, CLOSES).valueOrThrow();

    assertThat(twelfth.session()).contains(DEC_12);
    assertThat(twelfth.places()).hasSize(3);
    assertThat(twelfth.waitingList()).hasSize(2);
    // The other session is not full, so both its applicants hold a place there.
    assertThat(nineteenth.places())
        .containsExactlyInAnyOrder(ResidentId.of("R1"), ResidentId.of("R2"));
    assertThat(nineteenth.waitingList()).isEmpty();
    assertThat(twelfth.sessionIn(EnrolmentTest.calendar()))
        .contains(Occurrence.of(CLUB_BOOKING.id(), slot("2026-12-12", "14:00", "15:30")));
    assertThat(twelfth.toString())
        .isEqualTo("Enrolment[english-club@2026-12-12: 5 applicants, 3 places, 2 waiting]");
    assertThat(session(DEC_12, 3, 1).apply(child(1), OPENS.plusHours(1)).violations())
        .extracting(Violation::toString)
        .containsExactly("ALREADY_APPLIED: R1 for english-club@2026-12-12: applied already");
    // The whole-activity enrolment is still there, with no session.
    assertThat(EnrolmentTest.open(3, HouseholdLimit.NONE).session()).isEmpty();
    assertThat(EnrolmentTest.open(3, HouseholdLimit.NONE).sessionIn(EnrolmentTest.calendar()))
        .isEmpty();
  }

  @Test
  void aSessionMustBeADayOfTheBooking() {
    assertThat(Enrolment.openSession(club(3), LocalDate.parse("2026-12-13"),
            EnrolmentTest.calendar(), HouseholdLimit.NONE, PriorityRule.none(), SEED.commitment(),
            OPENS).violations())
        .extracting(Violation::toString)
        .containsExactly("UNKNOWN_SESSION: activity english-club has no session on 2026-12-13"
            + " (booking B-EN: weekly 2026-12-05T14:00/2026-12-05T15:30 until 2026-12-26)");
    assertThat(Enrolment.openSession(club(17), DEC_12, EnrolmentTest.calendar(),
            HouseholdLimit.NONE, PriorityRule.none(), SEED.commitment(), CLOSES).violations())
        .extracting(Violation::code)
        .containsExactly(SpaceCode.OVER_ROOM_CAPACITY, SpaceCode.COMMITMENT_TOO_LATE);
    assertThat(Enrolment.openSession(club(3), DEC_12, SpaceFixtures.empty(), HouseholdLimit.NONE,
            PriorityRule.none(), SEED.commitment(), OPENS).violations())
        .extracting(Violation::code)
        .containsExactly(SpaceCode.ACTIVITY_BOOKING_UNKNOWN);
  }

  @Test
  void cancellingASessionReleasesOnlyItsOccurrence() {
    LivingRoom room = EnrolmentTest.livingRoom();
    Slot twelfth = slot("2026-12-12", "14:00", "15:30");

    ActivityCancellation c = session(DEC_12, 3, 2).cancel(room, CLOSES).valueOrThrow();

    assertThat(c.enrolment().isCancelled()).isTrue();
    Booking left = c.livingRoom().calendar().booking(CLUB_BOOKING.id()).orElseThrow();
    assertThat(left.occurrences()).hasSize(3).doesNotContain(twelfth);
    assertThat(c.livingRoom().calendar().isFree(CLUB_BOOKING.rooms(), twelfth)).isTrue();
    assertThat(c.livingRoom().calendar().isFree(CLUB_BOOKING.rooms(),
        slot("2026-12-19", "14:00", "15:30"))).isFalse();
    // Cancelling the same session's occurrence again: it is gone from the calendar.
    assertThat(c.livingRoom().cancel(Occurrence.of(CLUB_BOOKING.id(), twelfth)).violations())
        .extracting(Violation::toString)
        .containsExactly("UNKNOWN_BOOKING: booking B-EN has no occurrence at " + twelfth);
  }

  @Test
  void cancellingTheLastOccurrenceCancelsTheBooking() {
    Calendar c = EnrolmentTest.calendar();
    for (Slot s : CLUB_BOOKING.occurrences()) {
      assertThat(c.booking(CLUB_BOOKING.id())).isPresent();
      c = c.cancel(Occurrence.of(CLUB_BOOKING.id(), s)).valueOrThrow();
    }
    assertThat(c.booking(CLUB_BOOKING.id())).isEmpty();
    assertThat(c).isEqualTo(SpaceFixtures.empty());
    Booking once = SpaceFixtures.once("B1", "R1", RoomSet.of(SpaceFixtures.TEA),
        slot("2026-12-01", "09:00", "10:00"));
    Calendar withOnce = SpaceFixtures.empty().book(once).valueOrThrow();
    assertThat(withOnce.cancel(Occurrence.of(once.id(), once.occurrences().get(0))).valueOrThrow())
        .isEqualTo(SpaceFixtures.empty());
    assertThat(withOnce.cancel(Occurrence.of(BookingId.of("B9"), once.occurrences().get(0)))
            .violations())
        .extracting(Violation::code)
        .containsExactly(SpaceCode.UNKNOWN_BOOKING);
  }

  @Test
  void rippleCountsTheSessionsOnceAndThePlacesOfSessionsInThePeriod() {
    Enrolment twelfth = session(DEC_12, 3, 5).draw(SEED, CLOSES).valueOrThrow();
    Enrolment nineteenth = session(DEC_19, 3, 2).draw(SEED, CLOSES).valueOrThrow();

    Ripple week = Ripple.of(EnrolmentTest.calendar(), List.of(twelfth, nineteenth),
        Slot.parse("2026-12-07T00:00/2026-12-14T00:00"));
    Ripple month = Ripple.of(EnrolmentTest.calendar(), List.of(twelfth, nineteenth),
        Slot.parse("2026-11-30T00:00/2026-12-28T00:00"));

    assertThat(week.participants()).isEqualTo(3);
    assertThat(week.hostMinutes()).containsExactly(Map.entry(HostId.of("partner-trade"), 90L));
    assertThat(month.participants()).isEqualTo(5);
    assertThat(month.hostActivities()).containsExactly(Map.entry(HostId.of("partner-trade"), 1));
    assertThat(month.hostMinutes()).containsExactly(Map.entry(HostId.of("partner-trade"), 360L));
    assertThat(month.sessionsPerWeek().values()).containsExactly(1, 1, 1, 1);
  }
}
