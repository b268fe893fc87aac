package io.github.tongxin.governance.space;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of the space package: commands for the living room and its activities, each
 * built from six small numbers so that QuickTheories shrinks them, each with a readable {@code
 * toString} ("book(B3 resident:R1 kitchen+tea-room 2026-11-03T09:00/...)").
 */
final class SpaceGenerators {
  static final LocalDateTime START = LocalDateTime.parse("2026-11-02T00:00");
  static final List<RoomSet> ROOM_SETS =
      List.of(
          RoomSet.of(SpaceFixtures.KITCHEN),
          RoomSet.of(SpaceFixtures.TEA),
          RoomSet.of(SpaceFixtures.DANCE),
          RoomSet.of(SpaceFixtures.KITCHEN, SpaceFixtures.TEA),
          RoomSet.of(SpaceFixtures.TEA, SpaceFixtures.DANCE));
  static final int BOOKERS = 2;
  static final int RESIDENTS = 8;
  static final LotterySeed SEED = LotterySeed.derive("property seed");

  private SpaceGenerators() {}

  /** The time of step {@code i}: every 12 hours from {@link #START}. */
  static LocalDateTime at(int step) {
    return START.plusHours(12L * step);
  }

  static Booker booker(int n) {
    return Booker.resident(ResidentId.of("B" + (n % BOOKERS)));
  }

  static Applicant applicant(int n) {
    int r = n % RESIDENTS;
    // Residents 0 and 1 share a household, as do 2 and 3; ages 5..12 fit the children's club,
    // except resident 7 (40).
    return Applicant.of(
        ResidentId.of("R" + r),
        HouseholdId.of("H" + (r < 4 ? r / 2 : r)),
        BuildingGroupId.of("G" + (r % 2)),
        r == 7 ? 40 : 5 + r);
  }

  /** Schedules over three weeks from 2026-11-02; some start at 06:00 or run past 21:00. */
  static Schedule schedule(int day, int hour, int length, int weeks, int except) {
    LocalDate d = START.toLocalDate().plusDays(day % 21);
    int h = 6 + hour % 15;
    Slot s = Slot.of(d.atTime(h, (hour % 2) * 30), d.atTime(h, (hour % 2) * 30).plusMinutes(30L * (1 + length % 6)));
    int w = weeks % 4;
    if (w == 0) {
      return Schedule.once(s);
    }
    LocalDate until = d.plusWeeks(w);
    return Schedule.weekly(s, until, except % 3 == 0 ? List.of(d.plusWeeks(except % (w + 1))) : List.of());
  }

  /** The number of enrolments of the action-sequence test (see LivingRoomProperties). */
  static final int ENROLMENTS = 4;

  /** The ids inspections may name: the commands' bookings K0..K5 and the activities' A0..A2. */
  private static BookingId inspected(int n) {
    return BookingId.of(n % 9 < 6 ? "K" + n % 9 : "A" + (n % 9 - 6));
  }

  /** One command from six numbers in 0..999. */
  static Command command(List<Integer> n) {
    int kind = n.get(0) % 16;
    String id = "K" + n.get(1) % 6;
    switch (kind) {
      case 0, 1, 2:
        return new Command.Book(
            Booking.of(BookingId.of(id), booker(n.get(2)), ROOM_SETS.get(n.get(3) % ROOM_SETS.size()),
                schedule(n.get(4), n.get(5), n.get(2) / 7, n.get(3) / 11, n.get(4) / 13)));
      case 3:
        return new Command.Cancel(BookingId.of(id));
      case 4:
        return new Command.Move(BookingId.of(id), ROOM_SETS.get(n.get(3) % ROOM_SETS.size()),
            schedule(n.get(4), n.get(5), n.get(2), n.get(3) / 11, n.get(4) / 13));
      case 5, 6:
        return new Command.Inspect(
            inspected(n.get(1)), n.get(4) % 4,
            n.get(2) % 5 == 0 ? Optional.of(booker(n.get(2) / 5)) : Optional.empty(),
            n.get(3) % 3 == 0);
      case 7, 8, 9:
        return new Command.Apply(n.get(3) % ENROLMENTS, applicant(n.get(2)));
      case 10, 14:
        return new Command.Withdraw(n.get(3) % ENROLMENTS, ResidentId.of("R" + n.get(2) % RESIDENTS));
      case 11, 15:
        return new Command.DrawPlaces(
            n.get(2) % ENROLMENTS, n.get(3) % 4 == 0 ? LotterySeed.derive("wrong") : SEED);
      case 12:
        if (n.get(3) % 3 == 0) {
          return new Command.CancelActivity(n.get(2) % ENROLMENTS);
        }
        return new Command.FreeSlots(
            ROOM_SETS.get(n.get(4) % ROOM_SETS.size()), START.toLocalDate().plusDays(n.get(5) % 21));
      default:
        return new Command.FreeSlots(
            ROOM_SETS.get(n.get(4) % ROOM_SETS.size()), START.toLocalDate().plusDays(n.get(5) % 21));
    }
  }

  static Gen<List<Command>> commands() {
    return lists()
        .of(lists().of(integers().between(0, 999)).ofSize(6).map(SpaceGenerators::command))
        .ofSizeBetween(1, 45);
  }

  /** A command of the action-sequence test. */
  sealed interface Command {
    /** Books. */
    record Book(Booking booking) implements Command {
      @Override
      public String toString() {
        return "book(" + booking + ")";
      }
    }

    /** Cancels. */
    record Cancel(BookingId id) implements Command {
      @Override
      public String toString() {
        return "cancel(" + id + ")";
      }
    }

    /** Moves. */
    record Move(BookingId id, RoomSet rooms, Schedule schedule) implements Command {
      @Override
      public String toString() {
        return "move(" + id + " to " + rooms + " " + schedule + ")";
      }
    }

    /**
     * Inspects an occurrence (by index; a missing one stands for a slot the booking does not
     * have), with all rules passed or the cleaning failed; by default the booking's own booker.
     */
    record Inspect(BookingId id, int occurrence, Optional<Booker> booker, boolean pass)
        implements Command {
      @Override
      public String toString() {
        return "inspect(" + id + "#" + occurrence + " by "
            + booker.map(Booker::toString).orElse("its booker")
            + (pass ? " passed" : " failed") + ")";
      }
    }

    /** Applies for one of the enrolments. */
    record Apply(int enrolment, Applicant applicant) implements Command {
      @Override
      public String toString() {
        return "apply(E" + enrolment + ": " + applicant.resident() + " of "
            + applicant.household() + ", age " + applicant.age() + ")";
      }
    }

    /** Withdraws from one of the enrolments. */
    record Withdraw(int enrolment, ResidentId resident) implements Command {
      @Override
      public String toString() {
        return "withdraw(E" + enrolment + ": " + resident + ")";
      }
    }

    /** Draws the places of one of the enrolments. */
    record DrawPlaces(int enrolment, LotterySeed seed) implements Command {
      @Override
      public String toString() {
        return "draw(E" + enrolment + ", " + (seed.equals(SEED) ? "committed seed" : "wrong seed")
            + ")";
      }
    }

    /** Cancels the activity (or session) of one of the enrolments, with its booking. */
    record CancelActivity(int enrolment) implements Command {
      @Override
      public String toString() {
        return "cancelActivity(E" + enrolment + ")";
      }
    }

    /** Asks for the free slots of a room set on a day. */
    record FreeSlots(RoomSet rooms, LocalDate day) implements Command {
      @Override
      public String toString() {
        return "freeSlots(" + rooms + " on " + day + ")";
      }
    }
  }
}
