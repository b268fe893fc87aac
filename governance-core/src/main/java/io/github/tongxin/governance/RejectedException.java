package io.github.tongxin.governance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Thrown by {@link Decision#valueOrThrow()} on a rejected decision, and by other {@code ...OrThrow}
 * methods that refuse their input (such as reading a malformed Pabulib text); carries the
 * violations.
 *
 * @since 0.1.0
 */
public final class RejectedException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  /** The rules not met. */
  @SuppressWarnings("serial") // ImmutableList is serializable; Violation values are records
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the rules not met
   * @throws NullPointerException if {@code violations} is null
   */
  public RejectedException(ImmutableList<Violation> violations) {
    super("rejected: " + checkNotNull(violations, "violations"));
    this.violations = violations;
  }

  /**
   * The rules not met.
   *
   * @return the violations
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
