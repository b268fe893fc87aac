package io.github.tongxin.governance.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.space.SpaceGenerators.Command;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of book / cancel / move / inspect / free-slot queries / apply / withdraw /
 * draw / cancel-activity, folded over the real living room and four enrolments (two activities
 * enrolled as a whole, one weekly activity enrolled per session) and over a trivial model (a map
 * of bookings checked pairwise, a set of inspected occurrences, a list of failure times, lists of
 * places and waiting residents per enrolment). After every step: no room is double-booked, the
 * calendar holds exactly the model's bookings, a cancelled activity left no booking behind, the
 * occurrences awaiting inspection are the model's, a suspended booker's booking was refused, no
 * activity or session is above capacity, and each waiting list is its draw's losers in order
 * minus those promoted or withdrawn. Every free slot returned is free by the model and can be
 * booked, and every free half hour lies in one.
 */
class LivingRoomProperties {
  private static final SuspensionPolicy POLICY =
      SuspensionPolicy.of(2, Duration.ofDays(3), Duration.ofDays(2));
  private static final int CLOSE_STEP = 14;

  /** The activities' bookings, in the weeks the commands book in, so that commands clash. */
  private static final List<Booking> ACTIVITY_BOOKINGS =
      List.of(
          Booking.of(BookingId.of("A0"), Booker.host(HostId.of("partner")),
              RoomSet.of(SpaceFixtures.DANCE),
              Schedule.once(SpaceFixtures.slot("2026-11-10", "10:00", "12:00"))),
          Booking.of(BookingId.of("A1"), Booker.host(HostId.of("baker")),
              RoomSet.of(SpaceFixtures.KITCHEN, SpaceFixtures.TEA),
              Schedule.once(SpaceFixtures.slot("2026-11-12", "15:00", "17:00"))),
          Booking.of(BookingId.of("A2"), Booker.host(HostId.of("yogi")),
              RoomSet.of(SpaceFixtures.TEA, SpaceFixtures.DANCE),
              Schedule.weekly(SpaceFixtures.slot("2026-11-02", "07:00", "08:00"),
                  LocalDate.parse("2026-11-16"), List.of())));

  private static Activity activity(String id, int booking, int capacity, AgeRange range) {
    return Activity.builder()
        .id(ActivityId.of(id))
        .title(BilingualName.of(id, id))
        .host(HostId.of("host-" + id))
        .booking(ACTIVITY_BOOKINGS.get(booking).id())
        .capacity(capacity)
        .ageRange(range)
        .enrolmentOpens(SpaceGenerators.at(0))
        .enrolmentCloses(SpaceGenerators.at(CLOSE_STEP))
        .build();
  }

  /** E0 the club (2 places), E1 cooking (3), E2 and E3 yoga on 9 and 16 November (2 each). */
  private static List<Enrolment> enrolments(Calendar calendar) {
    Activity yoga = activity("yoga", 2, 2, AgeRange.PARENTS_AND_CHILDREN);
    List<Decision<Enrolment>> opened =
        List.of(
            Enrolment.open(activity("club", 0, 2, AgeRange.CHILDREN), calendar,
                HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD, PriorityRule.none(),
                SpaceGenerators.SEED.commitment(), SpaceGenerators.at(0)),
            Enrolment.open(activity("cooking", 1, 3, AgeRange.PARENTS_AND_CHILDREN), calendar,
                HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD, PriorityRule.none(),
                SpaceGenerators.SEED.commitment(), SpaceGenerators.at(0)),
            Enrolment.openSession(yoga, LocalDate.parse("2026-11-09"), calendar,
                HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD, PriorityRule.none(),
                SpaceGenerators.SEED.commitment(), SpaceGenerators.at(0)),
            Enrolment.openSession(yoga, LocalDate.parse("2026-11-16"), calendar,
                HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD, PriorityRule.none(),
                SpaceGenerators.SEED.commitment(), SpaceGenerators.at(0)));
    return new ArrayList<>(opened.stream().map(Decision::valueOrThrow).toList());
  }

  /** The model of one enrolment. */
  private static final class Places {
    final List<ResidentId> applied = new ArrayList<>();
    final Set<String> households = new HashSet<>();
    final List<ResidentId> places = new ArrayList<>();
    final List<ResidentId> waiting = new ArrayList<>();
    List<ResidentId> losers = List.of();
    final List<ResidentId> promoted = new ArrayList<>();
    final Set<ResidentId> leftWaiting = new HashSet<>();
    boolean drawn;
    boolean cancelled;
  }

  @Test
  void anySequenceKeepsEveryInvariant() {
    qt().withExamples(400)
        .withShrinkCycles(200)
        .forAll(SpaceGenerators.commands())
        .checkAssert(LivingRoomProperties::run);
  }

  private static void run(List<Command> commands) {
    LivingRoom room = LivingRoom.of(SpaceFixtures.empty(), POLICY);
    Map<BookingId, Booking> model = new LinkedHashMap<>();
    for (Booking b : ACTIVITY_BOOKINGS) {
      room = room.book(b, SpaceGenerators.at(0)).valueOrThrow();
      model.put(b.id(), b);
    }
    List<Enrolment> enrolments = enrolments(room.calendar());
    List<Places> expected = new ArrayList<>();
    for (int i = 0; i < enrolments.size(); i++) {
      expected.add(new Places());
    }
    Map<Booker, List<LocalDateTime>> failures = new LinkedHashMap<>();
    Set<Occurrence> inspected = new HashSet<>();
    for (int step = 0; step < commands.size(); step++) {
      Command c = commands.get(step);
      LocalDateTime at = SpaceGenerators.at(step);
      if (c instanceof Command.Book b) {
        boolean suspended = suspended(failures.getOrDefault(b.booking().booker(), List.of()), at);
        Decision<LivingRoom> d = room.book(b.booking(), at);
        boolean accept = !suspended && fits(model, b.booking(), null);
        assertThat(d.isAccepted()).as("%s at %s", c, at).isEqualTo(accept);
        if (d.isAccepted()) {
          assertThat(room.isSuspended(b.booking().booker(), at)).isFalse();
          model.put(b.booking().id(), b.booking());
          room = d.valueOrThrow();
        } else if (suspended) {
          assertThat(d.violations()).anyMatch(v -> v.code() == SpaceCode.BOOKING_SUSPENDED);
        }
      } else if (c instanceof Command.Cancel x) {
        Decision<LivingRoom> d = room.cancel(x.id());
        assertThat(d.isAccepted()).as("%s", c).isEqualTo(model.containsKey(x.id()));
        if (d.isAccepted()) {
          model.remove(x.id());
          room = d.valueOrThrow();
        }
      } else if (c instanceof Command.Move m) {
        Booking old = model.get(m.id());
        Decision<LivingRoom> d = room.move(m.id(), m.rooms(), m.schedule(), at);
        boolean accept = old != null
            && !suspended(failures.getOrDefault(old.booker(), List.of()), at)
            && fits(model, old.movedTo(m.rooms(), m.schedule()), m.id());
        assertThat(d.isAccepted()).as("%s", c).isEqualTo(accept);
        if (d.isAccepted()) {
          model.put(m.id(), old.movedTo(m.rooms(), m.schedule()));
          room = d.valueOrThrow();
        }
      } else if (c instanceof Command.Inspect i) {
        Booking booking = model.get(i.id());
        Booker by = i.booker().orElse(
            booking != null ? booking.booker() : SpaceGenerators.booker(0));
        List<Slot> slots = booking == null ? List.of() : booking.occurrences();
        Slot slot = i.occurrence() < slots.size()
            ? slots.get(i.occurrence())
            : SpaceFixtures.slot("2026-11-01", "09:00", "10:00");
        Occurrence o = Occurrence.of(i.id(), slot);
        UsageInspection ins = UsageInspection.of(o, by, at, RuleCheck.passed(),
            i.pass() ? RuleCheck.passed() : RuleCheck.failed("not cleaned"), RuleCheck.passed());
        Decision<LivingRoom> d = room.inspect(ins);
        boolean accept = booking != null
            && booking.booker().equals(by)
            && slots.contains(slot)
            && !at.isBefore(slot.end())
            && !inspected.contains(o);
        assertThat(d.isAccepted()).as("%s at %s", c, at).isEqualTo(accept);
        if (d.isAccepted()) {
          room = d.valueOrThrow();
          inspected.add(o);
          if (!i.pass()) {
            failures.computeIfAbsent(by, k -> new ArrayList<>()).add(at);
          }
        }
      } else if (c instanceof Command.FreeSlots f) {
        checkFreeSlots(room.calendar(), model, f.rooms(), f.day());
      } else if (c instanceof Command.Apply a) {
        Enrolment e = enrolments.get(a.enrolment());
        Places p = expected.get(a.enrolment());
        Applicant who = a.applicant();
        boolean accept = !p.cancelled
            && !p.drawn
            && at.isBefore(SpaceGenerators.at(CLOSE_STEP))
            && !p.applied.contains(who.resident())
            && !p.households.contains(who.household().value())
            && e.activity().ageRange().admits(who.age());
        Decision<Enrolment> d = e.apply(who, at);
        assertThat(d.isAccepted()).as("%s at %s", c, at).isEqualTo(accept);
        if (d.isAccepted()) {
          enrolments.set(a.enrolment(), d.valueOrThrow());
          p.applied.add(who.resident());
          p.households.add(who.household().value());
        }
      } else if (c instanceof Command.Withdraw w) {
        Places p = expected.get(w.enrolment());
        Decision<Enrolment> d = enrolments.get(w.enrolment()).withdraw(w.resident(), at);
        boolean accept = !p.cancelled
            && (p.drawn
                ? p.places.contains(w.resident()) || p.waiting.contains(w.resident())
                : p.applied.contains(w.resident()));
        assertThat(d.isAccepted()).as("%s", c).isEqualTo(accept);
        if (d.isAccepted()) {
          enrolments.set(w.enrolment(), d.valueOrThrow());
          withdraw(p, w.resident());
        }
      } else if (c instanceof Command.DrawPlaces dp) {
        Places p = expected.get(dp.enrolment());
        Enrolment e = enrolments.get(dp.enrolment());
        boolean accept = !p.cancelled
            && !p.drawn
            && !at.isBefore(SpaceGenerators.at(CLOSE_STEP))
            && dp.seed().equals(SpaceGenerators.SEED);
        Decision<Enrolment> d = e.draw(dp.seed(), at);
        assertThat(d.isAccepted()).as("%s at %s", c, at).isEqualTo(accept);
        if (d.isAccepted()) {
          enrolments.set(dp.enrolment(), d.valueOrThrow());
          p.drawn = true;
          Draw draw =
              Lottery.draw(p.applied, e.activity().capacity(), dp.seed(), PriorityRule.none());
          p.places.addAll(draw.winners());
          p.waiting.addAll(draw.waitingList());
          p.losers = draw.waitingList();
        }
      } else if (c instanceof Command.CancelActivity ca) {
        Places p = expected.get(ca.enrolment());
        Enrolment e = enrolments.get(ca.enrolment());
        Decision<ActivityCancellation> d = e.cancel(room, at);
        assertThat(d.isAccepted()).as("%s", c).isEqualTo(!p.cancelled);
        if (d.isAccepted()) {
          enrolments.set(ca.enrolment(), d.valueOrThrow().enrolment());
          room = d.valueOrThrow().livingRoom();
          // A cancelled activity has no places and nobody waiting; promotions stay on record.
          p.cancelled = true;
          p.places.clear();
          p.waiting.clear();
          p.losers = List.of();
          release(model, e);
        }
      } else {
        throw new AssertionError(c);
      }
      // Invariants after every step.
      Calendar calendar = room.calendar();
      assertNoRoomDoubleBooked(calendar);
      assertThat(calendar.bookings()).containsExactlyInAnyOrderElementsOf(model.values());
      assertThat(room.uninspected(at)).isEqualTo(uninspected(model, inspected, at));
      for (int i = 0; i < enrolments.size(); i++) {
        Enrolment e = enrolments.get(i);
        Places p = expected.get(i);
        assertThat(e.places()).hasSizeLessThanOrEqualTo(e.activity().capacity())
            .isEqualTo(p.places);
        List<ResidentId> waiting = new ArrayList<>(p.losers);
        waiting.removeAll(p.promoted);
        waiting.removeAll(p.leftWaiting);
        assertThat(e.waitingList()).as("E%s", i).isEqualTo(waiting);
        assertThat(e.promoted()).isEqualTo(p.promoted);
        assertThat(e.isCancelled()).isEqualTo(p.cancelled);
        // No orphan booking: a cancelled activity or session has released its rooms.
        if (e.isCancelled()) {
          assertThat(e.session().isPresent()
                  ? e.sessionIn(calendar).isPresent()
                  : calendar.booking(e.activity().booking()).isPresent())
              .as("E%s cancelled but still booked", i)
              .isFalse();
        } else {
          assertThat(e.activity().fitsIn(calendar).isAccepted()).isTrue();
        }
      }
    }
  }

  private static void withdraw(Places p, ResidentId resident) {
    if (!p.drawn) {
      int at = p.applied.indexOf(resident);
      p.applied.remove(at);
      Applicant gone =
          SpaceGenerators.applicant(Integer.parseInt(resident.value().substring(1)));
      p.households.remove(gone.household().value());
    } else if (p.places.remove(resident)) {
      if (!p.waiting.isEmpty()) {
        ResidentId first = p.waiting.remove(0);
        p.places.add(first);
        p.promoted.add(first);
      }
    } else {
      p.waiting.remove(resident);
      p.leftWaiting.add(resident);
    }
  }

  /** The model of releasing an activity's booking, or a session's occurrence of it. */
  private static void release(Map<BookingId, Booking> model, Enrolment e) {
    BookingId id = e.activity().booking();
    Booking b = model.get(id);
    if (b == null) {
      return;
    }
    if (e.session().isEmpty() || b.occurrences().size() == 1) {
      model.remove(id);
      return;
    }
    LocalDate day = e.session().get();
    Schedule.Weekly w = (Schedule.Weekly) b.schedule();
    model.put(id, b.movedTo(b.rooms(), Schedule.weekly(w.first(), w.until(),
        ImmutableSortedSet.<LocalDate>naturalOrder().addAll(w.exceptions()).add(day).build())));
  }

  /** Occurrences of the model's bookings ended by {@code at} and not inspected. */
  private static List<Occurrence> uninspected(
      Map<BookingId, Booking> model, Set<Occurrence> inspected, LocalDateTime at) {
    List<Occurrence> out = new ArrayList<>();
    for (Booking b : model.values()) {
      for (Slot s : b.occurrences()) {
        Occurrence o = Occurrence.of(b.id(), s);
        if (!s.end().isAfter(at) && !inspected.contains(o)) {
          out.add(o);
        }
      }
    }
    out.sort((x, y) -> x.slot().compareTo(y.slot()) != 0
        ? x.slot().compareTo(y.slot())
        : x.booking().compareTo(y.booking()));
    return out;
  }

  /**
   * Every slot returned is within opening hours, free by the model, and bookable; returned slots
   * are in order and never touch (maximal); every half hour the model finds free lies in one.
   */
  private static void checkFreeSlots(
      Calendar calendar, Map<BookingId, Booking> model, RoomSet rooms, LocalDate day) {
    Slot period = Slot.of(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    ImmutableList<Slot> free = calendar.freeSlots(rooms, period);
    Slot open = SpaceFixtures.slot(day.toString(), "07:00", "21:00");
    for (int i = 0; i < free.size(); i++) {
      Slot s = free.get(i);
      assertThat(open.encloses(s)).as("%s outside opening hours", s).isTrue();
      assertThat(busy(model, rooms, s)).as("%s of %s is taken", s, rooms).isNull();
      Booking probe = Booking.of(BookingId.of("probe"), SpaceGenerators.booker(0), rooms,
          Schedule.once(s));
      assertThat(calendar.book(probe).violations()).as("booking %s", s).isEmpty();
      if (i > 0) {
        assertThat(free.get(i - 1).end()).isBefore(s.start());
      }
    }
    for (LocalDateTime t = open.start(); t.isBefore(open.end()); t = t.plusMinutes(30)) {
      Slot half = Slot.of(t, t.plusMinutes(30));
      if (busy(model, rooms, half) == null) {
        assertThat(free).as("free %s of %s", half, rooms).anyMatch(s -> s.encloses(half));
      }
    }
  }

  /** A model booking that takes one of the rooms during the slot, or null. */
  private static @Nullable Booking busy(Map<BookingId, Booking> model, RoomSet rooms, Slot slot) {
    for (Booking b : model.values()) {
      for (RoomId r : rooms.rooms()) {
        if (b.rooms().contains(r)
            && b.occurrences().stream().anyMatch(s -> s.overlaps(slot))) {
          return b;
        }
      }
    }
    return null;
  }

  /** The model's suspension: two failures within 3 days suspend for 2 days from the second. */
  private static boolean suspended(List<LocalDateTime> failed, LocalDateTime at) {
    for (int i = 1; i < failed.size(); i++) {
      if (Duration.between(failed.get(i - 1), failed.get(i)).compareTo(Duration.ofDays(3)) < 0
          && !at.isBefore(failed.get(i))
          && at.isBefore(failed.get(i).plusDays(2))) {
        return true;
      }
    }
    return false;
  }

  /** The model's booking rule: new id (or the moved one), open hours, no pairwise overlap. */
  private static boolean fits(Map<BookingId, Booking> model, Booking b, @Nullable BookingId moving) {
    if (moving == null && model.containsKey(b.id())) {
      return false;
    }
    for (Slot s : b.occurrences()) {
      if (s.start().getHour() < 7 || s.end().isAfter(s.start().toLocalDate().atTime(21, 0))) {
        return false;
      }
    }
    for (Booking other : model.values()) {
      if (other.id().equals(b.id())) {
        continue;
      }
      for (RoomId r : b.rooms().rooms()) {
        if (!other.rooms().contains(r)) {
          continue;
        }
        for (Slot s : b.occurrences()) {
          for (Slot t : other.occurrences()) {
            if (s.overlaps(t)) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  static void assertNoRoomDoubleBooked(Calendar calendar) {
    ImmutableList<Booking> all = calendar.bookings();
    for (RoomId room : calendar.rooms().keySet()) {
      List<Slot> slots = new ArrayList<>();
      for (Booking b : all) {
        if (b.rooms().contains(room)) {
          slots.addAll(b.occurrences());
        }
      }
      slots.sort(null);
      for (int i = 1; i < slots.size(); i++) {
        assertThat(slots.get(i - 1).overlaps(slots.get(i)))
            .as("room %s double-booked: %s and %s", room, slots.get(i - 1), slots.get(i))
            .isFalse();
      }
    }
  }
}
