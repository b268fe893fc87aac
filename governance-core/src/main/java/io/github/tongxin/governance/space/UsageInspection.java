package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDateTime;
import java.util.EnumMap;

/**
 * The inspection after one occurrence of a booking (each session of a weekly booking is
 * inspected on its own): each of the three {@link UsageRule rules of use} (garbage sorted,
 * cleaned, facilities back in place) passed or failed with a note. The {@link LivingRoom} records
 * it only after the occurrence ends.
 *
 * <pre>{@code
 * UsageInspection i = UsageInspection.of(
 *     Occurrence.of(BookingId.of("B7"), Slot.parse("2026-12-05T14:00/2026-12-05T17:00")), booker,
 *     LocalDateTime.parse("2026-12-05T17:10"),
 *     RuleCheck.passed(), RuleCheck.failed("flour on the floor"), RuleCheck.passed());
 * i.isPassed(); // false
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param occurrence the inspected occurrence of a booking
 * @param booker who booked it, and so answers for it
 * @param at when the inspection took place
 * @param checks one check per rule, all three rules
 * @since 0.1.0
 */
public record UsageInspection(
    Occurrence occurrence,
    Booker booker,
    LocalDateTime at,
    ImmutableMap<UsageRule, RuleCheck> checks) {
  /**
   * Creates an inspection.
   *
   * @param occurrence the inspected occurrence of a booking
   * @param booker who booked it
   * @param at when
   * @param checks one check per rule
   * @throws NullPointerException if an argument or a check is null
   * @throws IllegalArgumentException if a rule has no check
   */
  public UsageInspection {
    checkNotNull(occurrence, "occurrence");
    checkNotNull(booker, "booker");
    checkNotNull(at, "at");
    checks = Maps.immutableEnumMap(checkNotNull(checks, "checks"));
    checkArgument(
        checks.size() == UsageRule.values().length,
        "checks must cover every rule %s: %s",
        java.util.Arrays.toString(UsageRule.values()),
        checks.keySet());
  }

  /**
   * Creates an inspection of the three rules.
   *
   * @param occurrence the inspected occurrence of a booking
   * @param booker who booked it
   * @param at when
   * @param garbageSorted the check of {@link UsageRule#GARBAGE_SORTED}
   * @param cleaned the check of {@link UsageRule#CLEANED}
   * @param facilitiesReturned the check of {@link UsageRule#FACILITIES_RETURNED}
   * @return the inspection
   * @throws NullPointerException if an argument is null
   */
  public static UsageInspection of(
      Occurrence occurrence,
      Booker booker,
      LocalDateTime at,
      RuleCheck garbageSorted,
      RuleCheck cleaned,
      RuleCheck facilitiesReturned) {
    EnumMap<UsageRule, RuleCheck> m = new EnumMap<>(UsageRule.class);
    m.put(UsageRule.GARBAGE_SORTED, checkNotNull(garbageSorted, "garbageSorted"));
    m.put(UsageRule.CLEANED, checkNotNull(cleaned, "cleaned"));
    m.put(UsageRule.FACILITIES_RETURNED, checkNotNull(facilitiesReturned, "facilitiesReturned"));
    return new UsageInspection(occurrence, booker, at, Maps.immutableEnumMap(m));
  }

  /**
   * The inspected booking.
   *
   * @return the booking of {@link #occurrence()}
   */
  public BookingId booking() {
    return occurrence.booking();
  }

  /**
   * Whether all three rules were kept.
   *
   * @return {@code true} if every check passed
   */
  public boolean isPassed() {
    return checks.values().stream().allMatch(RuleCheck::isPassed);
  }
}
