package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An account of the fund's ledger: its id, type, optional balance limit and a name for people.
 * Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * Account bank = Account.of(AccountId.of("assets:bank"), AccountType.ASSET,
 *     BalanceLimit.CREDITS_WITHIN_DEBITS, "银行存款 cash at bank");
 * bank.normalBalance(); // DEBIT
 * }</pre>
 *
 * @param id the account's id
 * @param type the account's type
 * @param limit the balance limit, {@link BalanceLimit#NONE} for none
 * @param name a name for people, Chinese and/or English; not blank
 * @since 0.1.0
 */
public record Account(AccountId id, AccountType type, BalanceLimit limit, String name) {
  /**
   * Creates an account.
   *
   * @param id the account's id
   * @param type the account's type
   * @param limit the balance limit
   * @param name a name for people; not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Account {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(limit, "limit");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
  }

  /**
   * Creates an account.
   *
   * @param id the account's id
   * @param type the account's type
   * @param limit the balance limit
   * @param name a name for people; not blank
   * @return the account
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Account of(AccountId id, AccountType type, BalanceLimit limit, String name) {
    return new Account(id, type, limit, name);
  }

  /**
   * The side on which this account's balance normally stands.
   *
   * @return {@code type().normalBalance()}
   */
  public NormalBalance normalBalance() {
    return type.normalBalance();
  }
}
