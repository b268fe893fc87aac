package io.github.tongxin.governance.space;

import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null handling of the space package's public factories and methods. */
class SpaceValuesTest {
  private static NullPointerTester tester() {
    Slot slot = SpaceFixtures.slot("2026-11-30", "09:00", "10:00");
    return new NullPointerTester()
        .setDefault(RoomId.class, SpaceFixtures.DANCE)
        .setDefault(RoomSet.class, RoomSet.of(SpaceFixtures.DANCE))
        .setDefault(BilingualName.class, BilingualName.of("茶室", "tea room"))
        .setDefault(Slot.class, slot)
        .setDefault(Occurrence.class, Occurrence.of(BookingId.of("B1"), slot))
        .setDefault(LocalDateTime.class, LocalDateTime.parse("2026-11-30T09:00"))
        .setDefault(LocalDate.class, LocalDate.parse("2026-11-30"))
        .setDefault(LocalTime.class, LocalTime.NOON)
        .setDefault(BookingId.class, BookingId.of("B1"))
        .setDefault(ActivityId.class, ActivityId.of("A1"))
        .setDefault(HostId.class, HostId.of("li"))
        .setDefault(ResidentId.class, ResidentId.of("R1"))
        .setDefault(HouseholdId.class, HouseholdId.of("H1"))
        .setDefault(BuildingGroupId.class, BuildingGroupId.of("G1"))
        .setDefault(Schedule.class, Schedule.once(slot))
        .setDefault(Booker.class, Booker.resident(ResidentId.of("R1")))
        .setDefault(Booking.class, SpaceFixtures.once("B1", "R1", RoomSet.of(SpaceFixtures.DANCE), slot))
        .setDefault(Calendar.class, SpaceFixtures.empty())
        .setDefault(LivingRoom.class, EnrolmentTest.livingRoom())
        .setDefault(OpeningHours.class, SpaceFixtures.HOURS)
        .setDefault(Activity.class, EnrolmentTest.club(5))
        .setDefault(Applicant.class, EnrolmentTest.child(1))
        .setDefault(LotterySeed.class, EnrolmentTest.SEED)
        .setDefault(SeedCommitment.class, EnrolmentTest.SEED.commitment())
        .setDefault(PriorityRule.class, PriorityRule.none())
        .setDefault(AgeRange.class, AgeRange.CHILDREN)
        .setDefault(RuleCheck.class, RuleCheck.passed())
        .setDefault(SuspensionPolicy.class, SuspensionPolicy.standard())
        .setDefault(Enrolment.class, EnrolmentTest.open(5, HouseholdLimit.NONE))
        .setDefault(UsageInspection.class,
            UsageInspection.of(Occurrence.of(BookingId.of("B1"), slot),
                Booker.resident(ResidentId.of("R1")), LocalDateTime.parse("2026-11-30T10:00"),
                RuleCheck.passed(), RuleCheck.passed(), RuleCheck.passed()))
        .setDefault(String.class, "x");
  }

  @Test
  void publicFactoriesRejectNulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            RoomId.class, RoomSet.class, Room.class, Slot.class, Schedule.class, Booker.class,
            Booking.class, BookingId.class, ActivityId.class, HostId.class, Calendar.class,
            OpeningHours.class, Applicant.class, LotterySeed.class, Lottery.class, Enrolment.class,
            Ripple.class, ICalendarWriter.class, Occurrence.class, UsageInspection.class,
            ActivityCancellation.class, LivingRoom.class, SuspensionPolicy.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(SpaceFixtures.empty());
    tester.testAllPublicInstanceMethods(EnrolmentTest.club(5));
    tester.testAllPublicInstanceMethods(EnrolmentTest.open(5, HouseholdLimit.NONE));
    tester.testAllPublicInstanceMethods(EnrolmentTest.livingRoom());
  }
}
