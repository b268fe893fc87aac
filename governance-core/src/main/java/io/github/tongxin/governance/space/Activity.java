package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.BilingualName;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A free activity: a host, a room booking, a capacity, an age range and an enrolment window.
 * All activities of the living room are free of charge, so there is no price.
 *
 * <pre>{@code
 * Activity club = Activity.builder()
 *     .id(ActivityId.of("english-club")).title(BilingualName.of("少儿英语角", "English club"))
 *     .host(HostId.of("partner-trade")).booking(BookingId.of("B-EN")).capacity(12)
 *     .ageRange(AgeRange.CHILDREN)
 *     .enrolmentOpens(LocalDateTime.parse("2026-11-23T09:00"))
 *     .enrolmentCloses(LocalDateTime.parse("2026-11-27T20:00"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Activity {
  Activity() {}

  /**
   * A builder; every attribute must be set exactly once before {@code build()}, which throws
   * {@link IllegalArgumentException} if the capacity is not positive or the window is empty.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The activity's id.
   *
   * @return the id
   */
  public abstract ActivityId id();

  /**
   * The title shown to residents.
   *
   * @return the title
   */
  public abstract BilingualName title();

  /**
   * Who runs it.
   *
   * @return the host's id
   */
  public abstract HostId host();

  /**
   * The booking of the rooms it takes (its schedule gives the sessions).
   *
   * @return the booking's id
   */
  public abstract BookingId booking();

  /**
   * How many places there are.
   *
   * @return at least 1
   */
  public abstract int capacity();

  /**
   * Whom the activity is for.
   *
   * @return the age range
   */
  public abstract AgeRange ageRange();

  /**
   * When applications open (inclusive).
   *
   * @return the opening time
   */
  public abstract LocalDateTime enrolmentOpens();

  /**
   * When applications close (exclusive); the draw may run from then on.
   *
   * @return the closing time, after {@link #enrolmentOpens()}
   */
  public abstract LocalDateTime enrolmentCloses();

  @Value.Check
  void check() {
    checkArgument(capacity() >= 1, "capacity must be at least 1: %s", capacity());
    checkArgument(
        enrolmentCloses().isAfter(enrolmentOpens()),
        "enrolmentCloses must be after enrolmentOpens: %s..%s",
        enrolmentOpens(),
        enrolmentCloses());
  }

  /**
   * Whether applications are accepted at the given time.
   *
   * @param at a time
   * @return {@code true} if {@code enrolmentOpens() <= at < enrolmentCloses()}
   */
  public boolean isEnrolmentOpenAt(LocalDateTime at) {
    return !at.isBefore(enrolmentOpens()) && at.isBefore(enrolmentCloses());
  }

  /**
   * Checks the activity against a calendar: its booking must be there, and its places must fit
   * the booked rooms (at most the sum of their capacities).
   *
   * <pre>{@code
   * activity.fitsIn(calendar).isAccepted(); // false if 30 places are offered in a 20-seat room
   * }</pre>
   *
   * @param calendar the living room's calendar
   * @return this activity, or {@link SpaceCode#ACTIVITY_BOOKING_UNKNOWN} or {@link
   *     SpaceCode#OVER_ROOM_CAPACITY}
   * @throws NullPointerException if {@code calendar} is null
   */
  public Decision<Activity> fitsIn(Calendar calendar) {
    checkNotNull(calendar, "calendar");
    Optional<Booking> booking = calendar.booking(booking());
    if (booking.isEmpty()) {
      return Decision.rejected(
          List.of(
              Violation.of(
                  SpaceCode.ACTIVITY_BOOKING_UNKNOWN,
                  "activity " + id() + " names booking " + booking() + ", which the calendar does not hold")));
    }
    long seats = 0;
    for (RoomId room : booking.get().rooms().rooms()) {
      Room found = calendar.rooms().get(room);
      seats += found == null ? 0 : found.capacity();
    }
    if (capacity() > seats) {
      return Decision.rejected(
          List.of(
              Violation.of(
                  SpaceCode.OVER_ROOM_CAPACITY,
                  "activity " + id() + " offers " + capacity() + " places; rooms "
                      + booking.get().rooms() + " hold " + seats)));
    }
    return Decision.accepted(this);
  }

  /**
   * Builds activities; see {@link Activity#builder()}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
