package io.github.tongxin.governance.space;

import io.github.tongxin.governance.internal.Ids;

/**
 * Identifies a {@link Host}: a resident talent or a partner organisation.
 *
 * <p>The text form is the value itself: 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -},
 * starting with a letter or digit, e.g. {@code "talent-wang"}. Ids order by their text. Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record HostId(String value) implements Comparable<HostId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed id
   */
  public HostId {
    Ids.check("host id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * <pre>{@code HostId.of("talent-wang").toString(); // "talent-wang"}</pre>
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed id
   */
  public static HostId of(String value) {
    return new HostId(value);
  }

  /**
   * Orders ids by their text.
   *
   * @param other the id to compare with
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(HostId other) {
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
