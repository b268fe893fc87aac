package io.github.tongxin.governance.community;

import io.github.tongxin.governance.internal.Ids;

/**
 * Identifies a {@link BuildingGroup} (楼组团队), unique within a {@link Zone}.
 *
 * <p>The text form is the value itself: 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -},
 * starting with a letter or digit, e.g. {@code "C01-G03"}. Ids order by their text (so {@code
 * "B10"} sorts before {@code "B9"}; pad numbers if you want numeric order). Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record BuildingGroupId(String value) implements PlaceId, Comparable<BuildingGroupId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed id
   */
  public BuildingGroupId {
    Ids.check("building group id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * <pre>{@code BuildingGroupId.of("C01-G03").toString(); // "C01-G03"}</pre>
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed id
   */
  public static BuildingGroupId of(String value) {
    return new BuildingGroupId(value);
  }

  /**
   * Orders ids by their text.
   *
   * @param other the id to compare with
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(BuildingGroupId other) {
    return value.compareTo(other.value);
  }

  /**
   * The id's text, such that {@code of(id.toString()).equals(id)}.
   *
   * @return the value
   */
  @Override
  public String toString() {
    return value;
  }
}
