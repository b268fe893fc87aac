package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;

/**
 * The rooms one booking takes together, e.g. kitchen + tea room for a birthday party. A single
 * room is a set of one.
 *
 * <pre>{@code
 * RoomSet party = RoomSet.of(RoomId.of("kitchen"), RoomId.of("tea-room"));
 * party.toString(); // "kitchen+tea-room"
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param rooms the rooms, at least one, in id order
 * @since 0.1.0
 */
public record RoomSet(ImmutableSortedSet<RoomId> rooms) {
  /**
   * Creates a room set.
   *
   * @param rooms the rooms, at least one
   * @throws NullPointerException if {@code rooms} or a room is null
   * @throws IllegalArgumentException if {@code rooms} is empty
   */
  public RoomSet {
    rooms = ImmutableSortedSet.copyOf(checkNotNull(rooms, "rooms"));
    checkArgument(!rooms.isEmpty(), "rooms must not be empty: %s", rooms);
  }

  /**
   * The set of the given rooms.
   *
   * @param first a room
   * @param more more rooms; duplicates are ignored
   * @return the set
   * @throws NullPointerException if a room is null
   */
  public static RoomSet of(RoomId first, RoomId... more) {
    checkNotNull(first, "first");
    return new RoomSet(
        ImmutableSortedSet.<RoomId>naturalOrder().add(first).addAll(Arrays.asList(more)).build());
  }

  /**
   * The set of the given rooms.
   *
   * @param rooms the rooms, at least one; duplicates are ignored
   * @return the set
   * @throws NullPointerException if {@code rooms} or a room is null
   * @throws IllegalArgumentException if {@code rooms} is empty
   */
  public static RoomSet copyOf(Iterable<RoomId> rooms) {
    return new RoomSet(ImmutableSortedSet.copyOf(checkNotNull(rooms, "rooms")));
  }

  /**
   * Whether the set contains the room.
   *
   * @param room a room
   * @return {@code true} if this set contains it
   */
  public boolean contains(RoomId room) {
    return rooms.contains(checkNotNull(room, "room"));
  }

  /**
   * The room ids joined by {@code +}, e.g. {@code "kitchen+tea-room"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return Joiner.on('+').join(rooms);
  }
}
