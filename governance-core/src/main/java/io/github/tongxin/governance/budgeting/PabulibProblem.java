package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.Bilingual;
import io.github.tongxin.governance.Violation;

/**
 * One thing {@link Pabulib#read} found wrong with a {@code .pb} text: the line, whether it makes
 * the text unreadable, a stable code and a message naming the values involved.
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * PabulibProblem p = Pabulib.read(text).problems().get(0);
 * p.line();     // 7
 * p.code();     // PabulibCode.COUNT_MISMATCH
 * p.toString(); // "line 7: error COUNT_MISMATCH: num_votes is 3 but VOTES has 2 rows"
 * }</pre>
 *
 * @param line the 1-based number of the offending line (for a row spanning several lines, its first
 *     line); at least 1
 * @param severity whether the text can still be read
 * @param code what rule was not met
 * @param message what happened, naming the values involved; not blank
 * @since 0.1.0
 */
public record PabulibProblem(int line, Severity severity, PabulibCode code, String message) {
  /**
   * Creates a problem.
   *
   * @param line the 1-based line number; at least 1
   * @param severity whether the text can still be read
   * @param code what rule was not met
   * @param message what happened; not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code line} is below 1 or {@code message} is blank
   */
  public PabulibProblem {
    checkArgument(line >= 1, "line must be at least 1: %s", line);
    checkNotNull(severity, "severity");
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "message must not be blank: '%s'", message);
  }

  /**
   * Creates an error.
   *
   * @param line the 1-based line number; at least 1
   * @param code what rule was not met
   * @param message what happened; not blank
   * @return the problem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code line} is below 1 or {@code message} is blank
   */
  public static PabulibProblem error(int line, PabulibCode code, String message) {
    return new PabulibProblem(line, Severity.ERROR, code, message);
  }

  /**
   * Creates a warning.
   *
   * @param line the 1-based line number; at least 1
   * @param code what rule was not met
   * @param message what happened; not blank
   * @return the problem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code line} is below 1 or {@code message} is blank
   */
  public static PabulibProblem warning(int line, PabulibCode code, String message) {
    return new PabulibProblem(line, Severity.WARNING, code, message);
  }

  /**
   * Whether this problem makes the text unreadable.
   *
   * @return {@code true} for an {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The problem as a {@link Violation} whose message starts with the line: {@code "line 7: ..."}.
   *
   * @return the violation
   */
  public Violation toViolation() {
    return Violation.of(code, "line " + line + ": " + message);
  }

  /**
   * The line, severity, code and message: {@code "line 7: error COUNT_MISMATCH: ..."}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "line " + line + ": " + severity.englishName() + " " + code.code() + ": " + message;
  }

  /**
   * Whether a problem makes a {@code .pb} text unreadable.
   *
   * @since 0.1.0
   */
  public enum Severity implements Bilingual {
    /** The text cannot be read into a faithful {@link PabulibFile}. */
    ERROR("错误", "error"),
    /** The Pabulib checker would complain, but the data is usable and is read. */
    WARNING("警告", "warning");

    private final String chineseName;
    private final String englishName;

    Severity(String chineseName, String englishName) {
      this.chineseName = chineseName;
      this.englishName = englishName;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }

    @Override
    public String englishName() {
      return englishName;
    }
  }
}
