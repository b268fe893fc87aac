package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The outcome of {@link Enrolment#cancel cancelling an activity}: the cancelled enrolment and the
 * living room without the activity's booking, produced together so that no booking outlives its
 * activity.
 *
 * <pre>{@code
 * ActivityCancellation c = enrolment.cancel(room, LocalDateTime.parse("2026-12-01T18:00"))
 *     .valueOrThrow();
 * enrolment = c.enrolment(); // isCancelled()
 * room = c.livingRoom();     // the booking is released
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param enrolment the cancelled enrolment
 * @param livingRoom the living room with the booking (or the session's occurrence) released
 * @since 0.1.0
 */
public record ActivityCancellation(Enrolment enrolment, LivingRoom livingRoom) {
  /**
   * Creates the outcome.
   *
   * @param enrolment the cancelled enrolment
   * @param livingRoom the living room with the booking released
   * @throws NullPointerException if an argument is null
   */
  public ActivityCancellation {
    checkNotNull(enrolment, "enrolment");
    checkNotNull(livingRoom, "livingRoom");
  }
}
