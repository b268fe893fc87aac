package io.github.tongxin.governance.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Art. 61 spending and management thresholds at their boundaries; Art. 79 reporting cadence. */
class ComplianceReportTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final AccountId SPEND = Chart.projectExpenses(Category.COMMUNITY_SERVICES).id();

  static Instant in(int year, int month) {
    return LocalDate.of(year, month, 1).atStartOfDay(SHANGHAI).toInstant();
  }

  /** Income in the given years, then spending and management costs in 2025. */
  static Ledger ledger(long[] incomeFen2022to2024, long spendingFen, long managementFen) {
    Ledger ledger = Ledger.of(Chart.communityFund());
    int n = 0;
    for (int i = 0; i < 3; i++) {
      if (incomeFen2022to2024[i] > 0) {
        ledger = ledger.apply(Transfer.posted(TransferId.of("in" + n++), Entry.of(Chart.BANK,
            Chart.GOVERNMENT, Amount.ofFen(incomeFen2022to2024[i]), TransferCode.GOVERNMENT_ALLOCATION),
            in(2022 + i, 6))).ledger();
      }
    }
    if (spendingFen > 0) {
      ledger = ledger.apply(Transfer.posted(TransferId.of("spend"), Entry.of(SPEND, Chart.BANK,
          Amount.ofFen(spendingFen), TransferCode.GRANT), in(2025, 6))).ledger();
    }
    if (managementFen > 0) {
      ledger = ledger.apply(Transfer.posted(TransferId.of("admin"), Entry.of(Chart.MANAGEMENT,
          Chart.BANK, Amount.ofFen(managementFen), TransferCode.MANAGEMENT_COST), in(2025, 7))).ledger();
    }
    return ledger;
  }

  static ComplianceReport check(Ledger ledger) {
    return ComplianceReport.check(ComplianceRules.CHARITY_LAW, ledger, Year.of(2025), SHANGHAI);
  }

  @Test
  void exactlySeventyPercentOfLastYearsIncomeIsEnoughAndOneFenLessIsNot() {
    ComplianceReport met = check(ledger(new long[] {0, 0, 1_000_000}, 700_000, 0));
    assertThat(met.isCompliant()).isTrue();
    assertThat(met.explanation()).anyMatch(l -> l.contains("70% of 2024's income 10,000.00 is 7,000.00: met"));
    // With the same income in each of the three years, the average does not help.
    ComplianceReport short1 = check(ledger(new long[] {1_000_000, 1_000_000, 1_000_000}, 699_999, 0));
    assertThat(short1.violations()).extracting(v -> v.code().code())
        .containsExactly("SPENDING_BELOW_MINIMUM");
    // Income of 1 fen: 70% of it is 0.7 fen, so 1 fen of spending is needed, exactly.
    assertThat(check(ledger(new long[] {0, 0, 1}, 0, 0)).isCompliant()).isFalse();
  }

  @Test
  void theThreeYearAverageCanSatisfyTheSpendingRule() {
    // Last year 3,000.00, before that nothing: average 1,000.00, 70% of it 700.00.
    ComplianceReport byAverage = check(ledger(new long[] {0, 0, 300_000}, 70_000, 0));
    assertThat(byAverage.isCompliant()).isTrue();
    assertThat(byAverage.explanation()).anyMatch(l -> l.contains("average income 1,000.00 is 700.00: met"));
    assertThat(check(ledger(new long[] {0, 0, 300_000}, 69_999, 0)).isCompliant()).isFalse();
  }

  @Test
  void managementCostsAtMostTenPercentOfTotalSpending() {
    // Total spending 1,000.00 of which 100.00 management: exactly 10%.
    assertThat(check(ledger(new long[] {0, 0, 100_000}, 90_000, 10_000)).isCompliant()).isTrue();
    ComplianceReport over = check(ledger(new long[] {0, 0, 100_000}, 89_999, 10_001));
    assertThat(over.violations()).extracting(v -> v.code().code())
        .containsExactly("MANAGEMENT_ABOVE_MAXIMUM");
    assertThat(over.violations().get(0).message()).contains("第四条");
  }

  @Test
  void rulesAreCheckedDataWithSources() {
    assertThat(ComplianceRules.CHARITY_LAW.spendingSource()).contains("第六十一条");
    assertThatThrownBy(() -> new ComplianceRules(101, 10, "x", "y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
    ComplianceRules stricter = new ComplianceRules(80, 5, "test", "test");
    assertThat(ComplianceReport.check(stricter, ledger(new long[] {100_000, 100_000, 100_000}, 79_000, 0),
        Year.of(2025), SHANGHAI).isCompliant()).isFalse();
  }

  @Test
  void projectsLongerThanSixMonthsReportEveryThreeMonths() {
    LocalDate start = LocalDate.of(2025, 1, 15);
    OverdueReport.Schedule sixMonths = new OverdueReport.Schedule(ProjectId.of("P1"), start,
        start.plusMonths(6), ImmutableList.of());
    OverdueReport.Schedule longer = new OverdueReport.Schedule(ProjectId.of("P2"), start,
        start.plusMonths(6).plusDays(1), ImmutableList.of(LocalDate.of(2025, 4, 10)));
    ImmutableList<OverdueReport.Schedule> all = ImmutableList.of(sixMonths, longer);
    // Due three months after the last report (10 April): 10 July; on that day not yet late.
    assertThat(OverdueReport.list(all, LocalDate.of(2025, 7, 10))).isEmpty();
    assertThat(OverdueReport.list(all, LocalDate.of(2025, 7, 11)))
        .containsExactly(new OverdueReport(ProjectId.of("P2"), LocalDate.of(2025, 7, 10), 1));
    // Before the first report, the start counts: due 15 April.
    assertThat(OverdueReport.list(all, LocalDate.of(2025, 4, 9)))
        .isEmpty();
    OverdueReport.Schedule silent = new OverdueReport.Schedule(ProjectId.of("P3"), start,
        start.plusYears(1), ImmutableList.of());
    assertThat(OverdueReport.list(ImmutableList.of(silent), LocalDate.of(2025, 4, 16)))
        .containsExactly(new OverdueReport(ProjectId.of("P3"), LocalDate.of(2025, 4, 15), 1));
    // After the end, no more progress reports are listed.
    assertThat(OverdueReport.list(ImmutableList.of(silent), start.plusYears(1).plusDays(1))).isEmpty();
  }
}
