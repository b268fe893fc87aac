package io.github.tongxin.governance.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.ActorId;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectEvent;
import io.github.tongxin.governance.project.ProjectId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Grants (two-phase), refunds, campaigns and restricted gifts, scenario by scenario. */
class GrantsAndRestrictedMoneyTest {
  static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
  static final ProjectId P1 = ProjectId.of("P001");
  static final ProjectId P2 = ProjectId.of("P002");
  static final AccountId GARBAGE = Chart.projectExpenses(Category.GARBAGE_SORTING).id();

  static Instant day(int n) {
    return T0.plusSeconds(86_400L * n);
  }

  static Fund funded(long yuan) {
    return Fund.open()
        .receive(TransferId.of("alloc"), Chart.GOVERNMENT, Amount.ofYuan(yuan),
            TransferCode.GOVERNMENT_ALLOCATION, T0)
        .valueOrThrow();
  }

  static String codes(Decision<?> decision) {
    return String.join(",", decision.violations().stream().map(Violation::code)
        .map(c -> c.code()).toList());
  }

  @Test
  void projectIdsOfTheFullSixtyFourCharactersGetGrantsAndCampaignsNameTheirLimit() {
    ProjectId longest = ProjectId.of("P" + "x".repeat(63));
    Fund fund = funded(10_000)
        .approveGrant(longest, Category.OTHER, Amount.ofYuan(6_000), day(1)).valueOrThrow()
        .payTranche(longest, 12, Amount.ofYuan(2_000), day(2)).valueOrThrow();
    assertThat(fund.ledger().find(TransferId.of("grant:" + longest.value() + ":tranche:12")))
        .isPresent();
    assertThat(new Campaign(ProjectId.of("P" + "x".repeat(39)), Amount.ofYuan(1), day(10),
        CampaignRule.ALL_OR_NOTHING).restriction().value()).hasSize(40);
    assertThatThrownBy(() -> new Campaign(ProjectId.of("P" + "x".repeat(40)), Amount.ofYuan(1),
            day(10), CampaignRule.ALL_OR_NOTHING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project of a campaign")
        .hasMessageContaining("P" + "x".repeat(40));
    assertThatThrownBy(() -> TransferId.of("t".repeat(TransferId.MAX_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transfer id must be 1..160");
  }

  @Test
  void aGrantReservesPaysTranchesAndCancelsTheRest() {
    Fund fund = funded(10_000)
        .approveGrant(P1, Category.GARBAGE_SORTING, Amount.ofYuan(6_000), day(1)).valueOrThrow();
    assertThat(fund.ledger().reserved(TransferId.of("grant:P001"))).isEqualTo(Amount.ofYuan(6_000));
    // The reservation blocks cash: a second grant of 4,000.01 does not fit.
    assertThat(codes(fund.approveGrant(P2, Category.OTHER, Amount.parse("4,000.01"), day(1))))
        .isEqualTo("LIMIT_EXCEEDED");
    fund = fund.payTranche(P1, 1, Amount.ofYuan(2_000), day(2)).valueOrThrow();
    fund = fund.payTranche(P1, 2, Amount.ofYuan(1_000), day(3)).valueOrThrow();
    assertThat(codes(fund.payTranche(P1, 3, Amount.parse("3,000.01"), day(4))))
        .isEqualTo("EXCEEDS_PENDING");
    fund = fund.cancelGrant(P1, day(5)).valueOrThrow();
    assertThat(fund.ledger().posted(Chart.BANK)).isEqualTo(Amount.ofYuan(7_000));
    assertThat(fund.ledger().posted(GARBAGE)).isEqualTo(Amount.ofYuan(3_000));
    assertThat(fund.ledger().balance(Chart.BANK).creditsPending()).isEqualTo(Amount.ZERO);
    // A grant resolves once: the same cancellation again is a no-op, another one is refused.
    assertThat(fund.cancelGrant(P1, day(5)).valueOrThrow()).isSameAs(fund);
    assertThat(codes(fund.cancelGrant(P1, day(6)))).isEqualTo("ID_REUSED");
    assertThat(codes(fund.payTranche(P1, 3, Amount.ofYuan(1), day(6)))).isEqualTo("PENDING_RESOLVED");
    assertThat(fund.grant(P1).orElseThrow().tranches()).hasSize(2);
    // Retrying an accepted tranche changes nothing.
    assertThat(fund.payTranche(P1, 1, Amount.ofYuan(2_000), day(2)).valueOrThrow()).isSameAs(fund);
    assertThat(codes(fund.payTranche(P1, 1, Amount.ofYuan(2_001), day(6)))).isEqualTo("ID_REUSED");
  }

  @Test
  void aRefundNeverReturnsMoreThanWasPaid() {
    Fund fund = funded(10_000)
        .approveGrant(P1, Category.GARBAGE_SORTING, Amount.ofYuan(6_000), day(1)).valueOrThrow()
        .payTranche(P1, 1, Amount.ofYuan(2_000), day(2)).valueOrThrow()
        .payTranche(P1, 2, Amount.ofYuan(1_000), day(3)).valueOrThrow();
    assertThat(codes(fund.refund(P1, 1, Amount.parse("3,000.01"), day(4))))
        .isEqualTo("REFUND_EXCEEDS_PAID");
    Fund refunded = fund.refund(P1, 1, Amount.ofYuan(2_500), day(4)).valueOrThrow();
    assertThat(refunded.ledger().posted(GARBAGE)).isEqualTo(Amount.ofYuan(500));
    assertThat(refunded.refund(P1, 1, Amount.ofYuan(2_500), day(4)).valueOrThrow()).isSameAs(refunded);
    assertThat(codes(refunded.refund(P1, 2, Amount.parse("500.01"), day(5))))
        .isEqualTo("REFUND_EXCEEDS_PAID");
    assertThat(refunded.refund(P1, 2, Amount.ofYuan(500), day(5)).valueOrThrow()
        .ledger().posted(GARBAGE)).isEqualTo(Amount.ZERO);
    assertThat(codes(Fund.open().refund(P1, 1, Amount.ofYuan(1), day(1)))).isEqualTo("GRANT_UNKNOWN");
  }

  @Test
  void theWorkflowsEventsFeedTheFund() {
    ProjectEvent.GrantRequested requested =
        new ProjectEvent.GrantRequested(P1, ActorId.of("chair"), day(1), Amount.ofYuan(3_000));
    Fund fund = funded(5_000).approveGrant(requested, Category.COMMUNITY_ENVIRONMENT).valueOrThrow();
    assertThat(fund.grant(P1).orElseThrow().amount()).isEqualTo(Amount.ofYuan(3_000));
    ProjectEvent.CrowdfundingOpened opened =
        new ProjectEvent.CrowdfundingOpened(P2, ActorId.of("chair"), day(1), Amount.ofYuan(800));
    fund = fund.openCampaign(opened, day(30), CampaignRule.KEEP_WHAT_YOU_RAISE,
        Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow();
    assertThat(fund.campaigns().get(P2).target()).isEqualTo(Amount.ofYuan(800));
  }

  @Test
  void anAllOrNothingCampaignsMoneyWaitsForTheClose() {
    Fund fund = funded(10_000)
        .openCampaign(new Campaign(P1, Amount.ofYuan(1_000), day(10), CampaignRule.ALL_OR_NOTHING),
            Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .contribute(P1, TransferId.of("c1"), Amount.ofYuan(1_000), day(1)).valueOrThrow()
        .approveGrant(P1, Category.GARBAGE_SORTING, Amount.ofYuan(1_500), day(3)).valueOrThrow();
    RestrictionId campaign = RestrictionId.of("P001");
    assertThat(codes(fund.payTranche(P1, 1, Amount.ofYuan(100), campaign, day(4))))
        .isEqualTo("CAMPAIGN_OPEN");
    Fund closed = fund.closeCampaign(P1, day(10)).valueOrThrow();
    assertThat(closed.payTranche(P1, 1, Amount.ofYuan(100), campaign, day(11)).isAccepted()).isTrue();
  }

  @Test
  void aRefundOfRestrictedMoneyGoesBackUnderItsRestriction() {
    RestrictionId gift = RestrictionId.of("gift-1");
    Fund fund = funded(1_000)
        .restrict(gift, new Purpose.ForProject(P1), Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .giveRestricted(gift, TransferId.of("g1"), Chart.ENTERPRISE_DONATIONS, Amount.ofYuan(500), T0)
        .valueOrThrow()
        .approveGrant(P1, Category.OTHER, Amount.ofYuan(800), day(1)).valueOrThrow()
        .payTranche(P1, 1, Amount.ofYuan(400), gift, day(2)).valueOrThrow()
        .payTranche(P1, 2, Amount.ofYuan(300), day(3)).valueOrThrow();
    assertThat(fund.restricted(gift)).isEqualTo(Amount.ofYuan(100));
    // 450 back: 400 of the restricted tranche (re-restricted), then 50 of the unrestricted one.
    Fund refunded = fund.refund(P1, 1, Amount.ofYuan(450), day(4)).valueOrThrow();
    assertThat(refunded.restricted(gift)).isEqualTo(Amount.ofYuan(500));
    assertThat(refunded.ledger().posted(Chart.BANK)).isEqualTo(Amount.ofYuan(1_250));
    assertThat(refunded.refund(P1, 1, Amount.ofYuan(450), day(4)).valueOrThrow()).isSameAs(refunded);
  }

  @Test
  void restrictedMoneyPaysOnlyItsPurposeAndReleasesTheRestrictionInTheSameChain() {
    Fund fund = funded(10_000)
        .openCampaign(new Campaign(P1, Amount.ofYuan(1_000), day(10), CampaignRule.KEEP_WHAT_YOU_RAISE),
            Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .contribute(P1, TransferId.of("c1"), Amount.ofYuan(600), day(1)).valueOrThrow()
        .contribute(P1, TransferId.of("c2"), Amount.ofYuan(500), day(2)).valueOrThrow()
        .approveGrant(P1, Category.GARBAGE_SORTING, Amount.ofYuan(1_500), day(3)).valueOrThrow()
        .approveGrant(P2, Category.GARBAGE_SORTING, Amount.ofYuan(100), day(3)).valueOrThrow();
    RestrictionId campaign = RestrictionId.of("P001");
    assertThat(fund.restricted(campaign)).isEqualTo(Amount.ofYuan(1_100));
    assertThat(codes(fund.payTranche(P2, 1, Amount.ofYuan(100), campaign, day(4))))
        .isEqualTo("WRONG_PURPOSE");
    assertThat(codes(fund.payTranche(P1, 1, Amount.parse("1,100.01"), campaign, day(4))))
        .isEqualTo("LIMIT_EXCEEDED");
    // The failed chain left no trace: the tranche id is still free.
    assertThat(fund.ledger().find(TransferId.of("grant:P001:tranche:1"))).isEmpty();
    Fund paid = fund.payTranche(P1, 1, Amount.ofYuan(1_000), campaign, day(4)).valueOrThrow();
    assertThat(paid.restricted(campaign)).isEqualTo(Amount.ofYuan(100));
    assertThat(paid.ledger().posted(Chart.UNRESTRICTED)).isEqualTo(Amount.ofYuan(-100));
    // Contributions after the deadline are refused.
    assertThat(codes(paid.contribute(P1, TransferId.of("c3"), Amount.ofYuan(1), day(10))))
        .isEqualTo("CAMPAIGN_CLOSED");
    // The leftover 100 goes back by allocate, in proportion to 600 : 500.
    Fund settled = paid.returnLeftover(campaign, day(20)).valueOrThrow();
    assertThat(settled.restricted(campaign)).isEqualTo(Amount.ZERO);
    assertThat(settled.ledger().find(TransferId.of("leftover:c1")).orElseThrow().entry().amount())
        .isEqualTo(Amount.parse("54.55"));
    assertThat(settled.ledger().find(TransferId.of("leftover:c2")).orElseThrow().entry().amount())
        .isEqualTo(Amount.parse("45.45"));
    assertThat(codes(settled.returnLeftover(campaign, day(21)))).isEqualTo("NOTHING_LEFT");
  }

  @Test
  void anAllOrNothingCampaignBelowTargetReturnsEveryContribution() {
    Fund fund = funded(100)
        .openCampaign(new Campaign(P1, Amount.ofYuan(1_000), day(10), CampaignRule.ALL_OR_NOTHING),
            Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .contribute(P1, TransferId.of("c1"), Amount.ofYuan(600), day(1)).valueOrThrow()
        .contribute(P1, TransferId.of("c2"), Amount.parse("399.99"), day(2)).valueOrThrow();
    assertThat(codes(fund.closeCampaign(P1, day(9)))).isEqualTo("CAMPAIGN_OPEN");
    Fund closed = fund.closeCampaign(P1, day(10)).valueOrThrow();
    assertThat(closed.isClosed(RestrictionId.of("P001"))).isTrue();
    assertThat(closed.restricted(RestrictionId.of("P001"))).isEqualTo(Amount.ZERO);
    assertThat(closed.ledger().posted(Chart.BANK)).isEqualTo(Amount.ofYuan(100));
    assertThat(closed.ledger().posted(AccountId.of("income:crowdfunding:P001"))).isEqualTo(Amount.ZERO);
    assertThat(closed.closeCampaign(P1, day(11)).valueOrThrow()).isSameAs(closed);
    // At the target exactly, the money stays.
    Fund reached = fund.contribute(P1, TransferId.of("c3"), Amount.ofFen(1), day(3)).valueOrThrow()
        .closeCampaign(P1, day(10)).valueOrThrow();
    assertThat(reached.restricted(RestrictionId.of("P001"))).isEqualTo(Amount.ofYuan(1_000));
  }

  @Test
  void aRestrictedGiftForACategoryMovesItsLeftoverByDisclosedDecision() {
    RestrictionId gift = RestrictionId.of("gift-1");
    RestrictionId other = RestrictionId.of("gift-2");
    Fund fund = funded(1_000)
        .restrict(gift, new Purpose.ForCategory(Category.GARBAGE_SORTING),
            Leftover.TRANSFER_TO_SIMILAR_PURPOSE).valueOrThrow()
        .restrict(other, new Purpose.ForCategory(Category.GARBAGE_SORTING),
            Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .giveRestricted(gift, TransferId.of("g1"), Chart.ENTERPRISE_DONATIONS, Amount.ofYuan(500), T0)
        .valueOrThrow()
        .approveGrant(P1, Category.GARBAGE_SORTING, Amount.ofYuan(400), day(1)).valueOrThrow()
        .payTranche(P1, 1, Amount.ofYuan(400), gift, day(2)).valueOrThrow();
    assertThat(codes(fund.returnLeftover(gift, day(3)))).isEqualTo("WRONG_PURPOSE");
    Fund moved = fund.transferLeftover(gift, other, "理事会决议2025-3号，已公示", day(3)).valueOrThrow();
    assertThat(moved.restricted(other)).isEqualTo(Amount.ofYuan(100));
    assertThat(moved.disclosures()).containsExactly(
        new Disclosure(gift, other, Amount.ofYuan(100), "理事会决议2025-3号，已公示"));
    assertThatThrownBy(() -> fund.transferLeftover(gift, other, " ", day(3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(codes(fund.restrict(gift, new Purpose.ForProject(P1), Leftover.TRANSFER_TO_SIMILAR_PURPOSE)))
        .isEqualTo("RESTRICTION_EXISTS");
  }

  @Test
  void unrestrictedPaymentsNeverSpendRestrictedCash() {
    RestrictionId gift = RestrictionId.of("gift-1");
    Fund fund = funded(100)
        .restrict(gift, new Purpose.ForProject(P1), Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .giveRestricted(gift, TransferId.of("g1"), Chart.ENTERPRISE_DONATIONS, Amount.ofYuan(500), T0)
        .valueOrThrow()
        .approveGrant(P1, Category.OTHER, Amount.ofYuan(150), day(1)).valueOrThrow();
    // Cash at bank is 600, of which 500 is restricted: 100 is free for any purpose.
    assertThat(codes(fund.payTranche(P1, 1, Amount.parse("100.01"), day(2))))
        .isEqualTo("UNRESTRICTED_SHORT");
    assertThat(codes(fund.payManagementCost(TransferId.of("m1"), Amount.parse("100.01"), day(2))))
        .isEqualTo("UNRESTRICTED_SHORT");
    Fund paid = fund.payTranche(P1, 1, Amount.ofYuan(100), day(2)).valueOrThrow();
    assertThat(codes(paid.payManagementCost(TransferId.of("m1"), Amount.ofFen(1), day(3))))
        .isEqualTo("UNRESTRICTED_SHORT");
    // The restricted money pays its own purpose, releasing the restriction as it goes.
    Fund spent = paid.payTranche(P1, 2, Amount.ofYuan(50), gift, day(3)).valueOrThrow();
    assertThat(spent.restricted(gift)).isEqualTo(Amount.ofYuan(450));
    assertThat(spent.ledger().posted(Chart.BANK)).isEqualTo(Amount.ofYuan(450));
  }

  @Test
  void aTranchePaidFromUnrestrictedMoneyIsNotPaidAgainFromARestrictedFund() {
    RestrictionId gift = RestrictionId.of("gift-1");
    Fund fund = funded(1_000)
        .restrict(gift, new Purpose.ForProject(P1), Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .giveRestricted(gift, TransferId.of("g1"), Chart.ENTERPRISE_DONATIONS, Amount.ofYuan(500), T0)
        .valueOrThrow()
        .approveGrant(P1, Category.OTHER, Amount.ofYuan(600), day(1)).valueOrThrow()
        .payTranche(P1, 1, Amount.ofYuan(100), day(2)).valueOrThrow();
    // The same tranche "again", now from the gift: the payment exists, so nothing is spent, and
    // the restriction must not be released for money the gift never paid.
    assertThat(codes(fund.payTranche(P1, 1, Amount.ofYuan(100), gift, day(2))))
        .isEqualTo("ID_REUSED");
    assertThat(fund.payTranche(P1, 1, Amount.ofYuan(100), day(2)).valueOrThrow()).isSameAs(fund);
    Fund fromGift = fund.payTranche(P1, 2, Amount.ofYuan(100), gift, day(3)).valueOrThrow();
    assertThat(fromGift.payTranche(P1, 2, Amount.ofYuan(100), gift, day(3)).valueOrThrow())
        .isSameAs(fromGift);
    assertThat(fromGift.restricted(gift)).isEqualTo(Amount.ofYuan(400));
  }

  @Test
  void aSettledRestrictedFundTakesNoMoreGifts() {
    RestrictionId gift = RestrictionId.of("gift-1");
    Fund settled = funded(1_000)
        .restrict(gift, new Purpose.ForProject(P1), Leftover.RETURN_TO_CONTRIBUTORS).valueOrThrow()
        .giveRestricted(gift, TransferId.of("g1"), Chart.ENTERPRISE_DONATIONS, Amount.ofYuan(500), T0)
        .valueOrThrow()
        .returnLeftover(gift, day(1)).valueOrThrow();
    assertThat(settled.isClosed(gift)).isTrue();
    assertThat(codes(settled.giveRestricted(gift, TransferId.of("g2"), Chart.ENTERPRISE_DONATIONS,
        Amount.ofYuan(5), day(2)))).isEqualTo("CAMPAIGN_CLOSED");
  }
}
