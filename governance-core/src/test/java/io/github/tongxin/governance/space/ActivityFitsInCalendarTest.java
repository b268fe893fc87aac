package io.github.tongxin.governance.space;

import static io.github.tongxin.governance.space.SpaceFixtures.DANCE;
import static io.github.tongxin.governance.space.SpaceFixtures.KITCHEN;
import static io.github.tongxin.governance.space.SpaceFixtures.TEA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.Violation;
import org.junit.jupiter.api.Test;

/** An activity's places against the capacity of the rooms it booked. */
class ActivityFitsInCalendarTest {
  private static Calendar bookedEnglishClub(RoomSet rooms) {
    return SpaceFixtures.empty()
        .book(SpaceFixtures.once("B-EN", "R1", rooms, SpaceFixtures.slot("2026-11-30", "09:00", "10:00")))
        .valueOrThrow();
  }

  @Test
  void placesUpToTheRoomsCapacityFit() {
    // The dance room holds 20.
    Calendar calendar = bookedEnglishClub(RoomSet.of(DANCE));
    assertThat(EnrolmentTest.club(20).fitsIn(calendar).isAccepted()).isTrue();
    assertThat(EnrolmentTest.club(21).fitsIn(calendar).violations())
        .extracting(Violation::code, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SpaceCode.OVER_ROOM_CAPACITY,
                "activity english-club offers 21 places; rooms " + RoomSet.of(DANCE) + " hold 20"));
  }

  @Test
  void aRoomSetHoldsTheSumOfItsRooms() {
    // Kitchen 12 + tea room 10.
    Calendar calendar = bookedEnglishClub(RoomSet.of(KITCHEN, TEA));
    assertThat(EnrolmentTest.club(22).fitsIn(calendar).isAccepted()).isTrue();
    assertThat(EnrolmentTest.club(23).fitsIn(calendar).isAccepted()).isFalse();
  }

  @Test
  void anActivityWhoseBookingIsMissingIsRefused() {
    assertThat(EnrolmentTest.club(5).fitsIn(SpaceFixtures.empty()).violations())
        .extracting(Violation::code)
        .containsExactly(SpaceCode.ACTIVITY_BOOKING_UNKNOWN);
  }
}
