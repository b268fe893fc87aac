package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The household sizes {@link GroupFormation} aims for: a target and the bounds a building group
 * should stay within.
 *
 * <p>No statute fixes the size of a building group; Jiading's practice is "about 200
 * households", so the {@link #STANDARD} bounds are target 200, minimum 150, maximum 250 (our
 * default, changeable by anyone who studies other sizes). Immutable and thread-safe;
 * value-based.
 *
 * <pre>{@code
 * FormationBounds b = FormationBounds.of(170, 120, 250);
 * b.contains(251); // false
 * }</pre>
 *
 * @param target the ideal number of households of a group; between minimum and maximum
 * @param minimum the fewest households a group should have; at least 1
 * @param maximum the most households a group should have
 * @since 0.1.0
 */
public record FormationBounds(int target, int minimum, int maximum) {
  /** Target 200, minimum 150, maximum 250 households: Jiading's "about 200 households". */
  public static final FormationBounds STANDARD = new FormationBounds(200, 150, 250);

  /** The largest maximum accepted: a million households, far beyond any building group. */
  public static final int MAX_HOUSEHOLDS = 1_000_000;

  /**
   * Creates bounds.
   *
   * @param target the ideal number of households of a group; between minimum and maximum
   * @param minimum the fewest households a group should have; at least 1
   * @param maximum the most households a group should have
   * @throws IllegalArgumentException unless {@code 1 <= minimum <= target <= maximum <=
   *     MAX_HOUSEHOLDS}
   */
  public FormationBounds {
    checkArgument(minimum >= 1, "minimum must be at least 1: %s", minimum);
    checkArgument(
        maximum <= MAX_HOUSEHOLDS, "maximum must be at most %s: %s", MAX_HOUSEHOLDS, maximum);
    checkArgument(
        minimum <= target && target <= maximum,
        "need minimum <= target <= maximum: %s <= %s <= %s",
        minimum,
        target,
        maximum);
  }

  /**
   * Creates bounds.
   *
   * @param target the ideal number of households of a group
   * @param minimum the fewest households a group should have; at least 1
   * @param maximum the most households a group should have
   * @return the bounds
   * @throws IllegalArgumentException unless {@code 1 <= minimum <= target <= maximum <=
   *     MAX_HOUSEHOLDS}
   */
  public static FormationBounds of(int target, int minimum, int maximum) {
    return new FormationBounds(target, minimum, maximum);
  }

  /**
   * Whether a group of {@code households} households is within the bounds.
   *
   * @param households the group's size
   * @return {@code minimum <= households <= maximum}
   */
  public boolean contains(long households) {
    return minimum <= households && households <= maximum;
  }

  /**
   * How many households a group of this size lies outside the bounds: {@code minimum - size}
   * below, {@code size - maximum} above, else 0.
   *
   * @param households the group's size; not negative
   * @return zero or more
   * @throws IllegalArgumentException if {@code households} is negative
   */
  public long excess(long households) {
    checkArgument(households >= 0, "households must not be negative: %s", households);
    return Math.max(0, minimum - households) + Math.max(0, households - maximum);
  }

  /**
   * The squared distance of a group's size from the target, {@code (households - target)²}.
   *
   * @param households the group's size; not negative
   * @return zero or more
   * @throws IllegalArgumentException if {@code households} is negative
   * @throws ArithmeticException if the square overflows a {@code long}
   */
  public long squaredDeviation(long households) {
    checkArgument(households >= 0, "households must not be negative: %s", households);
    long d = households - target;
    return Math.multiplyExact(d, d);
  }
}
