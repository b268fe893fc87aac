package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bookings of the living room's rooms: an immutable value in which no room is ever
 * double-booked, neither directly nor through a {@link RoomSet} or a weekly {@link Schedule}.
 *
 * <p>{@link #book}, {@link #cancel} and {@link #move} return a new calendar, or a refusal whose
 * violations name the conflicting booking, room and slot; a refusal leaves this calendar as it
 * is. Each room keeps a persistent search tree of its occupied slots, so a booking costs
 * O(k log n) for k occurrences in n bookings, and old calendars share structure with new ones.
 *
 * <pre>{@code
 * Calendar c = Calendar.of(rooms, OpeningHours.daily(LocalTime.of(7, 0), LocalTime.of(21, 0)));
 * Decision<Calendar> d = c.book(party);
 * c = d.valueOrThrow();
 * c.book(clash).violations(); // [ROOM_TAKEN: room kitchen is taken by booking B7 at ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @since 0.1.0
 */
public final class Calendar {
  /** The zone of every local time in this package: Asia/Shanghai. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final ImmutableMap<RoomId, Room> rooms;
  private final OpeningHours hours;
  private final Treap<BookingId, Booking> bookings;
  private final ImmutableMap<RoomId, SlotIndex> taken;

  private Calendar(
      ImmutableMap<RoomId, Room> rooms,
      OpeningHours hours,
      Treap<BookingId, Booking> bookings,
      ImmutableMap<RoomId, SlotIndex> taken) {
    this.rooms = rooms;
    this.hours = hours;
    this.bookings = bookings;
    this.taken = taken;
  }

  /**
   * An empty calendar of the given rooms.
   *
   * @param rooms the rooms, at least one, with distinct ids
   * @param hours the opening hours every booking must keep
   * @return the calendar
   * @throws NullPointerException if an argument or a room is null
   * @throws IllegalArgumentException if {@code rooms} is empty or two rooms share an id
   */
  public static Calendar of(Iterable<Room> rooms, OpeningHours hours) {
    checkNotNull(rooms, "rooms");
    checkNotNull(hours, "hours");
    Map<RoomId, Room> byId = new LinkedHashMap<>();
    for (Room r : rooms) {
      checkNotNull(r, "room");
      checkArgument(byId.put(r.id(), r) == null, "rooms must have distinct ids: %s", r.id());
    }
    checkArgument(!byId.isEmpty(), "rooms must not be empty");
    ImmutableMap.Builder<RoomId, SlotIndex> taken = ImmutableMap.builder();
    for (RoomId id : byId.keySet()) {
      taken.put(id, SlotIndex.EMPTY);
    }
    return new Calendar(ImmutableMap.copyOf(byId), hours, Treap.empty(), taken.build());
  }

  /**
   * The rooms, in the order given.
   *
   * @return the rooms by id
   */
  public ImmutableMap<RoomId, Room> rooms() {
    return rooms;
  }

  /**
   * The opening hours.
   *
   * @return the opening hours
   */
  public OpeningHours hours() {
    return hours;
  }

  /**
   * The number of bookings.
   *
   * @return the number of bookings
   */
  public int size() {
    return bookings.size();
  }

  /**
   * The bookings, in id order.
   *
   * @return the bookings
   */
  public ImmutableList<Booking> bookings() {
    ImmutableList.Builder<Booking> out = ImmutableList.builderWithExpectedSize(bookings.size());
    bookings.forEach((id, b) -> out.add(b));
    return out.build();
  }

  /**
   * The booking with the given id.
   *
   * @param id a booking id
   * @return the booking, or empty if there is none
   */
  public Optional<Booking> booking(BookingId id) {
    return Optional.ofNullable(bookings.get(checkNotNull(id, "id")));
  }

  /**
   * The occurrences of other bookings that a booking would overlap, in room order and then time
   * order; its own id is ignored, so a booking never conflicts with itself.
   *
   * @param booking a booking
   * @return the conflicting occurrences, empty if none
   * @throws NullPointerException if {@code booking} is null
   * @throws IllegalArgumentException if the booking names a room this calendar does not have
   */
  public ImmutableList<Occurrence> conflicts(Booking booking) {
    checkNotNull(booking, "booking");
    ImmutableList.Builder<Occurrence> out = ImmutableList.builder();
    for (RoomId room : booking.rooms().rooms()) {
      SlotIndex tree = taken.get(room);
      checkArgument(tree != null, "no such room: %s", room);
      for (Slot s : booking.occurrences()) {
        overlapping(tree, s, booking.id(), out::add);
      }
    }
    return out.build();
  }

  private static void overlapping(
      SlotIndex tree,
      Slot slot,
      @Nullable BookingId ignored,
      java.util.function.Consumer<Occurrence> sink) {
    tree.overlapping(
        slot.startMinute(),
        slot.endMinute(),
        o -> {
          if (!o.booking().equals(ignored)) {
            sink.accept(o);
          }
        });
  }

  /**
   * Books rooms: accepted if the id is new, every room exists, every occurrence lies within
   * opening hours, and no occurrence overlaps another booking in any of its rooms.
   *
   * @param booking the booking
   * @return the new calendar, or the violations: {@link SpaceCode#BOOKING_EXISTS}, {@link
   *     SpaceCode#UNKNOWN_ROOM}, {@link SpaceCode#CLOSED}, {@link
   *     SpaceCode#OUTSIDE_OPENING_HOURS}, {@link SpaceCode#ROOM_TAKEN} (naming the booking, room
   *     and slot in the way)
   * @throws NullPointerException if {@code booking} is null
   */
  public Decision<Calendar> book(Booking booking) {
    checkNotNull(booking, "booking");
    if (bookings.get(booking.id()) != null) {
      return Decision.rejected(
          List.of(
              Violation.of(
                  SpaceCode.BOOKING_EXISTS, "a booking with id " + booking.id() + " exists")));
    }
    return place(bookings, taken, booking);
  }

  private Decision<Calendar> place(
      Treap<BookingId, Booking> books,
      ImmutableMap<RoomId, SlotIndex> occupied,
      Booking booking) {
    List<Violation> violations = new ArrayList<>();
    for (RoomId room : booking.rooms().rooms()) {
      if (!rooms.containsKey(room)) {
        violations.add(Violation.of(SpaceCode.UNKNOWN_ROOM, "no room " + room));
      }
    }
    ImmutableList<Slot> slots = booking.occurrences();
    for (Slot s : slots) {
      hours.check(s).ifPresent(violations::add);
    }
    if (!violations.isEmpty()) {
      return Decision.rejected(violations);
    }
    // Check against the current indexes first: a refusal allocates no new index. Occurrences
    // of one booking never overlap one another (a weekly slot lasts at most a week).
    for (RoomId room : booking.rooms().rooms()) {
      SlotIndex tree = occupied.get(room);
      for (Slot s : slots) {
        if (tree.isTaken(s.startMinute(), s.endMinute())) {
          overlapping(
              tree,
              s,
              booking.id(),
              o ->
                  violations.add(
                      Violation.of(
                          SpaceCode.ROOM_TAKEN,
                          "room "
                              + room
                              + " is taken by booking "
                              + o.booking()
                              + " at "
                              + o.slot()
                              + " (requested "
                              + s
                              + ")")));
        }
      }
    }
    if (!violations.isEmpty()) {
      return Decision.rejected(violations);
    }
    Map<RoomId, SlotIndex> next = new LinkedHashMap<>(occupied);
    for (RoomId room : booking.rooms().rooms()) {
      SlotIndex tree = next.get(room);
      for (Slot s : slots) {
        tree = tree.put(new Occurrence(booking.id(), s));
      }
      next.put(room, tree);
    }
    return Decision.accepted(
        new Calendar(rooms, hours, books.put(booking.id(), booking), ImmutableMap.copyOf(next)));
  }

  /**
   * Cancels a booking, freeing all its occurrences.
   *
   * @param id the booking's id
   * @return the new calendar, or {@link SpaceCode#UNKNOWN_BOOKING}
   * @throws NullPointerException if {@code id} is null
   */
  public Decision<Calendar> cancel(BookingId id) {
    checkNotNull(id, "id");
    Booking b = bookings.get(id);
    if (b == null) {
      return unknown(id);
    }
    return Decision.accepted(
        new Calendar(rooms, hours, bookings.remove(id), without(taken, b)));
  }

  /**
   * Cancels one occurrence of a booking, freeing its slot: a weekly booking gets the
   * occurrence's day as an exception; a booking left without occurrences is cancelled.
   *
   * <pre>{@code
   * calendar.cancel(Occurrence.of(BookingId.of("YOGA"), Slot.parse("2026-12-07T07:00/2026-12-07T08:00")));
   * }</pre>
   *
   * @param occurrence the occurrence
   * @return the new calendar, or {@link SpaceCode#UNKNOWN_BOOKING} if there is no such booking or
   *     it has no occurrence at that slot
   * @throws NullPointerException if {@code occurrence} is null
   */
  public Decision<Calendar> cancel(Occurrence occurrence) {
    checkNotNull(occurrence, "occurrence");
    Booking b = bookings.get(occurrence.booking());
    if (b == null) {
      return unknown(occurrence.booking());
    }
    ImmutableList<Slot> slots = b.occurrences();
    if (!slots.contains(occurrence.slot())) {
      return Decision.rejected(
          List.of(
              Violation.of(
                  SpaceCode.UNKNOWN_BOOKING,
                  "booking " + b.id() + " has no occurrence at " + occurrence.slot())));
    }
    if (slots.size() == 1 || !(b.schedule() instanceof Schedule.Weekly w)) {
      return cancel(b.id());
    }
    Schedule fewer =
        Schedule.weekly(
            w.first(),
            w.until(),
            ImmutableSortedSet.<LocalDate>naturalOrder()
                .addAll(w.exceptions())
                .add(occurrence.slot().start().toLocalDate())
                .build());
    // Fewer occurrences of the same booking never conflict and keep the opening hours.
    return place(bookings, without(taken, b), b.movedTo(b.rooms(), fewer));
  }

  private static <T> Decision<T> unknown(BookingId id) {
    return Decision.rejected(
        List.of(Violation.of(SpaceCode.UNKNOWN_BOOKING, "no booking with id " + id)));
  }

  private static ImmutableMap<RoomId, SlotIndex> without(
      ImmutableMap<RoomId, SlotIndex> occupied, Booking b) {
    Map<RoomId, SlotIndex> next = new LinkedHashMap<>(occupied);
    for (RoomId room : b.rooms().rooms()) {
      SlotIndex tree = next.get(room);
      for (Slot s : b.occurrences()) {
        tree = tree.remove(s.startMinute());
      }
      next.put(room, tree);
    }
    return ImmutableMap.copyOf(next);
  }

  /**
   * Moves a booking to other rooms or times; its old slots do not stand in its own way.
   *
   * @param id the booking's id
   * @param newRooms the rooms it moves to
   * @param newSchedule the schedule it moves to
   * @return the new calendar, or the violations of {@link #book} for the moved booking, or {@link
   *     SpaceCode#UNKNOWN_BOOKING}
   * @throws NullPointerException if an argument is null
   */
  public Decision<Calendar> move(BookingId id, RoomSet newRooms, Schedule newSchedule) {
    checkNotNull(id, "id");
    checkNotNull(newRooms, "newRooms");
    checkNotNull(newSchedule, "newSchedule");
    Booking b = bookings.get(id);
    if (b == null) {
      return unknown(id);
    }
    return place(bookings, without(taken, b), b.movedTo(newRooms, newSchedule));
  }

  /**
   * Whether every room of the set is free for the whole slot (opening hours aside).
   *
   * @param set the rooms
   * @param slot the slot
   * @return {@code true} if no booking takes any of the rooms during the slot
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the set names a room this calendar does not have
   */
  public boolean isFree(RoomSet set, Slot slot) {
    checkNotNull(slot, "slot");
    for (RoomId room : checkNotNull(set, "set").rooms()) {
      List<Occurrence> found = new ArrayList<>(1);
      overlapping(tree(room), slot, null, found::add);
      if (!found.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private SlotIndex tree(RoomId room) {
    SlotIndex tree = taken.get(checkNotNull(room, "room"));
    checkArgument(tree != null, "no such room: %s", room);
    return tree;
  }

  /**
   * A room's bookings on a day, in time order (including any that run into the day).
   *
   * @param room the room
   * @param day the day
   * @return the occurrences overlapping the day
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the calendar has no such room
   */
  public ImmutableList<Occurrence> dayPlan(RoomId room, LocalDate day) {
    checkNotNull(day, "day");
    ImmutableList.Builder<Occurrence> out = ImmutableList.builder();
    overlapping(
        tree(room), Slot.of(day.atStartOfDay(), day.plusDays(1).atStartOfDay()), null, out::add);
    return out.build();
  }

  /**
   * The maximal slots within {@code period} in which the living room is open and every room of
   * the set is free, in time order.
   *
   * <pre>{@code
   * calendar.freeSlots(RoomSet.of(kitchen, teaRoom), Slot.parse("2026-12-05T07:00/2026-12-06T00:00"));
   * }</pre>
   *
   * @param set the rooms wanted together
   * @param period the period to search
   * @return the free slots
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the set names a room this calendar does not have
   */
  public ImmutableList<Slot> freeSlots(RoomSet set, Slot period) {
    checkNotNull(period, "period");
    List<Slot> busy = new ArrayList<>();
    for (RoomId room : checkNotNull(set, "set").rooms()) {
      overlapping(tree(room), period, null, o -> busy.add(o.slot()));
    }
    busy.sort(Comparator.naturalOrder());
    ImmutableList.Builder<Slot> out = ImmutableList.builder();
    for (LocalDate day = period.start().toLocalDate();
        !day.atStartOfDay().isAfter(period.end());
        day = day.plusDays(1)) {
      Optional<Slot> open = hours.openSlot(day);
      if (open.isEmpty() || !open.get().overlaps(period)) {
        continue;
      }
      var from = max(open.get().start(), period.start());
      var to = min(open.get().end(), period.end());
      for (Slot b : busy) {
        if (!b.end().isAfter(from)) {
          continue;
        }
        if (!b.start().isBefore(to)) {
          break;
        }
        if (b.start().isAfter(from)) {
          out.add(Slot.of(from, b.start()));
        }
        from = max(from, b.end());
      }
      if (from.isBefore(to)) {
        out.add(Slot.of(from, to));
      }
    }
    return out.build();
  }

  private static java.time.LocalDateTime max(java.time.LocalDateTime a, java.time.LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static java.time.LocalDateTime min(java.time.LocalDateTime a, java.time.LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * Equal if the rooms, the opening hours and the bookings are equal.
   *
   * @param o another object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Calendar c
        && rooms.equals(c.rooms)
        && hours.equals(c.hours)
        && bookings().equals(c.bookings());
  }

  /**
   * A hash of the rooms, the opening hours and the bookings.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(rooms, hours, bookings());
  }

  /**
   * A short description.
   *
   * @return e.g. {@code "Calendar[4 rooms, 12 bookings]"}
   */
  @Override
  public String toString() {
    return "Calendar[" + rooms.size() + " rooms, " + size() + " bookings]";
  }
}
