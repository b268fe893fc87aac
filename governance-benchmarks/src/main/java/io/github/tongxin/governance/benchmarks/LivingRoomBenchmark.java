package io.github.tongxin.governance.benchmarks;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.space.Booker;
import io.github.tongxin.governance.space.Booking;
import io.github.tongxin.governance.space.BookingId;
import io.github.tongxin.governance.space.Calendar;
import io.github.tongxin.governance.space.Draw;
import io.github.tongxin.governance.space.Lottery;
import io.github.tongxin.governance.space.LotterySeed;
import io.github.tongxin.governance.space.OpeningHours;
import io.github.tongxin.governance.space.PriorityRule;
import io.github.tongxin.governance.space.Room;
import io.github.tongxin.governance.space.RoomId;
import io.github.tongxin.governance.space.RoomSet;
import io.github.tongxin.governance.space.Schedule;
import io.github.tongxin.governance.space.Slot;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The big living room under load: 100,000 booking requests (one room for four requests in
 * five, two rooms otherwise; one request in ten weekly for 4 to 12 weeks; 30 minutes to 3 hours between
 * 07:00 and 21:00) into a year's calendar (2027) of 10 rooms, prepared in setup; and a draw of
 * 100 places among 10,000 applicants.
 *
 * <p>{@code bookYear} folds every request over the immutable {@link Calendar} (21,613 accepted,
 * the rest refused as conflicts). Its baseline {@code bookYearMutableGrid} makes the same
 * decisions (the same 21,613) on a mutable grid of half-hours per room, the floor of any
 * conflict check. {@code draw10000} runs
 * {@link Lottery#draw}; its baseline {@code shuffle10000} is a seeded Fisher–Yates shuffle.
 * Report {@code bookYear / bookYearMutableGrid} and {@code draw10000 / shuffle10000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LivingRoomBenchmark {
  private static final int ROOMS = 10;
  private static final int REQUESTS = 100_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 1);
  private static final int DAYS = 365;

  private final List<Room> rooms = new ArrayList<>();
  private final List<Booking> requests = new ArrayList<>();
  private final List<ResidentId> applicants = new ArrayList<>();
  private final LotterySeed seed = LotterySeed.derive("benchmark");
  private OpeningHours hours = OpeningHours.always();

  /** Builds the rooms, the requests and the applicants. */
  @Setup
  public void setUp() {
    for (int r = 0; r < ROOMS; r++) {
      rooms.add(Room.of(RoomId.of("room-" + r), BilingualName.of("房间" + r, "room " + r), 12,
          List.of()));
    }
    hours = OpeningHours.daily(LocalTime.of(7, 0), LocalTime.of(21, 0));
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < REQUESTS; i++) {
      int first = random.nextInt(ROOMS);
      RoomSet set = random.nextInt(5) == 0
          ? RoomSet.of(rooms.get(first).id(), rooms.get((first + 1 + random.nextInt(ROOMS - 1)) % ROOMS).id())
          : RoomSet.of(rooms.get(first).id());
      int halfHours = 1 + random.nextInt(6);
      int startHalfHour = 14 + random.nextInt(28 - halfHours + 1);
      int day = random.nextInt(DAYS);
      LocalDateTime start = FIRST_DAY.plusDays(day).atStartOfDay().plusMinutes(30L * startHalfHour);
      Slot slot = Slot.of(start, start.plusMinutes(30L * halfHours));
      Schedule schedule = random.nextInt(10) == 0
          ? Schedule.weekly(slot, start.toLocalDate().plusWeeks(3 + random.nextInt(9)), List.of())
          : Schedule.once(slot);
      requests.add(Booking.of(BookingId.of("Q" + i),
          Booker.resident(ResidentId.of("R" + random.nextInt(2_000))), set, schedule));
    }
    for (int i = 0; i < 10_000; i++) {
      applicants.add(ResidentId.of(String.format("A%05d", i)));
    }
  }

  /**
   * Folds the 100,000 requests over an empty immutable calendar.
   *
   * @return the final calendar
   */
  @Benchmark
  public Calendar bookYear() {
    Calendar c = Calendar.of(rooms, hours);
    for (Booking b : requests) {
      Decision<Calendar> d = c.book(b);
      if (d.isAccepted()) {
        c = d.valueOrThrow();
      }
    }
    return c;
  }

  /**
   * The baseline: the same decisions on a mutable grid of half-hours per room (and the year
   * after, for recurrences that run into 2028).
   *
   * @return the number of accepted requests
   */
  @Benchmark
  public int bookYearMutableGrid() {
    int[] grid = new int[ROOMS * 48 * (DAYS + 120)];
    int accepted = 0;
    for (Booking b : requests) {
      boolean free = true;
      for (Slot s : b.occurrences()) {
        int from = index(s.start());
        int to = index(s.end());
        for (RoomId r : b.rooms().rooms()) {
          int base = roomIndex(r) * 48 * (DAYS + 120);
          for (int k = from; k < to && free; k++) {
            free = grid[base + k] == 0;
          }
        }
      }
      if (free) {
        accepted++;
        for (Slot s : b.occurrences()) {
          for (RoomId r : b.rooms().rooms()) {
            int base = roomIndex(r) * 48 * (DAYS + 120);
            for (int k = index(s.start()); k < index(s.end()); k++) {
              grid[base + k] = 1;
            }
          }
        }
      }
    }
    return accepted;
  }

  private static int index(LocalDateTime t) {
    return (int) (ChronoUnit.MINUTES.between(FIRST_DAY.atStartOfDay(), t) / 30);
  }

  private static int roomIndex(RoomId r) {
    return Integer.parseInt(r.value().substring(5));
  }

  /**
   * Draws 100 places among 10,000 applicants.
   *
   * @return the draw
   */
  @Benchmark
  public Draw draw10000() {
    return Lottery.draw(applicants, 100, seed, PriorityRule.none());
  }

  /**
   * The baseline: a seeded Fisher–Yates shuffle of the 10,000 applicants.
   *
   * @return the shuffled list
   */
  @Benchmark
  public List<ResidentId> shuffle10000() {
    List<ResidentId> copy = new ArrayList<>(applicants);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      ResidentId t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
