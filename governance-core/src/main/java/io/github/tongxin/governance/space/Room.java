package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.BilingualName;

/**
 * A room of the living room, such as the kitchen (厨房) or the tea room (茶室).
 *
 * <pre>{@code
 * Room kitchen = Room.of(RoomId.of("kitchen"), BilingualName.of("厨房", "kitchen"), 12,
 *     List.of(Equipment.STOVE, Equipment.OVEN, Equipment.SINK));
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param id the room's id
 * @param name the room's name
 * @param capacity how many people it holds, 1 to 500
 * @param equipment what it is fitted with
 * @since 0.1.0
 */
public record Room(RoomId id, BilingualName name, int capacity, ImmutableSet<Equipment> equipment) {
  /** The largest capacity accepted. */
  public static final int MAX_CAPACITY = 500;

  /**
   * Creates a room.
   *
   * @param id the room's id
   * @param name the room's name
   * @param capacity how many people it holds, 1 to 500
   * @param equipment what it is fitted with
   * @throws NullPointerException if an argument or an equipment is null
   * @throws IllegalArgumentException if {@code capacity} is not in 1..500
   */
  public Room {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkArgument(
        capacity >= 1 && capacity <= MAX_CAPACITY, "capacity must be 1..500: %s", capacity);
    equipment = Sets.immutableEnumSet(checkNotNull(equipment, "equipment"));
  }

  /**
   * Creates a room.
   *
   * @param id the room's id
   * @param name the room's name
   * @param capacity how many people it holds, 1 to 500
   * @param equipment what it is fitted with
   * @return the room
   * @throws NullPointerException if an argument or an equipment is null
   * @throws IllegalArgumentException if {@code capacity} is not in 1..500
   */
  public static Room of(RoomId id, BilingualName name, int capacity, Iterable<Equipment> equipment) {
    return new Room(id, name, capacity, Sets.immutableEnumSet(equipment));
  }

  /**
   * Whether the room has the given equipment.
   *
   * @param item the equipment
   * @return {@code true} if the room is fitted with it
   */
  public boolean hasEquipment(Equipment item) {
    return equipment.contains(checkNotNull(item, "item"));
  }
}
