package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.tongxin.governance.community.BilingualName;
import java.time.LocalDateTime;
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
   * Builds activities; see {@link Activity#builder()}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
