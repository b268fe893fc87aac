package io.github.tongxin.governance.fund;

import static io.github.tongxin.governance.fund.GrantsAndRestrictedMoneyTest.P1;
import static io.github.tongxin.governance.fund.GrantsAndRestrictedMoneyTest.T0;
import static io.github.tongxin.governance.fund.GrantsAndRestrictedMoneyTest.day;
import static io.github.tongxin.governance.fund.GrantsAndRestrictedMoneyTest.funded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.ActorId;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectEvent;
import io.github.tongxin.governance.project.ProjectId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value semantics and null handling of the fund package's values, factories and commands. */
class FundValuesTest {
  private static final AccountId BANK = Chart.BANK;
  private static final AccountId GIFTS = Chart.ENTERPRISE_DONATIONS;
  private static final TransferId GIFT = TransferId.of("gift-1");
  private static final Entry ENTRY = Entry.of(BANK, GIFTS, Amount.ofYuan(5), TransferCode.DONATION);

  /** A fund with a grant, a campaign and a restricted gift, so commands reach their ledger. */
  private static Fund busyFund() {
    return funded(10_000)
        .approveGrant(P1, Category.GARBAGE_SORTING, Amount.ofYuan(1_000), day(1)).valueOrThrow()
        .payTranche(P1, 1, Amount.ofYuan(100), day(2)).valueOrThrow()
        .openCampaign(
            new Campaign(P1, Amount.ofYuan(500), day(30), CampaignRule.KEEP_WHAT_YOU_RAISE),
            Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .contribute(P1, TransferId.of("c1"), Amount.ofYuan(50), day(3)).valueOrThrow()
        .restrict(RestrictionId.of("R1"), new Purpose.ForCategory(Category.OTHER),
            Leftover.TRANSFER_TO_SIMILAR_PURPOSE).valueOrThrow();
  }

  private static NullPointerTester tester() {
    Ledger ledger = Ledger.of(Chart.communityFund());
    return new NullPointerTester()
        .setDefault(AccountId.class, GIFTS)
        .setDefault(TransferId.class, GIFT)
        .setDefault(RestrictionId.class, RestrictionId.of(P1.value()))
        .setDefault(ProjectId.class, P1)
        .setDefault(Category.class, Category.GARBAGE_SORTING)
        .setDefault(Amount.class, Amount.ofYuan(1))
        .setDefault(Instant.class, day(40))
        .setDefault(LocalDate.class, LocalDate.of(2025, 3, 1))
        .setDefault(Year.class, Year.of(2025))
        .setDefault(ZoneId.class, ZoneId.of("Asia/Shanghai"))
        .setDefault(String.class, "x")
        .setDefault(int.class, 1)
        .setDefault(Account.class, Chart.restricted("R9", "x"))
        .setDefault(Entry.class, ENTRY)
        .setDefault(Transfer.class, Transfer.posted(GIFT, ENTRY, T0))
        .setDefault(Chain.class, Chain.of(Transfer.posted(GIFT, ENTRY, T0)))
        .setDefault(Ledger.class, ledger)
        .setDefault(Fund.class, busyFund())
        .setDefault(Grant.class,
            new Grant(P1, Category.OTHER, Amount.ofYuan(1), ImmutableList.of()))
        .setDefault(Campaign.class,
            new Campaign(ProjectId.of("P9"), Amount.ofYuan(1), day(9), CampaignRule.ALL_OR_NOTHING))
        .setDefault(Purpose.class, new Purpose.ForProject(P1))
        .setDefault(Violation.class, Violation.of(FundCode.ID_REUSED, "x"))
        .setDefault(Balance.class, Balance.ZERO)
        .setDefault(YearFigures.class, YearFigures.of(ledger, Year.of(2025), ZoneId.of("UTC")))
        .setDefault(ComplianceRules.class, ComplianceRules.CHARITY_LAW)
        .setDefault(ProjectEvent.GrantRequested.class,
            new ProjectEvent.GrantRequested(P1, ActorId.of("a"), day(40), Amount.ofYuan(1_000)))
        .setDefault(ProjectEvent.CrowdfundingOpened.class,
            new ProjectEvent.CrowdfundingOpened(P1, ActorId.of("a"), day(40), Amount.ofYuan(1)));
  }

  @Test
  void factoriesAndConstructorsRejectNulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            AccountId.class, TransferId.class, RestrictionId.class, Account.class, Entry.class,
            Transfer.class, Transfer.Posted.class, Transfer.Pending.class,
            Transfer.PostPending.class, Transfer.VoidPending.class, Transfer.Reversal.class,
            Transfer.Refund.class, TransferResult.Created.class, TransferResult.Exists.class,
            TransferResult.Refused.class, Chain.class, BatchResult.class, LedgerEntry.class,
            Balance.class, Ledger.class, Chart.class, Grant.class, Campaign.class,
            Restriction.class, Purpose.ForProject.class, Purpose.ForCategory.class,
            Disclosure.class, Fund.class, ComplianceRules.class, ComplianceReport.class,
            YearFigures.class, OverdueReport.class, OverdueReport.Schedule.class,
            FinancialPosition.class, Activities.class, ProjectFunding.class, Beancount.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
  }

  @Test
  void commandsAndQueriesRejectNulls() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(Fund.open());
    tester.testAllPublicInstanceMethods(busyFund());
    tester.testAllPublicInstanceMethods(busyFund().ledger());
    tester.testAllPublicInstanceMethods(Ledger.empty());
    tester.testAllPublicInstanceMethods(Balance.ZERO);
    tester.testAllPublicInstanceMethods(new Purpose.ForProject(P1));
    tester.testAllPublicInstanceMethods(new Purpose.ForCategory(Category.OTHER));
  }

  @Test
  void callerMistakesThrowEvenWhenABusinessRuleWouldRefuse() {
    Fund empty = Fund.open();
    assertThatThrownBy(() -> empty.payTranche(P1, 0, Amount.ofYuan(1), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number must be positive: 0");
    assertThatThrownBy(() -> empty.payTranche(P1, 1, Amount.ofFen(-1), RestrictionId.of("R1"), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be positive: -0.01");
    assertThatThrownBy(() -> empty.contribute(P1, GIFT, Amount.ZERO, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be positive: 0.00");
    assertThatThrownBy(
            () -> empty.transferLeftover(RestrictionId.of("R1"), RestrictionId.of("R1"), "x", T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to must differ from id: R1");
  }

  @Test
  void valueSemantics() {
    new EqualsTester()
        .addEqualityGroup(AccountId.of("assets:bank"), BANK, new AccountId("assets:bank"))
        .addEqualityGroup(GIFTS)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(TransferId.of("t1"), new TransferId("t1"))
        .addEqualityGroup(TransferId.of("t2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RestrictionId.of("R1"), new RestrictionId("R1"))
        .addEqualityGroup(RestrictionId.of("R2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Account.of(BANK, AccountType.ASSET, BalanceLimit.CREDITS_WITHIN_DEBITS, "bank"),
            new Account(BANK, AccountType.ASSET, BalanceLimit.CREDITS_WITHIN_DEBITS, "bank"))
        .addEqualityGroup(Account.of(BANK, AccountType.ASSET, BalanceLimit.NONE, "bank"))
        .addEqualityGroup(Account.of(BANK, AccountType.EXPENSE, BalanceLimit.NONE, "bank"))
        .addEqualityGroup(Account.of(BANK, AccountType.ASSET, BalanceLimit.NONE, "cash"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ENTRY, Entry.of(BANK, GIFTS, Amount.parse("5.00"), TransferCode.DONATION))
        .addEqualityGroup(Entry.of(GIFTS, BANK, Amount.ofYuan(5), TransferCode.DONATION))
        .addEqualityGroup(Entry.of(BANK, GIFTS, Amount.ofYuan(6), TransferCode.DONATION))
        .addEqualityGroup(Entry.of(BANK, GIFTS, Amount.ofYuan(5), TransferCode.OTHER))
        .testEquals();
    TransferId pending = TransferId.of("grant:P1");
    new EqualsTester()
        .addEqualityGroup(Transfer.posted(GIFT, ENTRY, T0), new Transfer.Posted(GIFT, ENTRY, T0))
        .addEqualityGroup(Transfer.pending(GIFT, ENTRY, T0))
        .addEqualityGroup(Transfer.posted(GIFT, ENTRY, day(1)))
        .addEqualityGroup(Transfer.posted(TransferId.of("gift-2"), ENTRY, T0))
        .addEqualityGroup(Transfer.postPending(GIFT, pending, Amount.ofYuan(1), T0))
        .addEqualityGroup(Transfer.postPending(GIFT, pending, Amount.ofYuan(2), T0))
        .addEqualityGroup(Transfer.voidPending(GIFT, pending, T0))
        .addEqualityGroup(Transfer.reversal(GIFT, pending, Amount.ofYuan(1), T0))
        .addEqualityGroup(Transfer.refund(GIFT, pending, Amount.ofYuan(1), T0))
        .testEquals();
    Transfer one = Transfer.posted(GIFT, ENTRY, T0);
    Transfer two = Transfer.posted(TransferId.of("gift-2"), ENTRY, T0);
    new EqualsTester()
        .addEqualityGroup(Chain.of(one, two), Chain.copyOf(List.of(one, two)),
            new Chain(ImmutableList.of(one, two)))
        .addEqualityGroup(Chain.of(two, one))
        .addEqualityGroup(Chain.of(one), Chain.eachAlone(List.of(one)).get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new TransferResult.Created(GIFT))
        .addEqualityGroup(new TransferResult.Exists(GIFT))
        .addEqualityGroup(new TransferResult.Refused(GIFT, Violation.of(FundCode.ID_REUSED, "x")))
        .addEqualityGroup(
            new TransferResult.Refused(GIFT, Violation.of(FundCode.LINKED_EVENT_FAILED, "x")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Balance.ZERO,
            new Balance(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO))
        .addEqualityGroup(new Balance(Amount.ofFen(1), Amount.ZERO, Amount.ZERO, Amount.ZERO))
        .addEqualityGroup(new Balance(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ofFen(1)))
        .testEquals();
    TransferId tranche = TransferId.of("grant:P001:tranche:1");
    new EqualsTester()
        .addEqualityGroup(
            new Grant(P1, Category.OTHER, Amount.ofYuan(1), ImmutableList.of(tranche)),
            new Grant(P1, Category.OTHER, Amount.ofYuan(1), ImmutableList.copyOf(List.of(tranche))))
        .addEqualityGroup(new Grant(P1, Category.OTHER, Amount.ofYuan(1), ImmutableList.of()))
        .addEqualityGroup(
            new Grant(P1, Category.GARBAGE_SORTING, Amount.ofYuan(1), ImmutableList.of()))
        .addEqualityGroup(new Grant(P1, Category.OTHER, Amount.ofYuan(2), ImmutableList.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Campaign(P1, Amount.ofYuan(1), T0, CampaignRule.ALL_OR_NOTHING),
            new Campaign(P1, Amount.parse("1"), T0, CampaignRule.ALL_OR_NOTHING))
        .addEqualityGroup(new Campaign(P1, Amount.ofYuan(1), T0, CampaignRule.KEEP_WHAT_YOU_RAISE))
        .addEqualityGroup(new Campaign(P1, Amount.ofYuan(1), day(1), CampaignRule.ALL_OR_NOTHING))
        .addEqualityGroup(new Campaign(P1, Amount.ofYuan(2), T0, CampaignRule.ALL_OR_NOTHING))
        .testEquals();
    RestrictionId r1 = RestrictionId.of("R1");
    new EqualsTester()
        .addEqualityGroup(
            new Restriction(r1, new Purpose.ForProject(P1), Leftover.RETURN_TO_CONTRIBUTORS,
                ImmutableList.of(GIFT)),
            new Restriction(r1, new Purpose.ForProject(P1), Leftover.RETURN_TO_CONTRIBUTORS,
                ImmutableList.copyOf(List.of(GIFT))))
        .addEqualityGroup(
            new Restriction(r1, new Purpose.ForProject(P1), Leftover.RETURN_TO_CONTRIBUTORS,
                ImmutableList.of()))
        .addEqualityGroup(
            new Restriction(r1, new Purpose.ForCategory(Category.OTHER),
                Leftover.RETURN_TO_CONTRIBUTORS, ImmutableList.of()))
        .addEqualityGroup(
            new Restriction(r1, new Purpose.ForProject(P1), Leftover.TRANSFER_TO_SIMILAR_PURPOSE,
                ImmutableList.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Purpose.ForProject(P1), new Purpose.ForProject(ProjectId.of("P001")))
        .addEqualityGroup(new Purpose.ForProject(ProjectId.of("P002")))
        .addEqualityGroup(new Purpose.ForCategory(Category.OTHER))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Disclosure(r1, RestrictionId.of("R2"), Amount.ofYuan(1), "decided"))
        .addEqualityGroup(new Disclosure(r1, RestrictionId.of("R3"), Amount.ofYuan(1), "decided"))
        .addEqualityGroup(new Disclosure(r1, RestrictionId.of("R2"), Amount.ofYuan(1), "other"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ComplianceRules.CHARITY_LAW,
            new ComplianceRules(70, 10, ComplianceRules.CHARITY_LAW.spendingSource(),
                ComplianceRules.CHARITY_LAW.managementSource()))
        .addEqualityGroup(new ComplianceRules(60, 10, "a", "b"))
        .testEquals();
    LocalDate start = LocalDate.of(2025, 1, 1);
    new EqualsTester()
        .addEqualityGroup(
            new OverdueReport.Schedule(P1, start, start.plusYears(1),
                ImmutableList.of(start.plusMonths(4), start.plusMonths(2))),
            new OverdueReport.Schedule(P1, start, start.plusYears(1),
                ImmutableList.of(start.plusMonths(2), start.plusMonths(4))))
        .addEqualityGroup(
            new OverdueReport.Schedule(P1, start, start.plusYears(1), ImmutableList.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new OverdueReport(P1, start, 3), new OverdueReport(P1, start, 3))
        .addEqualityGroup(new OverdueReport(P1, start, 4))
        .testEquals();
    Ledger ledger = Ledger.of(Chart.communityFund());
    new EqualsTester()
        .addEqualityGroup(
            YearFigures.of(ledger, Year.of(2025), ZoneId.of("UTC")),
            new YearFigures(Year.of(2025), Amount.ZERO, Amount.ZERO, Amount.ZERO))
        .addEqualityGroup(new YearFigures(Year.of(2024), Amount.ZERO, Amount.ZERO, Amount.ZERO))
        .testEquals();
    assertThat(busyFund().ledger().entries()).isEqualTo(busyFund().ledger().entries());
  }
}
