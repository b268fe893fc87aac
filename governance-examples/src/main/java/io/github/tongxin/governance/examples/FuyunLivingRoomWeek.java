package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.space.Activity;
import io.github.tongxin.governance.space.ActivityCancellation;
import io.github.tongxin.governance.space.ActivityId;
import io.github.tongxin.governance.space.AgeRange;
import io.github.tongxin.governance.space.Applicant;
import io.github.tongxin.governance.space.Booker;
import io.github.tongxin.governance.space.Booking;
import io.github.tongxin.governance.space.BookingId;
import io.github.tongxin.governance.space.Calendar;
import io.github.tongxin.governance.space.Enrolment;
import io.github.tongxin.governance.space.Equipment;
import io.github.tongxin.governance.space.Host;
import io.github.tongxin.governance.space.HostId;
import io.github.tongxin.governance.space.HouseholdLimit;
import io.github.tongxin.governance.space.ICalendarWriter;
import io.github.tongxin.governance.space.LivingRoom;
import io.github.tongxin.governance.space.LotterySeed;
import io.github.tongxin.governance.space.Occurrence;
import io.github.tongxin.governance.space.OpeningHours;
import io.github.tongxin.governance.space.PartnerKind;
import io.github.tongxin.governance.space.PriorityRule;
import io.github.tongxin.governance.space.Ripple;
import io.github.tongxin.governance.space.Room;
import io.github.tongxin.governance.space.RoomId;
import io.github.tongxin.governance.space.RoomSet;
import io.github.tongxin.governance.space.RuleCheck;
import io.github.tongxin.governance.space.Schedule;
import io.github.tongxin.governance.space.Skill;
import io.github.tongxin.governance.space.Slot;
import io.github.tongxin.governance.space.SuspensionPolicy;
import io.github.tongxin.governance.space.UsageInspection;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A week in the Fuyun living room (阜云大客厅), Monday 30 November to Sunday 6 December 2026: four
 * rooms open 07:00–21:00; resident talents run yoga, tea art, baking and picture books; a
 * foreign-trade company's staff run the children's English club, whose 12 places draw 30
 * applications, so places go by a lottery whose seed was committed to before enrolment closed; a
 * birthday party takes kitchen and tea room together and a clashing request is refused; one
 * session of the weekly tea art is enrolled on its own and cancelled, releasing that afternoon;
 * usage inspections of each occurrence after it ends suspend a booker after two failures, and the
 * occurrences still to inspect are listed; the ripple figures of the week; and the activities'
 * calendar written as an iCalendar file.
 *
 * <p>Names, ages and households are illustrative, not Fuyun's real residents.
 */
public final class FuyunLivingRoomWeek {
  static final RoomId KITCHEN = RoomId.of("kitchen");
  static final RoomId DANCE = RoomId.of("dance-room");
  static final RoomId TEA = RoomId.of("tea-room");
  static final RoomId STUDY = RoomId.of("study-room");
  /** The draw's seed; in real life 32 random bytes kept secret until enrolment closes. */
  static final LotterySeed SEED = LotterySeed.derive("Fuyun English club 2026-W49");
  private static final Instant STAMP = Instant.parse("2026-11-29T12:00:00Z");

  private FuyunLivingRoomWeek() {}

  /**
   * Runs the example on standard output and writes {@code fuyun-living-room.ics} (or the path
   * given as the first argument).
   *
   * @param args optionally the path of the .ics file
   */
  public static void main(String[] args) {
    Path ics = Path.of(args.length > 0 ? args[0] : "fuyun-living-room.ics");
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), ics);
  }

  private static Slot slot(String day, String from, String to) {
    return Slot.of(LocalDateTime.parse(day + "T" + from), LocalDateTime.parse(day + "T" + to));
  }

  private static LocalDateTime at(String text) {
    return LocalDateTime.parse(text);
  }

  private static LivingRoom book(PrintStream out, LivingRoom room, Booking b, LocalDateTime at) {
    Decision<LivingRoom> d = room.book(b, at);
    if (d.isAccepted()) {
      out.printf("booked %s%n", b);
      return d.valueOrThrow();
    }
    out.printf("refused %s:%n", b.id());
    for (Violation v : d.violations()) {
      out.printf("  %s%n", v);
    }
    return room;
  }

  private static Activity activity(
      String id, String zh, String en, HostId host, String booking, int capacity, AgeRange range) {
    return Activity.builder()
        .id(ActivityId.of(id))
        .title(BilingualName.of(zh, en))
        .host(host)
        .booking(BookingId.of(booking))
        .capacity(capacity)
        .ageRange(range)
        .enrolmentOpens(at("2026-11-23T09:00"))
        .enrolmentCloses(at("2026-11-27T20:00"))
        .build();
  }

  private static Applicant resident(int n, int household, int age) {
    return Applicant.of(
        ResidentId.of(String.format("FY-R%03d", n)),
        HouseholdId.of(String.format("FY-H%03d", household)),
        BuildingGroupId.of("FY-G" + (1 + household % 4)),
        age);
  }

  /**
   * Runs the example.
   *
   * @param out where the report goes
   * @param icsFile where the activities' iCalendar file is written
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void run(PrintStream out, Path icsFile) {
    out.println("== 阜云大客厅 Fuyun living room, 2026-11-30 .. 2026-12-06 ==");
    List<Room> rooms =
        List.of(
            Room.of(KITCHEN, BilingualName.of("厨房", "kitchen"), 12,
                List.of(Equipment.STOVE, Equipment.OVEN, Equipment.SINK)),
            Room.of(DANCE, BilingualName.of("舞蹈室", "dance room"), 20,
                List.of(Equipment.MIRRORS, Equipment.SOUND_SYSTEM)),
            Room.of(TEA, BilingualName.of("茶室", "tea room"), 10, List.of(Equipment.TEA_SET)),
            Room.of(STUDY, BilingualName.of("书房", "study room"), 16,
                List.of(Equipment.DESKS, Equipment.BOOKSHELVES, Equipment.PROJECTOR)));
    OpeningHours hours = OpeningHours.daily(LocalTime.of(7, 0), LocalTime.of(21, 0));
    // Fuyun's own rule: two failed inspections within 30 days suspend booking for 14 days.
    SuspensionPolicy policy = SuspensionPolicy.of(2, Duration.ofDays(30), Duration.ofDays(14));
    LivingRoom room = LivingRoom.of(Calendar.of(rooms, hours), policy);

    Host li = Host.talent(HostId.of("talent-li"), ResidentId.of("FY-R201"),
        BilingualName.of("李老师", "Teacher Li"), List.of(Skill.YOGA));
    Host wang = Host.talent(HostId.of("talent-wang"), ResidentId.of("FY-R202"),
        BilingualName.of("王阿姨", "Auntie Wang"), List.of(Skill.TEA_ART, Skill.BEADING));
    Host zhou = Host.talent(HostId.of("talent-zhou"), ResidentId.of("FY-R203"),
        BilingualName.of("周师傅", "Master Zhou"), List.of(Skill.BAKING));
    Host chen = Host.talent(HostId.of("talent-chen"), ResidentId.of("FY-R204"),
        BilingualName.of("陈妈妈", "Mother Chen"), List.of(Skill.PICTURE_BOOKS, Skill.HANDICRAFTS));
    Host trade = Host.partner(HostId.of("partner-trade"),
        BilingualName.of("某外贸公司", "a foreign-trade company"), PartnerKind.COMPANY,
        BilingualName.of("工会主席", "trade union chair"));
    out.println("hosts 主理人:");
    for (Host h : List.of(li, wang, zhou, chen, trade)) {
      out.printf("  %s %s%n", h.id(), h.name());
    }

    LocalDateTime asked = at("2026-11-20T10:00");
    room = book(out, room, Booking.of(BookingId.of("YOGA"), Booker.host(li.id()), RoomSet.of(DANCE),
        Schedule.weekly(slot("2026-11-30", "07:00", "08:00"), LocalDate.parse("2027-01-25"),
            List.of(LocalDate.parse("2026-12-28")))), asked);
    room = book(out, room, Booking.of(BookingId.of("TEA-ART"), Booker.host(wang.id()),
        RoomSet.of(TEA), Schedule.weekly(slot("2026-12-02", "14:30", "16:00"),
            LocalDate.parse("2026-12-30"), List.of())), asked);
    room = book(out, room, Booking.of(BookingId.of("BAKING"), Booker.host(zhou.id()),
        RoomSet.of(KITCHEN), Schedule.once(slot("2026-12-03", "18:30", "20:30"))), asked);
    room = book(out, room, Booking.of(BookingId.of("PICTURE-BOOKS"), Booker.host(chen.id()),
        RoomSet.of(STUDY), Schedule.once(slot("2026-12-05", "09:30", "11:00"))), asked);
    room = book(out, room, Booking.of(BookingId.of("ENGLISH"), Booker.host(trade.id()),
        RoomSet.of(STUDY), Schedule.weekly(slot("2026-12-05", "14:00", "15:30"),
            LocalDate.parse("2027-01-23"), List.of())), asked);
    Booker birthdayFamily = Booker.resident(ResidentId.of("FY-R017"));
    room = book(out, room, Booking.of(BookingId.of("PARTY"), birthdayFamily,
        RoomSet.of(KITCHEN, TEA), Schedule.once(slot("2026-12-05", "14:00", "17:00"))), asked);
    // A second family wants the kitchen on the same afternoon: refused, naming the party.
    room = book(out, room, Booking.of(BookingId.of("DUMPLINGS"),
        Booker.resident(ResidentId.of("FY-R088")), RoomSet.of(KITCHEN),
        Schedule.once(slot("2026-12-05", "16:00", "18:00"))), asked);
    out.printf("free 空闲 kitchen+tea-room on Saturday: %s%n",
        room.calendar().freeSlots(RoomSet.of(KITCHEN, TEA), slot("2026-12-05", "00:00", "23:59")));
    room = book(out, room, Booking.of(BookingId.of("DUMPLINGS"),
        Booker.resident(ResidentId.of("FY-R088")), RoomSet.of(KITCHEN),
        Schedule.once(slot("2026-12-05", "17:00", "19:00"))), asked);
    out.println("study room day plan 书房日程 2026-12-05:");
    for (Occurrence o : room.calendar().dayPlan(STUDY, LocalDate.parse("2026-12-05"))) {
      out.printf("  %s%n", o);
    }

    // Activities and enrolment. The English club's commitment is published when enrolment opens.
    List<Activity> activities = List.of(
        activity("yoga", "晨练瑜伽", "morning yoga", li.id(), "YOGA", 15, AgeRange.ADULTS),
        activity("tea-art", "茶艺", "tea art", wang.id(), "TEA-ART", 8, AgeRange.SENIORS),
        activity("baking", "亲子烘焙", "parent-child baking", zhou.id(), "BAKING", 10,
            AgeRange.PARENTS_AND_CHILDREN),
        activity("picture-books", "绘本共读", "picture books", chen.id(), "PICTURE-BOOKS", 16,
            AgeRange.CHILDREN),
        activity("english-club", "少儿英语角", "children's English club", trade.id(), "ENGLISH", 12,
            AgeRange.CHILDREN));
    out.printf("English club seed commitment 种子承诺 (SHA-256, published 2026-11-23T09:00): %s%n",
        SEED.commitment());
    List<Enrolment> enrolments = new ArrayList<>();
    int nextResident = 1;
    for (Activity a : activities) {
      Enrolment e = Enrolment.open(a, room.calendar(), HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD,
          PriorityRule.none(), SEED.commitment(), at("2026-11-23T09:00")).valueOrThrow();
      int applicants = a.id().value().equals("english-club") ? 30 : a.capacity() - 2;
      for (int i = 0; i < applicants; i++) {
        int n = nextResident++;
        int age = switch (a.ageRange()) {
          case CHILDREN -> 4 + n % 9;
          case SENIORS -> 60 + n % 20;
          case ADULTS -> 25 + n % 30;
          case PARENTS_AND_CHILDREN -> i % 2 == 0 ? 35 : 7;
        };
        e = e.apply(resident(n, n, age), at("2026-11-23T09:00").plusMinutes(i)).valueOrThrow();
      }
      if (a.id().value().equals("english-club")) {
        // A sibling of the first applicant tries too: one place per household.
        Applicant first = e.applicants().get(0);
        Decision<Enrolment> sibling = e.apply(
            Applicant.of(ResidentId.of("FY-R900"), first.household(), first.group(), 6),
            at("2026-11-23T10:00"));
        sibling.violations().forEach(v -> out.printf("refused application: %s%n", v));
      }
      e = e.draw(SEED, a.enrolmentCloses()).valueOrThrow();
      out.printf("%s: %d applicants for %d places -> %d places, %d waiting%n",
          a.title(), e.applicants().size(), a.capacity(), e.places().size(),
          e.waitingList().size());
      enrolments.add(e);
    }
    Enrolment club = enrolments.get(4);
    out.printf("English club seed revealed 公开种子: %s%n", SEED);
    out.printf("English club winners 中签: %s%n", club.places());
    out.printf("English club waiting list 候补: %s%n", club.waitingList());
    ResidentId dropsOut = club.places().get(3);
    club = club.withdraw(dropsOut, at("2026-12-01T18:00")).valueOrThrow();
    enrolments.set(4, club);
    out.printf("%s withdraws; %s is promoted from the waiting list%n", dropsOut,
        club.promoted().get(0));

    // Tea art meets weekly; its last session, on 30 December, is enrolled on its own and then
    // cancelled (Auntie Wang travels): the cancellation releases that afternoon only.
    Enrolment lastTea = Enrolment.openSession(activities.get(1), LocalDate.parse("2026-12-30"),
        room.calendar(), HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD, PriorityRule.none(),
        SEED.commitment(), at("2026-11-23T09:00")).valueOrThrow();
    ActivityCancellation teaOff = lastTea.cancel(room, at("2026-12-01T09:00")).valueOrThrow();
    room = teaOff.livingRoom();
    out.printf("%s; tea room free 2026-12-30 14:30-16:00: %s; tea-art sessions left: %d%n",
        teaOff.enrolment(), room.calendar().isFree(RoomSet.of(TEA), slot("2026-12-30", "14:30", "16:00")),
        room.calendar().booking(BookingId.of("TEA-ART")).orElseThrow().occurrences().size());

    // Usage inspections after each use.
    List<UsageInspection> inspections = List.of(
        UsageInspection.of(Occurrence.of(BookingId.of("BAKING"), slot("2026-12-03", "18:30", "20:30")),
            Booker.host(zhou.id()), at("2026-12-03T20:40"),
            RuleCheck.passed(), RuleCheck.passed(), RuleCheck.passed()),
        UsageInspection.of(Occurrence.of(BookingId.of("PARTY"), slot("2026-12-05", "14:00", "17:00")),
            birthdayFamily, at("2026-12-05T17:10"),
            RuleCheck.failed("cake boxes in the recyclables bin"), RuleCheck.passed(),
            RuleCheck.passed()),
        UsageInspection.of(
            Occurrence.of(BookingId.of("DUMPLINGS"), slot("2026-12-05", "17:00", "19:00")),
            Booker.resident(ResidentId.of("FY-R088")),
            at("2026-12-05T19:10"), RuleCheck.passed(), RuleCheck.passed(),
            RuleCheck.failed("two chairs not put back")));
    for (UsageInspection i : inspections) {
      room = room.inspect(i).valueOrThrow();
      out.printf("inspection 检查 %s (%s): %s%n", i.booking(), i.booker(),
          i.checks().entrySet().stream()
              .map(c -> c.getKey().englishName() + " " + c.getValue().verdict().englishName()
                  + (c.getValue().note().isEmpty() ? "" : " (" + c.getValue().note() + ")"))
              .collect(Collectors.joining(", ")));
    }
    // The family books the kitchen again on Sunday morning and leaves flour on the floor: the
    // second failure within 30 days suspends its right to book for 14 days.
    room = book(out, room, Booking.of(BookingId.of("PARTY-0"), birthdayFamily, RoomSet.of(KITCHEN),
        Schedule.once(slot("2026-12-06", "10:00", "12:00"))), at("2026-12-05T18:00"));
    room = room.inspect(UsageInspection.of(
        Occurrence.of(BookingId.of("PARTY-0"), slot("2026-12-06", "10:00", "12:00")), birthdayFamily,
        at("2026-12-06T12:10"), RuleCheck.passed(), RuleCheck.failed("flour on the floor"),
        RuleCheck.passed())).valueOrThrow();
    out.printf("%s suspended until %s%n", birthdayFamily,
        room.suspendedUntil(birthdayFamily, at("2026-12-06T12:10")).orElseThrow());
    room = book(out, room, Booking.of(BookingId.of("PARTY-2"), birthdayFamily, RoomSet.of(KITCHEN),
        Schedule.once(slot("2026-12-12", "14:00", "17:00"))), at("2026-12-07T09:00"));

    // Every booking gets an inspection after it: what is still to inspect at Sunday's closing.
    out.println("still to inspect 待检查 at 2026-12-06T21:00:");
    for (Occurrence o : room.uninspected(at("2026-12-06T21:00"))) {
      out.printf("  %s%n", o);
    }

    Ripple ripple = Ripple.of(room.calendar(), enrolments,
        Slot.of(at("2026-11-30T00:00"), at("2026-12-07T00:00")));
    out.println("ripple 涟漪 of the week:");
    out.printf("  places by age band: %s%n", ripple.participantsByAgeBand().entrySet().stream()
        .map(e -> e.getKey().englishName() + " " + e.getValue()).collect(Collectors.joining(", ")));
    out.printf("  places by building group: %s%n", ripple.participantsByGroup());
    out.printf("  active hosts: %d; host hours: %s%n", ripple.activeHosts(),
        ripple.hostMinutes().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue() / 60 + "h"
                + (e.getValue() % 60 == 0 ? "" : e.getValue() % 60 + "min"))
            .collect(Collectors.joining(", ")));
    out.printf("  sessions per week: %s%n", ripple.sessionsPerWeek());

    String ics = ICalendarWriter.activities(room.calendar(), activities, STAMP);
    try {
      Files.writeString(icsFile, ics, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf("wrote %d events to %s%n",
        ics.lines().filter("BEGIN:VEVENT"::equals).count(), icsFile.getFileName());
    Map<RoomId, Room> byId = room.calendar().rooms();
    out.printf("rooms: %s%n", byId.values().stream().map(r -> r.name().toString())
        .collect(Collectors.joining(", ")));
  }
}
