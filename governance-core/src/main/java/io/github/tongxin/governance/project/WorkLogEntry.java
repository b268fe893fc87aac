package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * An entry in a project's work log (工作日志): who wrote what, when. Immutable and thread-safe;
 * value-based.
 *
 * @param author who wrote it
 * @param at when
 * @param text what was done, not blank
 * @since 0.1.0
 */
public record WorkLogEntry(ActorId author, Instant at, String text) {
  /**
   * Creates an entry.
   *
   * @param author who wrote it
   * @param at when
   * @param text what was done, not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public WorkLogEntry {
    checkNotNull(author, "author");
    checkNotNull(at, "at");
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "text must not be blank: '%s'", text);
  }
}
