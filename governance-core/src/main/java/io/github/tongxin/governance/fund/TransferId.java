package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.internal.Ids;

/**
 * The identifier of a transfer, chosen by the caller: its idempotency key. Applying a transfer
 * whose id the ledger holds with the same content reports "exists" and changes nothing; with
 * other content it is refused. 1 to 160 characters of {@code A-Z a-z 0-9 . _ : -}, starting with
 * a letter or digit: room for the ids the fund derives from project and contribution ids of up to
 * 64 characters (e.g. {@code grant:<project>:tranche:2}). Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * TransferId id = TransferId.of("grant:P017:tranche-1");
 * }</pre>
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record TransferId(String value) implements Comparable<TransferId> {
  /** The longest transfer id accepted, in characters. */
  public static final int MAX_LENGTH = 160;

  /**
   * Creates the identifier.
   *
   * @param value the identifier text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed identifier
   */
  public TransferId {
    Ids.check("transfer id", value, MAX_LENGTH);
  }

  /**
   * The identifier with this text.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed identifier
   */
  public static TransferId of(String value) {
    return new TransferId(value);
  }

  @Override
  public int compareTo(TransferId other) {
    return value.compareTo(other.value);
  }

  /**
   * The identifier text.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
