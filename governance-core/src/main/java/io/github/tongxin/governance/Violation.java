package io.github.tongxin.governance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A business rule that was not met: a stable {@link ViolationCode} and a message for people that
 * names the values involved.
 *
 * <p>Violations are results, not exceptions: a refusal or a report carries a list of them.
 * Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * Violation v = Violation.of(FormationCode.GROUP_BELOW_MINIMUM,
 *     "group [C01-B07] has 40 households, below the minimum 150");
 * v.code().code(); // "GROUP_BELOW_MINIMUM"
 * }</pre>
 *
 * @param code what rule was not met
 * @param message what happened, naming the ids and values involved; never empty
 * @since 0.1.0
 */
public record Violation(ViolationCode code, String message) {
  /**
   * Creates a violation.
   *
   * @param code what rule was not met
   * @param message what happened, naming the ids and values involved; never empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public Violation {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "message must not be blank: '%s'", message);
  }

  /**
   * Creates a violation.
   *
   * @param code what rule was not met
   * @param message what happened; not blank
   * @return the violation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public static Violation of(ViolationCode code, String message) {
    return new Violation(code, message);
  }

  /**
   * The code and the message: {@code "GROUP_BELOW_MINIMUM: group ... below the minimum 150"}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return code.code() + ": " + message;
  }
}
