package io.github.tongxin.governance.space;

import static io.github.tongxin.governance.space.SpaceFixtures.DANCE;
import static io.github.tongxin.governance.space.SpaceFixtures.STUDY;
import static io.github.tongxin.governance.space.SpaceFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RippleTest {
  private static final LotterySeed SEED = LotterySeed.derive("ripple");

  private static Activity activity(String id, String host, String booking, AgeRange range) {
    return Activity.builder()
        .id(ActivityId.of(id))
        .title(BilingualName.of(id, id))
        .host(HostId.of(host))
        .booking(BookingId.of(booking))
        .capacity(10)
        .ageRange(range)
        .enrolmentOpens(LocalDateTime.parse("2026-11-20T09:00"))
        .enrolmentCloses(LocalDateTime.parse("2026-11-27T20:00"))
        .build();
  }

  private static Enrolment enrol(Calendar c, Activity a, int... ages) {
    Enrolment e = Enrolment.open(a, c, HouseholdLimit.NONE, PriorityRule.none(), SEED.commitment(),
        a.enrolmentOpens()).valueOrThrow();
    for (int i = 0; i < ages.length; i++) {
      e = e.apply(Applicant.of(ResidentId.of(a.id() + "-R" + i), HouseholdId.of("H" + i),
              BuildingGroupId.of("G" + (i % 2 + 1)), ages[i]), a.enrolmentOpens())
          .valueOrThrow();
    }
    return e.draw(SEED, a.enrolmentCloses()).valueOrThrow();
  }

  @Test
  void countsPlacesByAgeBandAndGroupHostMinutesAndSessionsPerWeek() {
    Calendar c = SpaceFixtures.empty()
        .book(Booking.of(BookingId.of("YOGA"), Booker.host(HostId.of("li")), RoomSet.of(DANCE),
            Schedule.weekly(slot("2026-11-30", "07:00", "08:00"), LocalDate.parse("2026-12-14"),
                List.of())))
        .valueOrThrow()
        .book(Booking.of(BookingId.of("BOOKS"), Booker.host(HostId.of("zhang")), RoomSet.of(STUDY),
            Schedule.once(slot("2026-12-05", "09:30", "11:00"))))
        .valueOrThrow();
    Enrolment yoga = enrol(c, activity("yoga", "li", "YOGA", AgeRange.ADULTS), 30, 45, 65);
    Enrolment books = enrol(c, activity("books", "zhang", "BOOKS", AgeRange.PARENTS_AND_CHILDREN),
        5, 6, 35, 14);
    Calendar withOther = c.book(Booking.of(BookingId.of("OTHER"), Booker.host(HostId.of("wu")),
            RoomSet.of(DANCE), Schedule.once(slot("2026-12-06", "09:30", "11:00"))))
        .valueOrThrow();
    Enrolment cancelled = enrol(withOther, activity("other", "wu", "OTHER", AgeRange.ADULTS), 40)
        .cancel(LivingRoom.of(withOther, SuspensionPolicy.standard()),
            LocalDateTime.parse("2026-11-28T00:00"))
        .valueOrThrow().enrolment();

    // The calendar still holding OTHER shows the cancelled enrolment itself is left out.
    Ripple r = Ripple.of(withOther, List.of(yoga, books, cancelled),
        Slot.parse("2026-11-30T00:00/2026-12-14T00:00"));

    assertThat(r.participantsByAgeBand()).containsExactly(
        java.util.Map.entry(AgeBand.CHILDREN, 2), java.util.Map.entry(AgeBand.TEENAGERS, 1),
        java.util.Map.entry(AgeBand.ADULTS, 3), java.util.Map.entry(AgeBand.SENIORS, 1));
    assertThat(r.participants()).isEqualTo(7);
    assertThat(r.participantsByGroup()).containsExactly(
        java.util.Map.entry(BuildingGroupId.of("G1"), 4), java.util.Map.entry(BuildingGroupId.of("G2"), 3));
    // Yoga on 30 Nov and 7 Dec (14 Dec is outside), picture books once.
    assertThat(r.hostMinutes()).containsExactly(
        java.util.Map.entry(HostId.of("li"), 120L), java.util.Map.entry(HostId.of("zhang"), 90L));
    assertThat(r.activeHosts()).isEqualTo(2);
    // The cancelled activity of host wu does not count.
    assertThat(r.hostActivities()).containsExactly(
        java.util.Map.entry(HostId.of("li"), 1), java.util.Map.entry(HostId.of("zhang"), 1));
    assertThat(r.sessionsPerWeek()).containsExactly(
        java.util.Map.entry(LocalDate.parse("2026-11-30"), 2),
        java.util.Map.entry(LocalDate.parse("2026-12-07"), 1));
  }
}
