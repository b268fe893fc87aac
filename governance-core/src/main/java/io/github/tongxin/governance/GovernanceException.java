package io.github.tongxin.governance;

/**
 * The root of Tongxin's few exceptions, thrown only by {@code ...OrThrow} methods; everywhere
 * else a business refusal is a {@link Decision.Rejected} result.
 *
 * @since 0.1.0
 */
public abstract class GovernanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  protected GovernanceException(String message) {
    super(message);
  }
}
