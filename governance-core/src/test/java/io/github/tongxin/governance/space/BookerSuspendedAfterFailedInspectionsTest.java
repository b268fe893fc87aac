package io.github.tongxin.governance.space;

import static io.github.tongxin.governance.space.SpaceFixtures.KITCHEN;
import static io.github.tongxin.governance.space.SpaceFixtures.TEA;
import static io.github.tongxin.governance.space.SpaceFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.ResidentId;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookerSuspendedAfterFailedInspectionsTest {
  private static final Booker BAKER = Booker.resident(ResidentId.of("R-baker"));
  private static final SuspensionPolicy POLICY =
      SuspensionPolicy.of(2, Duration.ofDays(30), Duration.ofDays(14));

  private static Booking kitchen(String id, String day) {
    return Booking.of(BookingId.of(id), BAKER, RoomSet.of(KITCHEN),
        Schedule.once(slot(day, "14:00", "17:00")));
  }

  /** The kitchen booking's afternoon on the day of {@code at}. */
  private static Occurrence afternoon(String id, String at) {
    return Occurrence.of(BookingId.of(id), slot(at.substring(0, 10), "14:00", "17:00"));
  }

  private static UsageInspection failed(String id, String at) {
    return UsageInspection.of(afternoon(id, at), BAKER, LocalDateTime.parse(at),
        RuleCheck.passed(), RuleCheck.failed("flour on the floor"), RuleCheck.passed("ok"));
  }

  private static UsageInspection passed(String id, String at) {
    return UsageInspection.of(afternoon(id, at), BAKER, LocalDateTime.parse(at),
        RuleCheck.passed(), RuleCheck.passed(), RuleCheck.passed());
  }

  private static LivingRoom room() {
    return LivingRoom.of(SpaceFixtures.empty(), POLICY);
  }

  @Test
  void twoFailuresWithinThirtyDaysSuspendForFourteenDaysThenTheRightIsRestored() {
    LocalDateTime asked = LocalDateTime.parse("2026-11-01T09:00");
    LivingRoom r = room()
        .book(kitchen("B1", "2026-11-07"), asked).valueOrThrow()
        .book(kitchen("B2", "2026-11-14"), asked).valueOrThrow()
        .book(kitchen("B3", "2026-11-21"), asked).valueOrThrow()
        .inspect(failed("B1", "2026-11-07T17:10")).valueOrThrow()
        .inspect(passed("B2", "2026-11-14T17:10")).valueOrThrow();
    assertThat(r.isSuspended(BAKER, LocalDateTime.parse("2026-11-20T00:00"))).isFalse();

    LivingRoom s = r.inspect(failed("B3", "2026-11-21T17:10")).valueOrThrow();

    assertThat(s.suspendedUntil(BAKER, LocalDateTime.parse("2026-11-21T17:10")))
        .contains(LocalDateTime.parse("2026-12-05T17:10"));
    assertThat(s.book(kitchen("B4", "2026-12-12"), LocalDateTime.parse("2026-12-05T17:09"))
            .violations())
        .extracting(Violation::toString)
        .containsExactly("BOOKING_SUSPENDED: resident:R-baker may not book at 2026-12-05T17:09:"
            + " suspended until 2026-12-05T17:10");
    assertThat(s.book(kitchen("B4", "2026-12-12"), LocalDateTime.parse("2026-12-05T17:10"))
            .isAccepted())
        .isTrue();
    // An inspection before the time asked about never counts retroactively.
    assertThat(s.isSuspended(BAKER, LocalDateTime.parse("2026-11-21T17:09"))).isFalse();
    // Others are not affected; cancelling stays allowed.
    assertThat(s.isSuspended(Booker.resident(ResidentId.of("R-other")),
        LocalDateTime.parse("2026-11-22T00:00"))).isFalse();
    assertThat(s.cancel(BookingId.of("B3")).isAccepted()).isTrue();
  }

  @Test
  void failuresFurtherApartThanTheWindowDoNotSuspend() {
    LivingRoom r = room()
        .book(kitchen("B1", "2026-11-07"), LocalDateTime.parse("2026-11-01T09:00")).valueOrThrow()
        .book(kitchen("B2", "2026-12-07"), LocalDateTime.parse("2026-11-01T09:00")).valueOrThrow()
        .inspect(failed("B1", "2026-11-07T17:10")).valueOrThrow()
        .inspect(failed("B2", "2026-12-07T17:10")).valueOrThrow();

    assertThat(r.isSuspended(BAKER, LocalDateTime.parse("2026-12-08T00:00"))).isFalse();
    assertThat(r.inspections(BAKER)).hasSize(2);
  }

  @Test
  void anInspectionMustBeOfABookingOfItsBooker() {
    LivingRoom r = room()
        .book(kitchen("B1", "2026-11-07"), LocalDateTime.parse("2026-11-01T09:00")).valueOrThrow();

    assertThat(r.inspect(failed("B9", "2026-11-07T17:10")).violations())
        .extracting(Violation::toString)
        .containsExactly("INSPECTION_OF_UNKNOWN_BOOKING: no booking B9 by resident:R-baker");
    UsageInspection wrongBooker = UsageInspection.of(afternoon("B1", "2026-11-07"),
        Booker.host(HostId.of("h")), LocalDateTime.parse("2026-11-07T17:10"),
        RuleCheck.passed(), RuleCheck.passed(), RuleCheck.passed());
    assertThat(r.inspect(wrongBooker).isAccepted()).isFalse();
    UsageInspection otherDay = UsageInspection.of(afternoon("B1", "2026-11-08"), BAKER,
        LocalDateTime.parse("2026-11-08T17:10"), RuleCheck.passed(), RuleCheck.passed(),
        RuleCheck.passed());
    assertThat(r.inspect(otherDay).violations())
        .extracting(Violation::toString)
        .containsExactly("INSPECTION_OF_UNKNOWN_BOOKING: booking B1 has no occurrence at"
            + " 2026-11-08T14:00/2026-11-08T17:00");
  }

  @Test
  void anInspectionComesAfterTheOccurrenceEndsAndOnlyOnce() {
    LivingRoom r = room()
        .book(kitchen("B1", "2026-11-07"), LocalDateTime.parse("2026-11-01T09:00")).valueOrThrow();

    assertThat(r.inspect(failed("B1", "2026-11-07T16:59")).violations())
        .extracting(Violation::toString)
        .containsExactly("INSPECTION_BEFORE_END: inspection of B1@2026-11-07T14:00/2026-11-07T17:00"
            + " at 2026-11-07T16:59: it ends at 2026-11-07T17:00");
    LivingRoom inspected = r.inspect(passed("B1", "2026-11-07T17:00")).valueOrThrow();
    assertThat(inspected.isInspected(afternoon("B1", "2026-11-07"))).isTrue();
    assertThat(inspected.inspect(failed("B1", "2026-11-07T18:00")).violations())
        .extracting(Violation::code)
        .containsExactly(SpaceCode.ALREADY_INSPECTED);
    // All rules are checked together.
    assertThat(r.inspect(failed("B9", "2026-11-07T16:00")).violations())
        .extracting(Violation::code)
        .containsExactly(SpaceCode.INSPECTION_OF_UNKNOWN_BOOKING, SpaceCode.INSPECTION_BEFORE_END);
  }

  @Test
  void everyEndedOccurrenceAwaitsItsInspection() {
    Booking weekly = Booking.of(BookingId.of("W"), BAKER, RoomSet.of(TEA),
        Schedule.weekly(slot("2026-11-02", "09:00", "10:00"), java.time.LocalDate.parse("2026-11-23"),
            java.util.List.of(java.time.LocalDate.parse("2026-11-09"))));
    LivingRoom r = room()
        .book(weekly, LocalDateTime.parse("2026-11-01T09:00")).valueOrThrow()
        .book(kitchen("B1", "2026-11-07"), LocalDateTime.parse("2026-11-01T09:00")).valueOrThrow();
    Occurrence w1 = Occurrence.of(BookingId.of("W"), slot("2026-11-02", "09:00", "10:00"));
    Occurrence w3 = Occurrence.of(BookingId.of("W"), slot("2026-11-16", "09:00", "10:00"));

    assertThat(r.uninspected(LocalDateTime.parse("2026-11-02T09:59"))).isEmpty();
    assertThat(r.uninspected(LocalDateTime.parse("2026-11-02T10:00"))).containsExactly(w1);
    assertThat(r.uninspected(LocalDateTime.parse("2026-11-16T10:00")))
        .containsExactly(w1, afternoon("B1", "2026-11-07"), w3);

    LivingRoom s = r.inspect(UsageInspection.of(w1, BAKER, LocalDateTime.parse("2026-11-02T10:05"),
            RuleCheck.passed(), RuleCheck.passed(), RuleCheck.passed())).valueOrThrow()
        .inspect(passed("B1", "2026-11-07T17:10")).valueOrThrow();
    assertThat(s.uninspected(LocalDateTime.parse("2026-11-30T00:00")))
        .containsExactly(w3, Occurrence.of(BookingId.of("W"), slot("2026-11-23", "09:00", "10:00")));
  }

  @Test
  void inspectionsAndPoliciesRejectBadArguments() {
    assertThatThrownBy(() -> new UsageInspection(afternoon("B1", "2026-11-07"), BAKER,
            LocalDateTime.parse("2026-11-07T17:10"),
            com.google.common.collect.ImmutableMap.copyOf(Map.of(UsageRule.CLEANED, RuleCheck.passed()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("checks must cover every rule [GARBAGE_SORTED, CLEANED, FACILITIES_RETURNED]:"
            + " [CLEANED]");
    assertThatThrownBy(() -> SuspensionPolicy.of(0, Duration.ofDays(1), Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failures must be at least 1: 0");
    assertThatThrownBy(() -> SuspensionPolicy.of(1, Duration.ZERO, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be positive: PT0S");
    assertThat(SuspensionPolicy.standard().failures()).isEqualTo(3);
    assertThat(RoomSet.of(TEA).contains(TEA)).isTrue();
  }
}
