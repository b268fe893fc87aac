package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.money.Amount;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The statement of activities (业务活动表) of a period, a pure function of the ledger: income by
 * source and spending by account (project category, management), net of refunds and
 * corrections. Immutable and thread-safe; value-based: compare with {@code equals}, never {@code
 * ==}.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param income net income per income account, in the chart's order
 * @param spending net spending per expense account, in the chart's order
 * @since 0.1.0
 */
public record Activities(
    Instant from, Instant to, ImmutableMap<Account, Amount> income,
    ImmutableMap<Account, Amount> spending) {
  /**
   * Creates the statement.
   *
   * @param from the start
   * @param to the end; not before {@code from}
   * @param income income per account
   * @param spending spending per account
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Activities {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "to %s is before from %s", to, from);
    income = ImmutableMap.copyOf(checkNotNull(income, "income"));
    spending = ImmutableMap.copyOf(checkNotNull(spending, "spending"));
  }

  /**
   * The statement of a ledger's posted entries in {@code [from, to)}.
   *
   * @param ledger the ledger
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the statement
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Activities of(Ledger ledger, Instant from, Instant to) {
    checkNotNull(ledger, "ledger");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    Map<Account, Amount> income = new LinkedHashMap<>();
    Map<Account, Amount> spending = new LinkedHashMap<>();
    for (Account account : ledger.accounts()) {
      if (account.type() == AccountType.INCOME) {
        income.put(account, Amount.ZERO);
      } else if (account.type() == AccountType.EXPENSE) {
        spending.put(account, Amount.ZERO);
      }
    }
    for (LedgerEntry entry : ledger.entries()) {
      Instant at = entry.transfer().at();
      if (at.isBefore(from) || !at.isBefore(to) || !entry.effect().isPosting()) {
        continue;
      }
      Amount amount = entry.entry().amount();
      Account debit = ledger.account(entry.entry().debit()).orElseThrow();
      Account credit = ledger.account(entry.entry().credit()).orElseThrow();
      if (credit.type() == AccountType.INCOME) {
        income.merge(credit, amount, Amount::plus);
      }
      if (debit.type() == AccountType.INCOME) {
        income.merge(debit, amount, Amount::minus);
      }
      if (debit.type() == AccountType.EXPENSE) {
        spending.merge(debit, amount, Amount::plus);
      }
      if (credit.type() == AccountType.EXPENSE) {
        spending.merge(credit, amount, Amount::minus);
      }
    }
    return new Activities(from, to, ImmutableMap.copyOf(income), ImmutableMap.copyOf(spending));
  }

  /**
   * Total income.
   *
   * @return the sum of {@link #income()}
   */
  public Amount totalIncome() {
    return Amount.sum(income.values());
  }

  /**
   * Total spending.
   *
   * @return the sum of {@link #spending()}
   */
  public Amount totalSpending() {
    return Amount.sum(spending.values());
  }

  /**
   * The statement as lines for people; accounts with nothing are left out.
   *
   * @return the lines
   */
  public ImmutableList<String> lines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("业务活动表 statement of activities " + from + " – " + to);
    lines.add("  收入 income by source" + String.format(Locale.ROOT, "%30s", totalIncome()));
    income.forEach((account, amount) -> {
      if (!amount.isZero()) {
        lines.add(String.format(Locale.ROOT, "    %-44s %18s", account.name(), amount));
      }
    });
    lines.add("  支出 spending by category" + String.format(Locale.ROOT, "%26s", totalSpending()));
    spending.forEach((account, amount) -> {
      if (!amount.isZero()) {
        lines.add(String.format(Locale.ROOT, "    %-44s %18s", account.name(), amount));
      }
    });
    return lines.build();
  }
}
