package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * An exclusive floor area (专有部分面积) in exact hundredths of a square metre, always positive.
 *
 * <p>Owners' consultations (Civil Code Art. 278) weigh votes by area, so areas are exact: no
 * {@code double}. The text form has two decimals: {@code "85.50"}. Immutable and thread-safe;
 * value-based.
 *
 * <pre>{@code
 * FloorArea a = FloorArea.parse("85.5");
 * a.hundredths();           // 8550
 * a.plus(a).toString();     // "171.00"
 * }</pre>
 *
 * @param hundredths the area in 0.01 m²; positive
 * @since 0.1.0
 */
public record FloorArea(long hundredths) implements Comparable<FloorArea> {
  /**
   * Creates an area.
   *
   * @param hundredths the area in 0.01 m²; positive
   * @throws IllegalArgumentException if {@code hundredths} is not positive
   */
  public FloorArea {
    checkArgument(hundredths > 0, "floor area must be positive, in 0.01 m²: %s", hundredths);
  }

  /**
   * Returns the area of {@code hundredths} hundredths of a square metre.
   *
   * @param hundredths the area in 0.01 m²; positive
   * @return the area
   * @throws IllegalArgumentException if {@code hundredths} is not positive
   */
  public static FloorArea ofHundredths(long hundredths) {
    return new FloorArea(hundredths);
  }

  /**
   * Parses square metres with at most two decimals, such as {@code "85"}, {@code "85.5"} or
   * {@code "85.50"}; the inverse of {@link #toString()}.
   *
   * @param squareMetres the text; digits with an optional point and one or two decimals
   * @return the area
   * @throws NullPointerException if {@code squareMetres} is null
   * @throws IllegalArgumentException if the text is not such a number, has more than two
   *     decimals, is not positive or is too large
   */
  public static FloorArea parse(String squareMetres) {
    checkNotNull(squareMetres, "squareMetres");
    checkArgument(
        squareMetres.matches("[0-9]{1,15}(\\.[0-9]{1,2})?"),
        "floor area must be square metres with at most two decimals: '%s'",
        squareMetres);
    return new FloorArea(new BigDecimal(squareMetres).movePointRight(2).longValueExact());
  }

  /**
   * The sum of two areas.
   *
   * @param other the area to add
   * @return the sum
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public FloorArea plus(FloorArea other) {
    return new FloorArea(Math.addExact(hundredths, other.hundredths));
  }

  /**
   * Orders areas by size.
   *
   * @param other the area to compare with
   * @return negative, zero or positive as this area is smaller, equal or larger
   */
  @Override
  public int compareTo(FloorArea other) {
    return Long.compare(hundredths, other.hundredths);
  }

  /**
   * Square metres with two decimals, e.g. {@code "85.50"}; {@link #parse(String)} reads it back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return BigDecimal.valueOf(hundredths, 2).toPlainString();
  }
}
