package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A booking: who takes which rooms when.
 *
 * <pre>{@code
 * Booking party = Booking.of(BookingId.of("B7"), Booker.resident(ResidentId.of("FY-R017")),
 *     RoomSet.of(RoomId.of("kitchen"), RoomId.of("tea-room")),
 *     Schedule.once(Slot.parse("2026-12-05T14:00/2026-12-05T17:00")));
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param id the booking's id, unique in its calendar
 * @param booker who books
 * @param rooms the rooms taken together
 * @param schedule when
 * @since 0.1.0
 */
public record Booking(BookingId id, Booker booker, RoomSet rooms, Schedule schedule) {
  /**
   * Creates a booking.
   *
   * @param id the booking's id
   * @param booker who books
   * @param rooms the rooms taken together
   * @param schedule when
   * @throws NullPointerException if an argument is null
   */
  public Booking {
    checkNotNull(id, "id");
    checkNotNull(booker, "booker");
    checkNotNull(rooms, "rooms");
    checkNotNull(schedule, "schedule");
  }

  /**
   * Creates a booking.
   *
   * @param id the booking's id
   * @param booker who books
   * @param rooms the rooms taken together
   * @param schedule when
   * @return the booking
   * @throws NullPointerException if an argument is null
   */
  public static Booking of(BookingId id, Booker booker, RoomSet rooms, Schedule schedule) {
    return new Booking(id, booker, rooms, schedule);
  }

  /**
   * The slots this booking takes, in time order.
   *
   * @return the schedule's occurrences
   */
  public ImmutableList<Slot> occurrences() {
    return schedule.occurrences();
  }

  /**
   * This booking in other rooms at other times (same id and booker).
   *
   * @param newRooms the rooms
   * @param newSchedule the schedule
   * @return the moved booking, or {@code this} if nothing changes
   * @throws NullPointerException if an argument is null
   */
  public Booking movedTo(RoomSet newRooms, Schedule newSchedule) {
    if (rooms.equals(newRooms) && schedule.equals(newSchedule)) {
      return this;
    }
    return new Booking(id, booker, newRooms, newSchedule);
  }

  /**
   * The text form, e.g. {@code "B7 resident:FY-R017 kitchen+tea-room 2026-12-05T14:00/..."}.
   *
   * @return id, booker, rooms and schedule separated by spaces
   */
  @Override
  public String toString() {
    return id + " " + booker + " " + rooms + " " + schedule;
  }
}
