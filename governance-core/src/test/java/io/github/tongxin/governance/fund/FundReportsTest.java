package io.github.tongxin.governance.fund;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The statements are pure functions of the ledger at a time and add up. */
class FundReportsTest {
  static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
  static final ProjectId P1 = ProjectId.of("P001");

  static Instant day(int n) {
    return T0.plusSeconds(86_400L * n);
  }

  static Fund history() {
    return Fund.open()
        .receive(TransferId.of("alloc"), Chart.GOVERNMENT, Amount.ofYuan(10_000),
            TransferCode.GOVERNMENT_ALLOCATION, T0).valueOrThrow()
        .openCampaign(new Campaign(P1, Amount.ofYuan(1_000), day(10), CampaignRule.KEEP_WHAT_YOU_RAISE),
            Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .contribute(P1, TransferId.of("c1"), Amount.ofYuan(800), day(1)).valueOrThrow()
        .approveGrant(P1, Category.GARBAGE_SORTING, Amount.ofYuan(5_000), day(2)).valueOrThrow()
        .payTranche(P1, 1, Amount.ofYuan(2_000), day(3)).valueOrThrow()
        .payTranche(P1, 2, Amount.ofYuan(500), RestrictionId.of("P001"), day(4)).valueOrThrow()
        .refund(P1, 1, Amount.ofYuan(300), day(5)).valueOrThrow()
        .payManagementCost(TransferId.of("admin"), Amount.ofYuan(100), day(6)).valueOrThrow();
  }

  @Test
  void theStatementOfFinancialPositionBalances() {
    Fund fund = history();
    FinancialPosition p = FinancialPosition.of(fund.ledger(), day(7));
    // Cash: 10,000 + 800 − 2,000 − 500 + 300 − 100 = 8,500; restricted: 800 − 500 = 300.
    assertThat(p.assets()).isEqualTo(Amount.ofYuan(8_500));
    assertThat(p.reserved()).isEqualTo(Amount.ofYuan(2_500));
    assertThat(p.restrictedNetAssets()).isEqualTo(Amount.ofYuan(300));
    assertThat(p.unrestrictedNetAssets()).isEqualTo(Amount.ofYuan(8_200));
    assertThat(p.liabilities().plus(p.netAssets())).isEqualTo(p.assets());
    assertThat(p.lines()).anyMatch(l -> l.contains("8,500.00"));
    // At an earlier time, the statement is that of the ledger then.
    assertThat(FinancialPosition.of(fund.ledger(), day(1)).assets()).isEqualTo(Amount.ofYuan(10_800));
  }

  @Test
  void theStatementOfActivitiesShowsIncomeBySourceAndSpendingByCategory() {
    Activities a = Activities.of(history().ledger(), T0, day(30));
    assertThat(a.income().get(Chart.crowdfunding(P1))).isEqualTo(Amount.ofYuan(800));
    assertThat(a.totalIncome()).isEqualTo(Amount.ofYuan(10_800));
    assertThat(a.spending().get(Chart.projectExpenses(Category.GARBAGE_SORTING)))
        .isEqualTo(Amount.ofYuan(2_200));
    assertThat(a.totalSpending()).isEqualTo(Amount.ofYuan(2_300));
  }

  @Test
  void eachProjectShowsGrantedPaidRemainingRefunded() {
    ProjectFunding line = ProjectFunding.of(history(), day(7)).get(0);
    assertThat(line.grant().amount()).isEqualTo(Amount.ofYuan(5_000));
    assertThat(line.paid()).isEqualTo(Amount.ofYuan(2_500));
    assertThat(line.remaining()).isEqualTo(Amount.ofYuan(2_500));
    assertThat(line.refunded()).isEqualTo(Amount.ofYuan(300));
    ProjectFunding before = ProjectFunding.of(history(), day(3)).get(0);
    assertThat(before.paid()).isEqualTo(Amount.ofYuan(2_000));
    assertThat(before.refunded()).isEqualTo(Amount.ZERO);
    assertThat(ProjectFunding.of(history(), day(1))).isEmpty();
  }
}
