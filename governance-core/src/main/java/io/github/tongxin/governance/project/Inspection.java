package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One inspector's verdict at acceptance on completion (验收). Acceptance needs at least two
 * inspectors who passed the work, one of whom {@linkplain ProjectRole#representsResidents()
 * represents residents}; a failed inspection sends the project back to implementation. Immutable
 * and thread-safe; value-based.
 *
 * @param inspector who inspected, with the roles held then
 * @param at when
 * @param verdict passed or failed
 * @param note what the inspector found
 * @since 0.1.0
 */
public record Inspection(Actor inspector, Instant at, Verdict verdict, String note) {
  /** An inspector's verdict. */
  public enum Verdict {
    /** The work is done as approved. */
    PASSED,
    /** The work must be put right. */
    FAILED
  }

  /**
   * Creates an inspection.
   *
   * @param inspector who inspected, with the roles held then
   * @param at when
   * @param verdict passed or failed
   * @param note what the inspector found
   * @throws NullPointerException if an argument is null
   */
  public Inspection {
    checkNotNull(inspector, "inspector");
    checkNotNull(at, "at");
    checkNotNull(verdict, "verdict");
    checkNotNull(note, "note");
  }

  /**
   * Whether the inspector speaks for residents.
   *
   * @return true if the inspector holds a role that represents residents
   */
  public boolean byResidentRepresentative() {
    return inspector.roles().stream().anyMatch(ProjectRole::representsResidents);
  }
}
