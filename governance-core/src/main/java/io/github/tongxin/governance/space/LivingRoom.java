package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The big living room (大客厅): its {@link Calendar}, the {@link UsageInspection inspections} after
 * use, and the {@link SuspensionPolicy} that suspends a booker's right to book after repeated
 * failures.
 *
 * <pre>{@code
 * LivingRoom room = LivingRoom.of(calendar, SuspensionPolicy.standard());
 * room = room.book(party, LocalDateTime.parse("2026-11-28T10:00")).valueOrThrow();
 * room = room.inspect(inspection).valueOrThrow(); // after the occurrence ends
 * room.uninspected(LocalDateTime.parse("2026-12-06T21:00")); // occurrences still to inspect
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
   * Cancels one occurrence of a booking, as {@link Calendar#cancel(Occurrence)} (always allowed,
   * even while suspended).
   *
   * @param occurrence the occurrence
   * @return the new living room, or {@link SpaceCode#UNKNOWN_BOOKING}
   * @throws NullPointerException if {@code occurrence} is null
   */
  public Decision<LivingRoom> cancel(Occurrence occurrence) {
    return calendar.cancel(occurrence).map(c -> new LivingRoom(c, policy, inspections));
  }

  /**
   * Records an inspection of one occurrence of a booking in the calendar, made by the
   * inspection's booker, at or after the occurrence ends; each occurrence is inspected once.
   *
   * <pre>{@code
   * room.inspect(UsageInspection.of(Occurrence.of(party.id(), party.occurrences().get(0)),
   *     party.booker(), LocalDateTime.parse("2026-12-05T17:10"),
   *     RuleCheck.passed(), RuleCheck.passed(), RuleCheck.passed())).isAccepted(); // true
   * }</pre>
   *
   * @param inspection the inspection
   * @return the new living room, or the violations: {@link
   *     SpaceCode#INSPECTION_OF_UNKNOWN_BOOKING}, {@link SpaceCode#INSPECTION_BEFORE_END}, {@link
   *     SpaceCode#ALREADY_INSPECTED}
   * @throws NullPointerException if {@code inspection} is null
   */
  public Decision<LivingRoom> inspect(UsageInspection inspection) {
    checkNotNull(inspection, "inspection");
    Occurrence o = inspection.occurrence();
    Optional<Booking> b = calendar.booking(o.booking());
    List<Violation> v = new ArrayList<>();
    if (b.isEmpty() || !b.get().booker().equals(inspection.booker())) {
      v.add(
          Violation.of(
              SpaceCode.INSPECTION_OF_UNKNOWN_BOOKING,
              "no booking " + o.booking() + " by " + inspection.booker()));
    } else if (!b.get().occurrences().contains(o.slot())) {
      v.add(
          Violation.of(
              SpaceCode.INSPECTION_OF_UNKNOWN_BOOKING,
              "booking " + o.booking() + " has no occurrence at " + o.slot()));
    }
    if (inspection.at().isBefore(o.slot().end())) {
      v.add(
          Violation.of(
              SpaceCode.INSPECTION_BEFORE_END,
              "inspection of " + o + " at " + inspection.at() + ": it ends at " + o.slot().end()));
    }
    if (isInspected(o)) {
      v.add(Violation.of(SpaceCode.ALREADY_INSPECTED, o + " is inspected already"));
    }
    if (!v.isEmpty()) {
      return Decision.rejected(v);
    }
    return Decision.accepted(
        new LivingRoom(
            calendar,
            policy,
            ImmutableList.<UsageInspection>builder().addAll(inspections).add(inspection).build()));
  }

  /**
   * Whether an occurrence has been inspected.
   *
   * @param occurrence an occurrence of a booking
   * @return {@code true} if an inspection of it is recorded
   * @throws NullPointerException if {@code occurrence} is null
   */
  public boolean isInspected(Occurrence occurrence) {
    checkNotNull(occurrence, "occurrence");
    return inspections.stream().anyMatch(i -> i.occurrence().equals(occurrence));
  }

  /**
   * The occurrences of the calendar's bookings that ended at or before a time and have no
   * inspection yet, in time order: every booking gets an inspection after it, and this is the
   * inspector's list.
   *
   * <pre>{@code
   * room.uninspected(LocalDateTime.parse("2026-12-06T21:00")); // [YOGA@2026-11-30T07:00/..., ...]
   * }</pre>
   *
   * @param by the time
   * @return the occurrences awaiting inspection, by start time and then booking id
   * @throws NullPointerException if {@code by} is null
   */
  public ImmutableList<Occurrence> uninspected(LocalDateTime by) {
    checkNotNull(by, "by");
    Set<Occurrence> done = new HashSet<>();
    for (UsageInspection i : inspections) {
      done.add(i.occurrence());
    }
    List<Occurrence> out = new ArrayList<>();
    for (Booking b : calendar.bookings()) {
      for (Slot s : b.occurrences()) {
        Occurrence o = new Occurrence(b.id(), s);
        if (!s.end().isAfter(by) && !done.contains(o)) {
          out.add(o);
        }
      }
    }
    out.sort(Comparator.comparing(Occurrence::slot).thenComparing(Occurrence::booking));
    return ImmutableList.copyOf(out);
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
