package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.money.Amount;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;

/**
 * A year's figures from the ledger: total income, charitable spending (project expenses) and
 * management costs, each net of refunds and corrections. Immutable and thread-safe; value-based:
 * compare with {@code equals}, never {@code ==}.
 *
 * @param year the calendar year
 * @param income total income: net credits of the income accounts
 * @param charitableSpending net debits of the expense accounts other than management
 * @param managementCosts net debits of {@link Chart#MANAGEMENT}
 * @since 0.1.0
 */
public record YearFigures(
    Year year, Amount income, Amount charitableSpending, Amount managementCosts) {
  /**
   * Creates the figures.
   *
   * @param year the year
   * @param income total income
   * @param charitableSpending charitable spending
   * @param managementCosts management costs
   * @throws NullPointerException if an argument is null
   */
  public YearFigures {
    checkNotNull(year, "year");
    checkNotNull(income, "income");
    checkNotNull(charitableSpending, "charitableSpending");
    checkNotNull(managementCosts, "managementCosts");
  }

  /**
   * The figures of a year from the posted entries of a ledger dated in that year in a time zone.
   *
   * @param ledger the ledger
   * @param year the year
   * @param zone the zone whose calendar dates the entries, e.g. {@code Asia/Shanghai}
   * @return the figures
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException on overflow
   */
  public static YearFigures of(Ledger ledger, Year year, ZoneId zone) {
    checkNotNull(ledger, "ledger");
    checkNotNull(year, "year");
    checkNotNull(zone, "zone");
    Instant from = year.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = year.plusYears(1).atDay(1).atStartOfDay(zone).toInstant();
    long income = 0;
    long spending = 0;
    long management = 0;
    for (LedgerEntry entry : ledger.entries()) {
      Instant at = entry.transfer().at();
      if (at.isBefore(from) || !at.isBefore(to) || !entry.effect().isPosting()) {
        continue;
      }
      long fen = entry.entry().amount().fen();
      for (int side = 0; side < 2; side++) {
        AccountId id = side == 0 ? entry.entry().debit() : entry.entry().credit();
        long signed = side == 0 ? fen : -fen; // debits positive
        AccountType type = ledger.account(id).orElseThrow().type();
        if (type == AccountType.INCOME) {
          income = Math.subtractExact(income, signed);
        } else if (type == AccountType.EXPENSE && id.equals(Chart.MANAGEMENT)) {
          management = Math.addExact(management, signed);
        } else if (type == AccountType.EXPENSE) {
          spending = Math.addExact(spending, signed);
        }
      }
    }
    return new YearFigures(year, Amount.ofFen(income), Amount.ofFen(spending), Amount.ofFen(management));
  }

  /**
   * Total spending: charitable spending plus management costs.
   *
   * @return the total
   * @throws ArithmeticException on overflow
   */
  public Amount totalSpending() {
    return charitableSpending.plus(managementCosts);
  }
}
