package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Identifies a project of a {@link BudgetInstance}: the {@code project_id} of a Pabulib file,
 * such as {@code "124-A"}, {@code "L010"} or {@code "11"}.
 *
 * <p>Ids order as plain strings ({@link String#compareTo}), as pabutools' default tie-breaking
 * does: {@code "11"} sorts before {@code "2"}. Immutable and thread-safe; value-based.
 *
 * @param value the id; not empty, no line breaks
 * @since 0.1.0
 */
public record ProjectId(String value) implements Comparable<ProjectId> {
  /**
   * Creates an id.
   *
   * @param value the id; not empty, no line breaks
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty or holds a line break
   */
  public ProjectId {
    checkNotNull(value, "value");
    checkArgument(!value.isEmpty(), "project id must not be empty");
    checkArgument(
        value.indexOf('\n') < 0 && value.indexOf('\r') < 0,
        "project id must not contain a line break: '%s'",
        value);
  }

  /**
   * The id with the given text.
   *
   * @param value the id; not empty, no line breaks
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty or holds a line break
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  /**
   * Plain string order of the ids.
   *
   * @param other the id to compare with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(ProjectId other) {
    return value.compareTo(other.value);
  }

  /**
   * The id's text.
   *
   * @return the value
   */
  @Override
  public String toString() {
    return value;
  }
}
