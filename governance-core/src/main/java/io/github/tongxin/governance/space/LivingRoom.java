package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The big living room (大客厅): its {@link Calendar}, the {@link UsageInspection inspections} after
 * use, and the {@link SuspensionPolicy} that suspends a booker's right to book after repeated
 * failures.
 *
 * <pre>{@code
 * LivingRoom room = LivingRoom.of(calendar, SuspensionPolicy.standard());
 * room = room.book(party, LocalDateTime.parse("2026-11-28T10:00")).valueOrThrow();
 * room = room.inspect(inspection).valueOrThrow();
 * room.isSuspended(party.booker(), LocalDateTime.parse("2026-12-06T09:00"));
 * }</pre>
 *
 * <p>Every operation returns a new living room or a refusal; a refusal leaves this one as it is.
 * Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @since 0.1.0
 */
public final class LivingRoom {
  private final Calendar calendar;
  private final SuspensionPolicy policy;
  private final ImmutableList<UsageInspection> inspections;

  private LivingRoom(
      Calendar calendar, SuspensionPolicy policy, ImmutableList<UsageInspection> inspections) {
    this.calendar = calendar;
    this.policy = policy;
    this.inspections = inspections;
  }

  /**
   * A living room with the given calendar, no inspections yet.
   *
   * @param calendar the calendar
   * @param policy the suspension policy
   * @return the living room
   * @throws NullPointerException if an argument is null
   */
  public static LivingRoom of(Calendar calendar, SuspensionPolicy policy) {
    return new LivingRoom(
        checkNotNull(calendar, "calendar"), checkNotNull(policy, "policy"), ImmutableList.of());
  }

  /**
   * The calendar.
   *
   * @return the calendar
   */
  public Calendar calendar() {
    return calendar;
  }

  /**
   * The suspension policy.
   *
   * @return the policy
   */
  public SuspensionPolicy policy() {
    return policy;
  }

  /**
   * The inspections, in the order recorded.
   *
   * @return the inspections
   */
  public ImmutableList<UsageInspection> inspections() {
    return inspections;
  }

  /**
   * The inspections of one booker's bookings, in the order recorded.
   *
   * @param booker the booker
   * @return the inspections
   */
  public ImmutableList<UsageInspection> inspections(Booker booker) {
    checkNotNull(booker, "booker");
    return inspections.stream()
        .filter(i -> i.booker().equals(booker))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Until when the booker's right to book is suspended at a time.
   *
   * @param booker the booker
   * @param at the time
   * @return the end of the suspension in force, or empty
   * @throws NullPointerException if an argument is null
   */
  public Optional<LocalDateTime> suspendedUntil(Booker booker, LocalDateTime at) {
    return policy.suspendedUntil(inspections(booker), checkNotNull(at, "at"));
  }

  /**
   * Whether the booker's right to book is suspended at a time.
   *
   * @param booker the booker
   * @param at the time
   * @return {@code true} if a suspension is in force
   * @throws NullPointerException if an argument is null
   */
  public boolean isSuspended(Booker booker, LocalDateTime at) {
    return suspendedUntil(booker, at).isPresent();
  }

  /**
   * Books, as {@link Calendar#book}, if the booker's right to book is not suspended at {@code
   * requestedAt}.
   *
   * @param booking the booking
   * @param requestedAt when the booker asks
   * @return the new living room, or {@link SpaceCode#BOOKING_SUSPENDED} and the calendar's
   *     violations
   * @throws NullPointerException if an argument is null
   */
  public Decision<LivingRoom> book(Booking booking, LocalDateTime requestedAt) {
    checkNotNull(booking, "booking");
    checkNotNull(requestedAt, "requestedAt");
    return withCalendar(booking.booker(), requestedAt, calendar.book(booking));
  }

  /**
   * Moves a booking, as {@link Calendar#move}, if its booker's right to book is not suspended at
   * {@code requestedAt}.
   *
   * @param id the booking's id
   * @param rooms the new rooms
   * @param schedule the new schedule
   * @param requestedAt when the booker asks
   * @return the new living room, or the violations
   * @throws NullPointerException if an argument is null
   */
  public Decision<LivingRoom> move(
      BookingId id, RoomSet rooms, Schedule schedule, LocalDateTime requestedAt) {
    checkNotNull(requestedAt, "requestedAt");
    Decision<Calendar> moved = calendar.move(id, rooms, schedule);
    Optional<Booking> b = calendar.booking(id);
    return b.isEmpty()
        ? moved.map(c -> this)
        : withCalendar(b.get().booker(), requestedAt, moved);
  }

  private Decision<LivingRoom> withCalendar(
      Booker booker, LocalDateTime at, Decision<Calendar> next) {
    List<Violation> v = new ArrayList<>();
    suspendedUntil(booker, at)
        .ifPresent(
            until ->
                v.add(
                    Violation.of(
                        SpaceCode.BOOKING_SUSPENDED,
                        booker + " may not book at " + at + ": suspended until " + until)));
    v.addAll(next.violations());
    if (!v.isEmpty()) {
      return Decision.rejected(v);
    }
    return Decision.accepted(new LivingRoom(next.valueOrThrow(), policy, inspections));
  }

  /**
   * Cancels a booking (always allowed, even while suspended).
   *
   * @param id the booking's id
   * @return the new living room, or {@link SpaceCode#UNKNOWN_BOOKING}
   * @throws NullPointerException if {@code id} is null
   */
  public Decision<LivingRoom> cancel(BookingId id) {
    return calendar.cancel(id).map(c -> new LivingRoom(c, policy, inspections));
  }

  /**
   * Records an inspection of a booking in the calendar made by the inspection's booker.
   *
   * @param inspection the inspection
   * @return the new living room, or {@link SpaceCode#INSPECTION_OF_UNKNOWN_BOOKING}
   * @throws NullPointerException if {@code inspection} is null
   */
  public Decision<LivingRoom> inspect(UsageInspection inspection) {
    checkNotNull(inspection, "inspection");
    Optional<Booking> b = calendar.booking(inspection.booking());
    if (b.isEmpty() || !b.get().booker().equals(inspection.booker())) {
      return Decision.rejected(
          List.of(
              Violation.of(
                  SpaceCode.INSPECTION_OF_UNKNOWN_BOOKING,
                  "no booking " + inspection.booking() + " by " + inspection.booker())));
    }
    return Decision.accepted(
        new LivingRoom(
            calendar,
            policy,
            ImmutableList.<UsageInspection>builder().addAll(inspections).add(inspection).build()));
  }

  /**
   * Equal if calendar, policy and inspections are equal.
   *
   * @param o another object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LivingRoom r
        && calendar.equals(r.calendar)
        && policy.equals(r.policy)
        && inspections.equals(r.inspections);
  }

  /**
   * A hash of calendar, policy and inspections.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(calendar, policy, inspections);
  }

  /**
   * A short description.
   *
   * @return e.g. {@code "LivingRoom[Calendar[4 rooms, 12 bookings], 3 inspections]"}
   */
  @Override
  public String toString() {
    return "LivingRoom[" + calendar + ", " + inspections.size() + " inspections]";
  }
}
