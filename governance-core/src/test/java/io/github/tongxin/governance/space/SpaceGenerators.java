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
 * Generators of the space package: commands for the living room and its one activity, each
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

  /** One command from six numbers in 0..999. */
  static Command command(List<Integer> n) {
    int kind = n.get(0) % 13;
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
      case 5:
        return new Command.Inspect(
            BookingId.of(id), n.get(4) % 4,
            n.get(2) % 5 == 0 ? Optional.of(booker(n.get(2) / 5)) : Optional.empty(),
            n.get(3) % 3 == 0);
      case 6, 7, 8, 9:
        return new Command.Apply(applicant(n.get(2)));
      case 10, 11:
        return new Command.Withdraw(ResidentId.of("R" + n.get(2) % RESIDENTS));
      default:
        return new Command.DrawPlaces(n.get(3) % 4 == 0 ? LotterySeed.derive("wrong") : SEED);
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

    /** Applies for the activity. */
    record Apply(Applicant applicant) implements Command {
      @Override
      public String toString() {
        return "apply(" + applicant.resident() + " of " + applicant.household() + ", age "
            + applicant.age() + ")";
      }
    }

    /** Withdraws from the activity. */
    record Withdraw(ResidentId resident) implements Command {
      @Override
      public String toString() {
        return "withdraw(" + resident + ")";
      }
    }

    /** Draws the places. */
    record DrawPlaces(LotterySeed seed) implements Command {
      @Override
      public String toString() {
        return "draw(" + (seed.equals(SEED) ? "committed seed" : "wrong seed") + ")";
      }
    }
  }
}
