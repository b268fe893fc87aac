package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One slot of one booking, as it appears in a room's day plan or in a conflict, and as a usage
 * inspection names it.
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param booking the booking
 * @param slot the slot it takes
 * @since 0.1.0
 */
public record Occurrence(BookingId booking, Slot slot) {
  /**
   * Creates an occurrence.
   *
   * @param booking the booking
   * @param slot the slot it takes
   * @throws NullPointerException if an argument is null
   */
  public Occurrence {
    checkNotNull(booking, "booking");
    checkNotNull(slot, "slot");
  }

  /**
   * Creates an occurrence.
   *
   * <pre>{@code
   * Occurrence.of(BookingId.of("B7"), Slot.parse("2026-12-05T14:00/2026-12-05T17:00"));
   * }</pre>
   *
   * @param booking the booking
   * @param slot the slot it takes
   * @return the occurrence
   * @throws NullPointerException if an argument is null
   */
  public static Occurrence of(BookingId booking, Slot slot) {
    return new Occurrence(booking, slot);
  }

  /**
   * The text form.
   *
   * @return e.g. {@code "B7@2026-12-05T14:00/2026-12-05T17:00"}
   */
  @Override
  public String toString() {
    return booking + "@" + slot;
  }
}
