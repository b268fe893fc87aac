package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A step of a project's implementation, named by the group (e.g. "paving laid"). Immutable and
 * thread-safe; value-based.
 *
 * @param name the milestone's name, not blank, unique within the project
 * @param at when it was added, or completed
 * @since 0.1.0
 */
public record Milestone(String name, Instant at) {
  /**
   * Creates a milestone.
   *
   * @param name the milestone's name, not blank, unique within the project
   * @param at when it was added, or completed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Milestone {
    checkNotNull(name, "name");
    checkNotNull(at, "at");
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
  }
}
