package io.github.tongxin.governance.project;

import io.github.tongxin.governance.internal.Ids;

/**
 * Identifies someone who acts on a project: a resident, an official, an evaluator or an inspector.
 *
 * <p>The text form is the value itself: 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -},
 * starting with a letter or digit, e.g. {@code "RC-Wang"}. Immutable and thread-safe;
 * value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record ActorId(String value) implements Comparable<ActorId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed id
   */
  public ActorId {
    Ids.check("actor id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * <pre>{@code ActorId.of("RC-Wang").toString(); // "RC-Wang"}</pre>
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed id
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  /**
   * The id's text.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
