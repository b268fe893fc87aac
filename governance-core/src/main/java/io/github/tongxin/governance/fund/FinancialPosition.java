package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.money.Amount;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The statement of financial position (资产负债表) at a time, a pure function of the ledger: the
 * posted balance of each account, totalled by type. Income and expenses not yet closed into net
 * assets count as unrestricted net assets, so assets equal liabilities plus net assets. Immutable
 * and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * FinancialPosition p = FinancialPosition.of(fund.ledger(), at);
 * p.assets().equals(p.liabilities().plus(p.netAssets())); // true
 * }</pre>
 *
 * @param at the time
 * @param balances the posted balance of each account on its normal side, in the chart's order
 * @param reserved cash reserved by pending grants, not yet paid or voided
 * @since 0.1.0
 */
public record FinancialPosition(
    Instant at, ImmutableMap<Account, Amount> balances, Amount reserved) {
  /**
   * Creates the statement.
   *
   * @param at the time
   * @param balances the posted balance of each account
   * @param reserved cash reserved by pending grants
   * @throws NullPointerException if an argument is null
   */
  public FinancialPosition {
    checkNotNull(at, "at");
    balances = ImmutableMap.copyOf(checkNotNull(balances, "balances"));
    checkNotNull(reserved, "reserved");
  }

  /**
   * The statement of a ledger at a time.
   *
   * @param ledger the ledger
   * @param at the time
   * @return the statement
   * @throws NullPointerException if an argument is null
   */
  public static FinancialPosition of(Ledger ledger, Instant at) {
    Ledger then = checkNotNull(ledger, "ledger").asOf(checkNotNull(at, "at"));
    ImmutableMap.Builder<Account, Amount> balances = ImmutableMap.builder();
    for (Account account : then.accounts()) {
      balances.put(account, then.posted(account.id()));
    }
    return new FinancialPosition(at, balances.buildOrThrow(),
        then.balance(Chart.BANK).creditsPending());
  }

  /**
   * The total of the accounts of each type.
   *
   * @return the totals, by type
   */
  public ImmutableMap<AccountType, Amount> totals() {
    Map<AccountType, Amount> totals = new EnumMap<>(AccountType.class);
    for (AccountType type : AccountType.values()) {
      totals.put(type, Amount.ZERO);
    }
    balances.forEach((account, amount) -> totals.merge(account.type(), amount, Amount::plus));
    return ImmutableMap.copyOf(totals);
  }

  /**
   * Total assets.
   *
   * @return the assets
   */
  public Amount assets() {
    return totals().get(AccountType.ASSET);
  }

  /**
   * Total liabilities.
   *
   * @return the liabilities
   */
  public Amount liabilities() {
    return totals().get(AccountType.LIABILITY);
  }

  /**
   * Restricted net assets: what the restricted funds hold.
   *
   * @return the restricted net assets
   */
  public Amount restrictedNetAssets() {
    return totals().get(AccountType.RESTRICTED_NET_ASSETS);
  }

  /**
   * Unrestricted net assets, with income less expenses not yet closed.
   *
   * @return the unrestricted net assets
   */
  public Amount unrestrictedNetAssets() {
    ImmutableMap<AccountType, Amount> totals = totals();
    return totals.get(AccountType.UNRESTRICTED_NET_ASSETS)
        .plus(totals.get(AccountType.INCOME))
        .minus(totals.get(AccountType.EXPENSE));
  }

  /**
   * Total net assets, restricted and unrestricted.
   *
   * @return the net assets
   */
  public Amount netAssets() {
    return restrictedNetAssets().plus(unrestrictedNetAssets());
  }

  /**
   * The statement as lines for people, bilingual labels.
   *
   * @return the lines
   */
  public ImmutableList<String> lines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("资产负债表 statement of financial position at " + at);
    lines.add("  资产 assets                         " + pad(assets()));
    for (Map.Entry<Account, Amount> e : balances.entrySet()) {
      if (e.getKey().type() == AccountType.ASSET) {
        lines.add("    " + e.getKey().name() + "  " + e.getValue());
      }
    }
    lines.add("    of which reserved for approved grants 已预留资助  " + reserved);
    lines.add("  负债 liabilities                    " + pad(liabilities()));
    lines.add("  限定性净资产 restricted net assets    " + pad(restrictedNetAssets()));
    lines.add("  非限定性净资产 unrestricted net assets " + pad(unrestrictedNetAssets()));
    lines.add("  负债和净资产 liabilities and net assets " + pad(liabilities().plus(netAssets())));
    return lines.build();
  }

  private static String pad(Amount amount) {
    return String.format(java.util.Locale.ROOT, "%18s", amount);
  }
}
