package io.github.tongxin.governance.space;

import static io.github.tongxin.governance.space.EnrolmentTest.CLOSES;
import static io.github.tongxin.governance.space.EnrolmentTest.OPENS;
import static io.github.tongxin.governance.space.EnrolmentTest.SEED;
import static io.github.tongxin.governance.space.SpaceFixtures.DANCE;
import static io.github.tongxin.governance.space.SpaceFixtures.KITCHEN;
import static io.github.tongxin.governance.space.SpaceFixtures.TEA;
import static io.github.tongxin.governance.space.SpaceFixtures.slot;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.ResidentId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The space package's values are equal exactly when their components are: each group holds two
 * separately built equal values, and differs from the next group in one component.
 */
class SpaceValuesEqualityTest {
  private static final Slot NINE = slot("2026-11-30", "09:00", "10:00");
  private static final Slot TEN = slot("2026-11-30", "10:00", "11:00");
  private static final Booker R1 = Booker.resident(ResidentId.of("R1"));

  private static Room room(String id, String name, int capacity, Equipment... equipment) {
    return Room.of(RoomId.of(id), BilingualName.of(name, name), capacity, List.of(equipment));
  }

  private static Booking booking(String id, Booker booker, RoomSet rooms, Slot slot) {
    return Booking.of(BookingId.of(id), booker, rooms, Schedule.once(slot));
  }

  private static Activity activity(String id, String booking, int capacity, AgeRange range,
      LocalDateTime closes) {
    return Activity.builder()
        .id(ActivityId.of(id))
        .title(BilingualName.of(id, id))
        .host(HostId.of("h"))
        .booking(BookingId.of(booking))
        .capacity(capacity)
        .ageRange(range)
        .enrolmentOpens(OPENS)
        .enrolmentCloses(closes)
        .build();
  }

  private static UsageInspection inspection(Occurrence o, Booker booker, String at, RuleCheck cleaned) {
    return UsageInspection.of(o, booker, LocalDateTime.parse(at), RuleCheck.passed(), cleaned,
        RuleCheck.passed());
  }

  @Test
  void idsRoomsSlotsAndSchedules() {
    new EqualsTester()
        .addEqualityGroup(RoomId.of("kitchen"), RoomId.of("kitchen"))
        .addEqualityGroup(RoomId.of("tea-room"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(BookingId.of("B1"), BookingId.of("B1"))
        .addEqualityGroup(BookingId.of("B2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ActivityId.of("yoga"), ActivityId.of("yoga"))
        .addEqualityGroup(ActivityId.of("tea-art"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(HostId.of("li"), HostId.of("li"))
        .addEqualityGroup(HostId.of("wang"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(room("k", "厨房", 12, Equipment.STOVE), room("k", "厨房", 12, Equipment.STOVE))
        .addEqualityGroup(room("t", "厨房", 12, Equipment.STOVE))
        .addEqualityGroup(room("k", "茶室", 12, Equipment.STOVE))
        .addEqualityGroup(room("k", "厨房", 11, Equipment.STOVE))
        .addEqualityGroup(room("k", "厨房", 12, Equipment.STOVE, Equipment.OVEN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RoomSet.of(KITCHEN, TEA), RoomSet.of(TEA, KITCHEN),
            RoomSet.copyOf(List.of(KITCHEN, TEA, KITCHEN)))
        .addEqualityGroup(RoomSet.of(KITCHEN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(NINE, Slot.parse("2026-11-30T09:00/2026-11-30T10:00"))
        .addEqualityGroup(TEN)
        .addEqualityGroup(slot("2026-11-30", "09:00", "10:30"))
        .testEquals();
    LocalDate until = LocalDate.parse("2026-12-21");
    new EqualsTester()
        .addEqualityGroup(Schedule.once(NINE), Schedule.once(slot("2026-11-30", "09:00", "10:00")))
        .addEqualityGroup(Schedule.once(TEN))
        .addEqualityGroup(Schedule.weekly(NINE, until, List.of()),
            Schedule.weekly(NINE, until, List.of()))
        .addEqualityGroup(Schedule.weekly(TEN, until, List.of()))
        .addEqualityGroup(Schedule.weekly(NINE, LocalDate.parse("2026-12-14"), List.of()))
        .addEqualityGroup(Schedule.weekly(NINE, until, List.of(LocalDate.parse("2026-12-07"))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Occurrence.of(BookingId.of("B1"), NINE), new Occurrence(BookingId.of("B1"), NINE))
        .addEqualityGroup(Occurrence.of(BookingId.of("B2"), NINE))
        .addEqualityGroup(Occurrence.of(BookingId.of("B1"), TEN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            OpeningHours.daily(LocalTime.of(7, 0), LocalTime.of(21, 0)),
            OpeningHours.daily(LocalTime.of(7, 0), LocalTime.of(21, 0)))
        .addEqualityGroup(OpeningHours.daily(LocalTime.of(8, 0), LocalTime.of(21, 0)))
        .addEqualityGroup(OpeningHours.daily(LocalTime.of(7, 0), LocalTime.of(21, 0))
            .withClosure(Closure.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-12"),
                "春节 Spring Festival")))
        .addEqualityGroup(OpeningHours.always())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Closure.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-12"), "春节"),
            Closure.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-12"), "春节"))
        .addEqualityGroup(
            Closure.of(LocalDate.parse("2027-02-07"), LocalDate.parse("2027-02-12"), "春节"))
        .addEqualityGroup(
            Closure.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-13"), "春节"))
        .addEqualityGroup(
            Closure.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-12"), "repairs"))
        .testEquals();
  }

  @Test
  void bookersHostsAndBookings() {
    new EqualsTester()
        .addEqualityGroup(R1, Booker.resident(ResidentId.of("R1")))
        .addEqualityGroup(Booker.resident(ResidentId.of("R2")))
        .addEqualityGroup(Booker.group(BuildingGroupId.of("R1")), Booker.group(BuildingGroupId.of("R1")))
        .addEqualityGroup(Booker.host(HostId.of("R1")), Booker.host(HostId.of("R1")))
        .testEquals();
    BilingualName li = BilingualName.of("李老师", "Teacher Li");
    new EqualsTester()
        .addEqualityGroup(
            Host.talent(HostId.of("li"), ResidentId.of("R1"), li, List.of(Skill.YOGA)),
            Host.talent(HostId.of("li"), ResidentId.of("R1"), li, List.of(Skill.YOGA)))
        .addEqualityGroup(Host.talent(HostId.of("li2"), ResidentId.of("R1"), li, List.of(Skill.YOGA)))
        .addEqualityGroup(Host.talent(HostId.of("li"), ResidentId.of("R2"), li, List.of(Skill.YOGA)))
        .addEqualityGroup(Host.talent(HostId.of("li"), ResidentId.of("R1"),
            BilingualName.of("李", "Li"), List.of(Skill.YOGA)))
        .addEqualityGroup(Host.talent(HostId.of("li"), ResidentId.of("R1"), li,
            List.of(Skill.YOGA, Skill.TEA_ART)))
        .addEqualityGroup(
            Host.partner(HostId.of("li"), li, PartnerKind.COMPANY, li),
            Host.partner(HostId.of("li"), li, PartnerKind.COMPANY, li))
        .addEqualityGroup(Host.partner(HostId.of("li"), li, PartnerKind.SOCIAL_ORGANISATION, li))
        .addEqualityGroup(Host.partner(HostId.of("li"), li, PartnerKind.COMPANY,
            BilingualName.of("工会主席", "trade union chair")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(booking("B1", R1, RoomSet.of(KITCHEN), NINE),
            booking("B1", R1, RoomSet.of(KITCHEN), NINE))
        .addEqualityGroup(booking("B2", R1, RoomSet.of(KITCHEN), NINE))
        .addEqualityGroup(booking("B1", Booker.host(HostId.of("h")), RoomSet.of(KITCHEN), NINE))
        .addEqualityGroup(booking("B1", R1, RoomSet.of(KITCHEN, TEA), NINE))
        .addEqualityGroup(booking("B1", R1, RoomSet.of(KITCHEN), TEN))
        .testEquals();
    Calendar empty = SpaceFixtures.empty();
    Booking b1 = booking("B1", R1, RoomSet.of(KITCHEN), NINE);
    new EqualsTester()
        .addEqualityGroup(empty, SpaceFixtures.empty(),
            empty.book(b1).valueOrThrow().cancel(b1.id()).valueOrThrow())
        .addEqualityGroup(empty.book(b1).valueOrThrow(), SpaceFixtures.empty().book(b1).valueOrThrow())
        .addEqualityGroup(empty.book(booking("B1", R1, RoomSet.of(DANCE), NINE)).valueOrThrow())
        .addEqualityGroup(Calendar.of(SpaceFixtures.ROOMS.subList(0, 2), SpaceFixtures.HOURS))
        .addEqualityGroup(Calendar.of(SpaceFixtures.ROOMS, OpeningHours.always()))
        .testEquals();
  }

  @Test
  void inspectionsPoliciesAndLivingRooms() {
    Occurrence o = Occurrence.of(BookingId.of("B1"), NINE);
    new EqualsTester()
        .addEqualityGroup(RuleCheck.passed(), RuleCheck.passed(""))
        .addEqualityGroup(RuleCheck.passed("tidy"))
        .addEqualityGroup(RuleCheck.failed("tidy"), RuleCheck.failed("tidy"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(inspection(o, R1, "2026-11-30T10:10", RuleCheck.passed()),
            inspection(o, R1, "2026-11-30T10:10", RuleCheck.passed()))
        .addEqualityGroup(inspection(Occurrence.of(BookingId.of("B1"), TEN), R1,
            "2026-11-30T10:10", RuleCheck.passed()))
        .addEqualityGroup(inspection(o, Booker.host(HostId.of("h")), "2026-11-30T10:10",
            RuleCheck.passed()))
        .addEqualityGroup(inspection(o, R1, "2026-11-30T10:20", RuleCheck.passed()))
        .addEqualityGroup(inspection(o, R1, "2026-11-30T10:10", RuleCheck.failed("crumbs")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SuspensionPolicy.standard(),
            SuspensionPolicy.of(3, Duration.ofDays(90), Duration.ofDays(30)))
        .addEqualityGroup(SuspensionPolicy.of(2, Duration.ofDays(90), Duration.ofDays(30)))
        .addEqualityGroup(SuspensionPolicy.of(3, Duration.ofDays(60), Duration.ofDays(30)))
        .addEqualityGroup(SuspensionPolicy.of(3, Duration.ofDays(90), Duration.ofDays(14)))
        .testEquals();
    Booking b1 = booking("B1", R1, RoomSet.of(KITCHEN), NINE);
    LivingRoom room = LivingRoom.of(SpaceFixtures.empty(), SuspensionPolicy.standard());
    LivingRoom booked = room.book(b1, OPENS).valueOrThrow();
    new EqualsTester()
        .addEqualityGroup(room, LivingRoom.of(SpaceFixtures.empty(), SuspensionPolicy.standard()))
        .addEqualityGroup(booked, room.book(b1, OPENS).valueOrThrow())
        .addEqualityGroup(booked.inspect(inspection(o, R1, "2026-11-30T10:10", RuleCheck.passed()))
            .valueOrThrow())
        .addEqualityGroup(LivingRoom.of(SpaceFixtures.empty(),
            SuspensionPolicy.of(1, Duration.ofDays(1), Duration.ofDays(1))))
        .testEquals();
  }

  @Test
  void activitiesApplicantsDrawsAndEnrolments() {
    new EqualsTester()
        .addEqualityGroup(activity("club", "B-EN", 4, AgeRange.CHILDREN, CLOSES),
            activity("club", "B-EN", 4, AgeRange.CHILDREN, CLOSES))
        .addEqualityGroup(activity("club2", "B-EN", 4, AgeRange.CHILDREN, CLOSES))
        .addEqualityGroup(activity("club", "B-X", 4, AgeRange.CHILDREN, CLOSES))
        .addEqualityGroup(activity("club", "B-EN", 5, AgeRange.CHILDREN, CLOSES))
        .addEqualityGroup(activity("club", "B-EN", 4, AgeRange.ADULTS, CLOSES))
        .addEqualityGroup(activity("club", "B-EN", 4, AgeRange.CHILDREN, CLOSES.plusHours(1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Applicant.of(ResidentId.of("R1"), HouseholdId.of("H1"), BuildingGroupId.of("G1"), 8),
            Applicant.of(ResidentId.of("R1"), HouseholdId.of("H1"), BuildingGroupId.of("G1"), 8))
        .addEqualityGroup(
            Applicant.of(ResidentId.of("R2"), HouseholdId.of("H1"), BuildingGroupId.of("G1"), 8))
        .addEqualityGroup(
            Applicant.of(ResidentId.of("R1"), HouseholdId.of("H2"), BuildingGroupId.of("G1"), 8))
        .addEqualityGroup(
            Applicant.of(ResidentId.of("R1"), HouseholdId.of("H1"), BuildingGroupId.of("G2"), 8))
        .addEqualityGroup(
            Applicant.of(ResidentId.of("R1"), HouseholdId.of("H1"), BuildingGroupId.of("G1"), 9))
        .testEquals();
    List<ResidentId> six = List.of(ResidentId.of("R1"), ResidentId.of("R2"), ResidentId.of("R3"),
        ResidentId.of("R4"), ResidentId.of("R5"), ResidentId.of("R6"));
    new EqualsTester()
        .addEqualityGroup(Lottery.draw(six, 2, SEED, PriorityRule.none()),
            Lottery.draw(six, 2, SEED, PriorityRule.none()))
        .addEqualityGroup(Lottery.draw(six, 3, SEED, PriorityRule.none()))
        .addEqualityGroup(
            new Draw(ImmutableList.copyOf(six.subList(0, 2)), ImmutableList.copyOf(six.subList(2, 6))),
            new Draw(ImmutableList.copyOf(six.subList(0, 2)), ImmutableList.copyOf(six.subList(2, 6))))
        .addEqualityGroup(
            new Draw(ImmutableList.copyOf(six.subList(0, 2)), ImmutableList.copyOf(six.subList(2, 5))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SEED, LotterySeed.derive("english club"), LotterySeed.parse(SEED.hex()))
        .addEqualityGroup(LotterySeed.derive("another club"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SEED.commitment(), SeedCommitment.parse(SEED.commitment().sha256()))
        .addEqualityGroup(LotterySeed.derive("another club").commitment())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PriorityRule.none(), PriorityRule.none())
        .addEqualityGroup(PriorityRule.firstTimeParticipantsFirst(List.of(ResidentId.of("R1"))),
            PriorityRule.firstTimeParticipantsFirst(List.of(ResidentId.of("R1"))))
        .addEqualityGroup(PriorityRule.firstTimeParticipantsFirst(List.of(ResidentId.of("R2"))))
        .testEquals();
    Enrolment open = EnrolmentTest.open(4, HouseholdLimit.NONE);
    Enrolment applied = open.apply(EnrolmentTest.child(1), OPENS).valueOrThrow();
    Enrolment session = Enrolment.openSession(EnrolmentTest.club(4), LocalDate.parse("2026-12-12"),
        EnrolmentTest.calendar(), HouseholdLimit.NONE, PriorityRule.none(), SEED.commitment(),
        OPENS).valueOrThrow();
    new EqualsTester()
        .addEqualityGroup(open, EnrolmentTest.open(4, HouseholdLimit.NONE),
            applied.withdraw(ResidentId.of("R1"), OPENS).valueOrThrow())
        .addEqualityGroup(EnrolmentTest.open(5, HouseholdLimit.NONE))
        .addEqualityGroup(EnrolmentTest.open(4, HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD))
        .addEqualityGroup(applied, open.apply(EnrolmentTest.child(1), OPENS).valueOrThrow())
        .addEqualityGroup(applied.draw(SEED, CLOSES).valueOrThrow())
        .addEqualityGroup(session)
        .addEqualityGroup(Enrolment.openSession(EnrolmentTest.club(4),
            LocalDate.parse("2026-12-19"), EnrolmentTest.calendar(), HouseholdLimit.NONE,
            PriorityRule.none(), SEED.commitment(), OPENS).valueOrThrow())
        .testEquals();
    LivingRoom room = EnrolmentTest.livingRoom();
    new EqualsTester()
        .addEqualityGroup(open.cancel(room, CLOSES).valueOrThrow(),
            EnrolmentTest.open(4, HouseholdLimit.NONE).cancel(room, CLOSES).valueOrThrow())
        .addEqualityGroup(open.cancel(room, CLOSES.plusDays(1)).valueOrThrow())
        .addEqualityGroup(session.cancel(room, CLOSES).valueOrThrow())
        .testEquals();
    Slot week = Slot.parse("2026-12-07T00:00/2026-12-14T00:00");
    Enrolment drawn = applied.draw(SEED, CLOSES).valueOrThrow();
    new EqualsTester()
        .addEqualityGroup(Ripple.of(EnrolmentTest.calendar(), List.of(drawn), week),
            Ripple.of(EnrolmentTest.calendar(), List.of(drawn), week))
        .addEqualityGroup(Ripple.of(EnrolmentTest.calendar(), List.of(), week))
        .addEqualityGroup(Ripple.of(EnrolmentTest.calendar(), List.of(drawn),
            Slot.parse("2026-11-30T00:00/2026-12-14T00:00")))
        .testEquals();
  }
}
