package io.github.tongxin.governance.project;

import io.github.tongxin.governance.internal.Ids;

/**
 * Identifies a self-governance project (自治项目), unique within a zone.
 *
 * <p>The text form is the value itself: 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -},
 * starting with a letter or digit, e.g. {@code "WH-2026-007"}. Immutable and thread-safe;
 * value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record ProjectId(String value) implements Comparable<ProjectId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed id
   */
  public ProjectId {
    Ids.check("project id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * <pre>{@code ProjectId.of("WH-2026-007").toString(); // "WH-2026-007"}</pre>
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed id
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  @Override
  public int compareTo(ProjectId other) {
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
