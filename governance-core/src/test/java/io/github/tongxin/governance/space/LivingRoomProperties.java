package io.github.tongxin.governance.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.space.SpaceGenerators.Command;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of book / cancel / move / inspect / apply / withdraw / draw, folded over the
 * real living room and enrolment and over a trivial model (a map of bookings checked pairwise, a
 * list of failure times, lists of places and waiting residents). After every step: no room is
 * double-booked, the calendar holds exactly the model's bookings, a suspended booker's booking
 * was refused, no activity is above capacity, and the waiting list is the draw's losers in order
 * minus those promoted or withdrawn.
 */
class LivingRoomProperties {
  private static final SuspensionPolicy POLICY =
      SuspensionPolicy.of(2, Duration.ofDays(3), Duration.ofDays(2));
  private static final int CAPACITY = 2;
  private static final int CLOSE_STEP = 14;

  /** The club's booking, after the weeks the commands book in. */
  private static final Booking CLUB_BOOKING =
      Booking.of(BookingId.of("A0"), Booker.host(HostId.of("partner")),
          RoomSet.of(SpaceFixtures.DANCE),
          Schedule.once(SpaceFixtures.slot("2026-12-20", "09:00", "10:00")));

  private static Activity club() {
    return Activity.builder()
        .id(ActivityId.of("club"))
        .title(BilingualName.of("英语角", "English club"))
        .host(HostId.of("partner"))
        .booking(CLUB_BOOKING.id())
        .capacity(CAPACITY)
        .ageRange(AgeRange.CHILDREN)
        .enrolmentOpens(SpaceGenerators.at(0))
        .enrolmentCloses(SpaceGenerators.at(CLOSE_STEP))
        .build();
  }

  @Test
  void anySequenceKeepsEveryInvariant() {
    qt().withExamples(400)
        .withShrinkCycles(200)
        .forAll(SpaceGenerators.commands())
        .checkAssert(LivingRoomProperties::run);
  }

  private static void run(List<Command> commands) {
    LivingRoom room = LivingRoom.of(SpaceFixtures.empty(), POLICY)
        .book(CLUB_BOOKING, SpaceGenerators.at(0)).valueOrThrow();
    Enrolment enrolment =
        Enrolment.open(club(), room.calendar(), HouseholdLimit.ONE_PLACE_PER_HOUSEHOLD, PriorityRule.none(),
                SpaceGenerators.SEED.commitment(), SpaceGenerators.at(0))
            .valueOrThrow();
    Map<BookingId, Booking> model = new LinkedHashMap<>();
    model.put(CLUB_BOOKING.id(), CLUB_BOOKING);
    Map<Booker, List<LocalDateTime>> failures = new LinkedHashMap<>();
    Set<Occurrence> inspectedOccurrences = new HashSet<>();
    List<ResidentId> applied = new ArrayList<>();
    Set<String> households = new HashSet<>();
    List<ResidentId> places = new ArrayList<>();
    List<ResidentId> waiting = new ArrayList<>();
    List<ResidentId> losers = List.of();
    List<ResidentId> promoted = new ArrayList<>();
    Set<ResidentId> leftWaiting = new HashSet<>();
    boolean drawn = false;
    for (int step = 0; step < commands.size(); step++) {
      Command c = commands.get(step);
      LocalDateTime at = SpaceGenerators.at(step);
      if (c instanceof Command.Book b) {
        boolean suspended = suspended(failures.getOrDefault(b.booking().booker(), List.of()), at);
        Decision<LivingRoom> d = room.book(b.booking(), at);
        boolean expected = !suspended && fits(model, b.booking(), null);
        assertThat(d.isAccepted()).as("%s at %s", c, at).isEqualTo(expected);
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
        boolean expected = old != null
            && !suspended(failures.getOrDefault(old.booker(), List.of()), at)
            && fits(model, old.movedTo(m.rooms(), m.schedule()), m.id());
        assertThat(d.isAccepted()).as("%s", c).isEqualTo(expected);
        if (d.isAccepted()) {
          model.put(m.id(), old.movedTo(m.rooms(), m.schedule()));
          room = d.valueOrThrow();
        }
      } else if (c instanceof Command.Inspect i) {
        Booking inspectedBooking = model.get(i.id());
        Booker inspected = i.booker().orElse(
            inspectedBooking != null ? inspectedBooking.booker() : SpaceGenerators.booker(0));
        List<Slot> slots = inspectedBooking == null ? List.of() : inspectedBooking.occurrences();
        Slot slot = i.occurrence() < slots.size()
            ? slots.get(i.occurrence())
            : SpaceFixtures.slot("2026-11-01", "09:00", "10:00");
        Occurrence o = Occurrence.of(i.id(), slot);
        UsageInspection ins = UsageInspection.of(o, inspected, at, RuleCheck.passed(),
            i.pass() ? RuleCheck.passed() : RuleCheck.failed("not cleaned"), RuleCheck.passed());
        Decision<LivingRoom> d = room.inspect(ins);
        boolean expected = inspectedBooking != null
            && inspectedBooking.booker().equals(inspected)
            && slots.contains(slot)
            && !at.isBefore(slot.end())
            && !inspectedOccurrences.contains(o);
        assertThat(d.isAccepted()).as("%s at %s", c, at).isEqualTo(expected);
        if (d.isAccepted()) {
          room = d.valueOrThrow();
          inspectedOccurrences.add(o);
          if (!i.pass()) {
            failures.computeIfAbsent(inspected, k -> new ArrayList<>()).add(at);
          }
        }
      } else if (c instanceof Command.Apply a) {
        Applicant p = a.applicant();
        boolean expected = !drawn
            && at.isBefore(SpaceGenerators.at(CLOSE_STEP))
            && !applied.contains(p.resident())
            && !households.contains(p.household().value())
            && AgeRange.CHILDREN.admits(p.age());
        Decision<Enrolment> d = enrolment.apply(p, at);
        assertThat(d.isAccepted()).as("%s", c).isEqualTo(expected);
        if (d.isAccepted()) {
          enrolment = d.valueOrThrow();
          applied.add(p.resident());
          households.add(p.household().value());
        }
      } else if (c instanceof Command.Withdraw w) {
        Decision<Enrolment> d = enrolment.withdraw(w.resident(), at);
        boolean expected = drawn
            ? places.contains(w.resident()) || waiting.contains(w.resident())
            : applied.contains(w.resident());
        assertThat(d.isAccepted()).as("%s", c).isEqualTo(expected);
        if (d.isAccepted()) {
          enrolment = d.valueOrThrow();
          if (!drawn) {
            Applicant gone = applied.indexOf(w.resident()) >= 0
                ? SpaceGenerators.applicant(Integer.parseInt(w.resident().value().substring(1)))
                : null;
            applied.remove(w.resident());
            if (gone != null) {
              households.remove(gone.household().value());
            }
          } else if (places.remove(w.resident())) {
            if (!waiting.isEmpty()) {
              ResidentId first = waiting.remove(0);
              places.add(first);
              promoted.add(first);
            }
          } else {
            waiting.remove(w.resident());
            leftWaiting.add(w.resident());
          }
        }
      } else if (c instanceof Command.DrawPlaces dp) {
        boolean expected = !drawn && !at.isBefore(SpaceGenerators.at(CLOSE_STEP))
            && dp.seed().equals(SpaceGenerators.SEED);
        Decision<Enrolment> d = enrolment.draw(dp.seed(), at);
        assertThat(d.isAccepted()).as("%s at %s", c, at).isEqualTo(expected);
        if (d.isAccepted()) {
          enrolment = d.valueOrThrow();
          drawn = true;
          Draw draw = Lottery.draw(applied, CAPACITY, dp.seed(), PriorityRule.none());
          places.addAll(draw.winners());
          waiting.addAll(draw.waitingList());
          losers = draw.waitingList();
        }
      } else {
        throw new AssertionError(c);
      }
      // Invariants after every step.
      assertNoRoomDoubleBooked(room.calendar());
      assertThat(room.calendar().bookings()).containsExactlyInAnyOrderElementsOf(model.values());
      assertThat(enrolment.places()).hasSizeLessThanOrEqualTo(CAPACITY).isEqualTo(places);
      List<ResidentId> expectedWaiting = new ArrayList<>(losers);
      expectedWaiting.removeAll(promoted);
      expectedWaiting.removeAll(leftWaiting);
      assertThat(enrolment.waitingList()).isEqualTo(expectedWaiting);
      assertThat(enrolment.promoted()).isEqualTo(promoted);
    }
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
  private static boolean fits(Map<BookingId, Booking> model, Booking b, BookingId moving) {
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
