package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.internal.Ids;

/**
 * The identifier of a ledger account, such as {@code "assets:bank"} or {@code
 * "restricted:campaign:P017"}: 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}; colons
 * separate the levels of the chart. Immutable and thread-safe; value-based: compare with {@code
 * equals}, never {@code ==}.
 *
 * <pre>{@code
 * AccountId bank = AccountId.of("assets:bank");
 * }</pre>
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record AccountId(String value) implements Comparable<AccountId> {
  /**
   * Creates the identifier.
   *
   * @param value the identifier text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed identifier
   */
  public AccountId {
    Ids.check("account id", value);
  }

  /**
   * The identifier with this text.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed identifier
   */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public int compareTo(AccountId other) {
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
