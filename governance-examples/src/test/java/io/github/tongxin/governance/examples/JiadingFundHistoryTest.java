package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.fund.Chart;
import io.github.tongxin.governance.fund.FinancialPosition;
import io.github.tongxin.governance.fund.Fund;
import io.github.tongxin.governance.fund.ProjectFunding;
import io.github.tongxin.governance.money.Amount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JiadingFundHistoryTest {
  private static String output() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JiadingFundHistory.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theFundPaysMoreThanAMillionYuanTo106Projects() {
    Fund fund = JiadingFundHistory.fund();
    Instant end = JiadingFundHistory.date(2025, 12, 31);
    var lines = ProjectFunding.of(fund, end);
    assertThat(lines).hasSize(106);
    Amount paid = Amount.sum(lines.stream().map(ProjectFunding::paid).toList());
    assertThat(paid).isGreaterThan(Amount.ofYuan(1_000_000));
    assertThat(lines).allMatch(l -> l.paid().compareTo(l.grant().amount()) <= 0);
    assertThat(lines).allMatch(l -> l.refunded().compareTo(l.paid()) <= 0);
    // The statement of financial position balances; cash never went below zero.
    FinancialPosition position = FinancialPosition.of(fund.ledger(), end);
    assertThat(position.assets()).isEqualTo(position.liabilities().plus(position.netAssets()));
    assertThat(fund.ledger().posted(Chart.BANK).isNegative()).isFalse();
    assertThat(position.restrictedNetAssets()).isEqualTo(Amount.ZERO);
  }

  @Test
  void theFundSubcommandPrintsTheSameReport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = Tongxin.run(java.util.List.of("fund"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        new PrintStream(errors, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(Tongxin.OK);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(output());
    assertThat(Tongxin.run(java.util.List.of("fund", "--x"), new PrintStream(bytes),
        new PrintStream(errors))).isEqualTo(Tongxin.USAGE);
  }

  @Test
  void itPrintsTheStatementsTheProjectTableAndTheChecks() {
    String out = output();
    assertThat(out).contains("资产负债表 statement of financial position");
    assertThat(out).contains("业务活动表 statement of activities");
    assertThat(out).contains("项目资助 project grants (106 projects)");
    assertThat(out).contains("total granted 1,053,100.00, paid 1,040,900.00, refunded 2,062.50");
    assertThat(out).contains("raised 4,100.00 from 20 households, spent on the project 3,240.00,"
        + " returned 860.00, still restricted 0.00");
    assertThat(out).contains("annual spending check (Art. 61): met");
    assertThat(out).contains("70% of 2024's income");
    assertThat(out).contains("overdue progress reports on 2025-09-15 (Art. 79): 4");
    assertThat(out).contains("C06-G06-P1 due 2025-06-03, 104 days late");
    assertThat(out.lines().filter(l -> l.matches("C\\d\\d-G\\d\\d-P1 .*"))).hasSize(106);
  }
}
