package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.money.Amount;
import java.math.BigInteger;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The annual spending check of Charity Law Art. 61 (2023 text) and the 2016 rules on annual
 * spending and management costs, computed from the fund's own figures: charitable spending of the
 * year at least {@code minSpendingPercent} of the previous year's total income, or of the average
 * income of the three previous years; management costs at most {@code maxManagementPercent} of
 * the year's total spending. Comparisons are exact integer cross-multiplications. The report
 * explains each figure; it describes the fund's figures and is not a certificate of the
 * organisation. Immutable and thread-safe; value-based: compare with {@code equals}, never {@code
 * ==}.
 *
 * <pre>{@code
 * ComplianceReport r = ComplianceReport.check(ComplianceRules.CHARITY_LAW, ledger,
 *     Year.of(2025), ZoneId.of("Asia/Shanghai"));
 * r.isCompliant();
 * r.explanation().forEach(System.out::println);
 * }</pre>
 *
 * @param year the figures of the year checked
 * @param previous the figures of the three previous years, the latest first
 * @param explanation one line per figure and threshold
 * @param violations the thresholds not met; empty if compliant
 * @since 0.1.0
 */
public record ComplianceReport(
    YearFigures year,
    ImmutableList<YearFigures> previous,
    ImmutableList<String> explanation,
    ImmutableList<Violation> violations) {
  /**
   * Creates a report.
   *
   * @param year the figures of the year checked
   * @param previous the figures of the three previous years
   * @param explanation the lines
   * @param violations the thresholds not met
   * @throws NullPointerException if an argument or element is null
   */
  public ComplianceReport {
    checkNotNull(year, "year");
    previous = ImmutableList.copyOf(checkNotNull(previous, "previous"));
    explanation = ImmutableList.copyOf(checkNotNull(explanation, "explanation"));
    violations = ImmutableList.copyOf(checkNotNull(violations, "violations"));
  }

  /**
   * Checks a year of a ledger. Years before the first transfer count as zero income.
   *
   * @param rules the thresholds
   * @param ledger the ledger
   * @param year the year to check
   * @param zone the zone whose calendar dates the entries
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static ComplianceReport check(ComplianceRules rules, Ledger ledger, Year year, ZoneId zone) {
    checkNotNull(rules, "rules");
    YearFigures current = YearFigures.of(ledger, year, zone);
    ImmutableList<YearFigures> previous =
        ImmutableList.of(
            YearFigures.of(ledger, year.minusYears(1), zone),
            YearFigures.of(ledger, year.minusYears(2), zone),
            YearFigures.of(ledger, year.minusYears(3), zone));
    List<String> lines = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    BigInteger spending = big(current.charitableSpending());
    BigInteger lastIncome = big(previous.get(0).income());
    BigInteger threeYears =
        lastIncome.add(big(previous.get(1).income())).add(big(previous.get(2).income()));
    BigInteger percent = BigInteger.valueOf(rules.minSpendingPercent());
    // spending ≥ p% × income  ⇔  100 × spending ≥ p × income
    boolean byLastYear = spending.multiply(HUNDRED).compareTo(percent.multiply(lastIncome)) >= 0;
    // spending ≥ p% × (sum / 3)  ⇔  300 × spending ≥ p × sum
    boolean byAverage =
        spending.multiply(HUNDRED).multiply(THREE).compareTo(percent.multiply(threeYears)) >= 0;
    lines.add(format("%s: charitable spending %s, management costs %s, total spending %s, income %s",
        year, current.charitableSpending(), current.managementCosts(), current.totalSpending(),
        current.income()));
    lines.add(format("%s% of %s's income %s is %s: %s", rules.minSpendingPercent(),
        year.minusYears(1), previous.get(0).income(), share(lastIncome, percent, 1),
        byLastYear ? "met" : "not met"));
    lines.add(format("%s% of the %s–%s average income %s is %s: %s", rules.minSpendingPercent(),
        year.minusYears(3), year.minusYears(1), average(threeYears),
        share(threeYears, percent, 3), byAverage ? "met" : "not met"));
    if (!byLastYear && !byAverage) {
      violations.add(Violation.of(FundCode.SPENDING_BELOW_MINIMUM,
          format("charitable spending %s in %s is below %s% of both the previous year's income %s"
              + " and the three-year average %s (%s)", current.charitableSpending(), year,
              rules.minSpendingPercent(), previous.get(0).income(),
              average(threeYears), rules.spendingSource())));
    }
    BigInteger management = big(current.managementCosts());
    BigInteger total = big(current.totalSpending());
    BigInteger maxPercent = BigInteger.valueOf(rules.maxManagementPercent());
    // management ≤ q% × total  ⇔  100 × management ≤ q × total
    boolean managementMet =
        management.multiply(HUNDRED).compareTo(maxPercent.multiply(total)) <= 0;
    lines.add(format("management costs %s against at most %s% of total spending %s = %s: %s",
        current.managementCosts(), rules.maxManagementPercent(), current.totalSpending(),
        share(total, maxPercent, 1), managementMet ? "met" : "not met"));
    if (!managementMet) {
      violations.add(Violation.of(FundCode.MANAGEMENT_ABOVE_MAXIMUM,
          format("management costs %s in %s are above %s% of total spending %s (%s)",
              current.managementCosts(), year, rules.maxManagementPercent(),
              current.totalSpending(), rules.managementSource())));
    }
    lines.add("sources: " + rules.spendingSource()
        + (rules.managementSource().equals(rules.spendingSource()) || rules.spendingSource()
            .contains(rules.managementSource()) ? "" : "; " + rules.managementSource()));
    lines.add("thresholds are rounded up to the fen for display; the checks compare exact products");
    lines.add("these are the fund's own figures, not a certificate of the organisation");
    return new ComplianceReport(current, previous, ImmutableList.copyOf(lines),
        ImmutableList.copyOf(violations));
  }

  /**
   * Whether every threshold is met.
   *
   * @return {@code true} if there are no violations
   */
  public boolean isCompliant() {
    return violations.isEmpty();
  }

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final BigInteger THREE = BigInteger.valueOf(3);

  private static BigInteger big(Amount amount) {
    return BigInteger.valueOf(amount.fen());
  }

  /** The three-year average for display: exact to the fen, or the fraction of a fen noted. */
  private static String average(BigInteger sum) {
    BigInteger[] qr = sum.divideAndRemainder(THREE);
    String whole = Amount.ofFen(qr[0].longValueExact()).toString();
    return qr[1].signum() == 0 ? whole : whole + " and " + qr[1] + "/3 fen";
  }

  /** {@code fen × percent / (100 × divisor)}, rounded up to the fen, for display. */
  private static String share(BigInteger fen, BigInteger percent, int divisor) {
    BigInteger denominator = HUNDRED.multiply(BigInteger.valueOf(divisor));
    BigInteger[] qr = fen.multiply(percent).divideAndRemainder(denominator);
    BigInteger up = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return Amount.ofFen(up.longValueExact()).toString();
  }

  private static String format(String template, Object... args) {
    return Strings.lenientFormat(template, args);
  }
}
