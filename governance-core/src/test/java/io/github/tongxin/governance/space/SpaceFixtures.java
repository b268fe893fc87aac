package io.github.tongxin.governance.space;

import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** The four rooms of a living room, open 07:00–21:00, and short-hand for slots and bookings. */
final class SpaceFixtures {
  static final RoomId KITCHEN = RoomId.of("kitchen");
  static final RoomId DANCE = RoomId.of("dance-room");
  static final RoomId TEA = RoomId.of("tea-room");
  static final RoomId STUDY = RoomId.of("study-room");

  static final List<Room> ROOMS =
      List.of(
          Room.of(KITCHEN, BilingualName.of("厨房", "kitchen"), 12,
              List.of(Equipment.STOVE, Equipment.OVEN, Equipment.SINK)),
          Room.of(DANCE, BilingualName.of("舞蹈室", "dance room"), 20,
              List.of(Equipment.MIRRORS, Equipment.SOUND_SYSTEM)),
          Room.of(TEA, BilingualName.of("茶室", "tea room"), 10, List.of(Equipment.TEA_SET)),
          Room.of(STUDY, BilingualName.of("书房", "study room"), 16,
              List.of(Equipment.DESKS, Equipment.BOOKSHELVES, Equipment.PROJECTOR)));

  static final OpeningHours HOURS = OpeningHours.daily(LocalTime.of(7, 0), LocalTime.of(21, 0));

  private SpaceFixtures() {}

  static Calendar empty() {
    return Calendar.of(ROOMS, HOURS);
  }

  /** "2026-11-30T07:00/08:00" style: the day, then start and end times. */
  static Slot slot(String day, String from, String to) {
    return Slot.of(LocalDateTime.parse(day + "T" + from), LocalDateTime.parse(day + "T" + to));
  }

  static Booking once(String id, String resident, RoomSet rooms, Slot slot) {
    return Booking.of(
        BookingId.of(id), Booker.resident(ResidentId.of(resident)), rooms, Schedule.once(slot));
  }
}
