/**
 * The big living room (大客厅): shared rooms that residents, building groups, resident talents and
 * partner organisations book alone or combined, free activities with limited places given out by
 * an auditable lottery, usage inspections with a suspension policy, ripple figures, and an
 * iCalendar (RFC 5545) export.
 *
 * <p>Types you will use most:
 *
 * <ul>
 *   <li>{@link io.github.tongxin.governance.space.Calendar}: an immutable calendar of {@link
 *       io.github.tongxin.governance.space.Booking bookings}; {@code book}, {@code cancel} and
 *       {@code move} return a new calendar or a refusal naming the conflicting booking; no room is
 *       ever double-booked, including through a {@link io.github.tongxin.governance.space.RoomSet}
 *       or a weekly {@link io.github.tongxin.governance.space.Schedule};
 *   <li>{@link io.github.tongxin.governance.space.LivingRoom}: the calendar together with usage
 *       inspections (one per {@link io.github.tongxin.governance.space.Occurrence occurrence},
 *       after it ends; {@code uninspected} lists what is due) and the {@link
 *       io.github.tongxin.governance.space.SuspensionPolicy};
 *   <li>{@link io.github.tongxin.governance.space.Host}, {@link
 *       io.github.tongxin.governance.space.Activity}, {@link
 *       io.github.tongxin.governance.space.Enrolment}: who runs what, and who takes part; an
 *       enrolment opens only for an activity that fits the calendar, is for the whole activity
 *       or for one session of a weekly one, and its cancellation releases the booking in the
 *       same step ({@link io.github.tongxin.governance.space.ActivityCancellation});
 *   <li>{@link io.github.tongxin.governance.space.Lottery}: the draw, a pure function of the
 *       applicants and a {@link io.github.tongxin.governance.space.LotterySeed} whose SHA-256
 *       commitment is published before enrolment closes;
 *   <li>{@link io.github.tongxin.governance.space.ICalendarWriter}: RFC 5545 text of a room's or
 *       an activity's calendar.
 * </ul>
 *
 * <p>All times are local date-times in {@link io.github.tongxin.governance.space.Calendar#ZONE}
 * (Asia/Shanghai, UTC+8 without daylight saving since 1991), at whole minutes; intervals are
 * half-open, so bookings that touch at an instant do not conflict. No method reads a clock or
 * hidden randomness: times and seeds are parameters. All values are immutable and thread-safe;
 * no method accepts or returns {@code null}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.space;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
