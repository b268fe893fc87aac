package io.github.tongxin.governance.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's rules, one example each, at their boundaries. */
class LedgerTest {
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  static final AccountId BANK = Chart.BANK;
  static final AccountId GIFTS = Chart.ENTERPRISE_DONATIONS;
  static final AccountId SPEND = Chart.projectExpenses(Category.GARBAGE_SORTING).id();

  static TransferId id(String value) {
    return TransferId.of(value);
  }

  static Transfer.Posted post(String id, AccountId debit, AccountId credit, long yuan) {
    return Transfer.posted(id(id), Entry.of(debit, credit, Amount.ofYuan(yuan), TransferCode.OTHER), T0);
  }

  static Ledger funded(long yuan) {
    BatchResult r = Ledger.of(Chart.communityFund()).apply(post("seed", BANK, GIFTS, yuan));
    assertThat(r.isAllRecorded()).isTrue();
    return r.ledger();
  }

  static String code(TransferResult result) {
    return result instanceof TransferResult.Refused refused
        ? refused.violation().code().code()
        : result.getClass().getSimpleName();
  }

  @Test
  void aPostedTransferDebitsOneAccountAndCreditsTheOther() {
    Ledger empty = Ledger.of(Chart.communityFund());
    BatchResult r = empty.apply(post("gift-1", BANK, GIFTS, 500));
    assertThat(r.results()).containsExactly(new TransferResult.Created(id("gift-1")));
    assertThat(r.ledger().posted(BANK)).isEqualTo(Amount.ofYuan(500));
    assertThat(r.ledger().posted(GIFTS)).isEqualTo(Amount.ofYuan(500));
    assertThat(r.ledger().balance(BANK).debitsPosted()).isEqualTo(Amount.ofYuan(500));
    assertThat(r.ledger().size()).isEqualTo(1);
    // The old ledger is a value: unchanged.
    assertThat(empty.posted(BANK)).isEqualTo(Amount.ZERO);
    assertThat(empty.size()).isZero();
    assertThat(empty.find(id("gift-1"))).isEmpty();
  }

  @Test
  void theSameIdAndContentAgainExistsAndChangesNothing() {
    Ledger ledger = funded(100);
    BatchResult again = ledger.apply(post("seed", BANK, GIFTS, 100));
    assertThat(again.results()).containsExactly(new TransferResult.Exists(id("seed")));
    assertThat(again.ledger()).isSameAs(ledger);
  }

  @Test
  void theSameIdWithOtherContentIsRefused() {
    Ledger ledger = funded(100);
    BatchResult other = ledger.apply(post("seed", BANK, GIFTS, 101));
    assertThat(code(other.results().get(0))).isEqualTo("ID_REUSED");
    assertThat(other.ledger()).isSameAs(ledger);
  }

  @Test
  void theCashLimitCountsPendingDebitsPessimistically() {
    Ledger ledger = funded(100);
    // Spending exactly the balance is fine; one fen more is refused.
    assertThat(ledger.apply(post("all", SPEND, BANK, 100)).isAllRecorded()).isTrue();
    Transfer oneFenMore = Transfer.posted(id("more"),
        Entry.of(SPEND, BANK, Amount.ofFen(10_001), TransferCode.GRANT), T0);
    assertThat(code(ledger.apply(oneFenMore).results().get(0))).isEqualTo("LIMIT_EXCEEDED");
    // A reservation of 60 leaves 40 to spend.
    Ledger reserved = ledger.apply(Transfer.pending(id("grant"),
        Entry.of(SPEND, BANK, Amount.ofYuan(60), TransferCode.GRANT), T0)).ledger();
    assertThat(code(reserved.apply(post("x", SPEND, BANK, 41)).results().get(0)))
        .isEqualTo("LIMIT_EXCEEDED");
    assertThat(reserved.apply(post("x", SPEND, BANK, 40)).isAllRecorded()).isTrue();
  }

  @Test
  void aChainIsAllOrNothingAndTheFirstFailureNamesItsReason() {
    Ledger ledger = funded(100);
    Chain chain = Chain.of(post("a", SPEND, BANK, 50), post("b", SPEND, BANK, 60), post("c", SPEND, BANK, 1));
    BatchResult r = ledger.apply(chain);
    assertThat(r.results()).extracting(LedgerTest::code)
        .containsExactly("LINKED_EVENT_FAILED", "LIMIT_EXCEEDED", "LINKED_EVENT_FAILED");
    assertThat(r.ledger()).isSameAs(ledger);
    assertThat(r.ledger().find(id("a"))).isEmpty();
    // A later chain in the same batch may reuse the failed ids.
    BatchResult batch = ledger.apply(List.of(chain, Chain.of(post("a", SPEND, BANK, 50))));
    assertThat(batch.results()).extracting(LedgerTest::code).containsExactly(
        "LINKED_EVENT_FAILED", "LIMIT_EXCEEDED", "LINKED_EVENT_FAILED", "Created");
    assertThat(batch.ledger().posted(BANK)).isEqualTo(Amount.ofYuan(50));
  }

  @Test
  void pendingTransfersPostInTranchesAndResolveAtMostOnce() {
    Ledger ledger = funded(1_000).apply(Transfer.pending(id("g"),
        Entry.of(SPEND, BANK, Amount.ofYuan(300), TransferCode.GRANT), T0)).ledger();
    assertThat(ledger.balance(BANK).creditsPending()).isEqualTo(Amount.ofYuan(300));
    BatchResult t1 = ledger.apply(Transfer.postPending(id("t1"), id("g"), Amount.ofYuan(100), T0));
    assertThat(t1.isAllRecorded()).isTrue();
    Ledger afterT1 = t1.ledger();
    assertThat(afterT1.reserved(id("g"))).isEqualTo(Amount.ofYuan(200));
    assertThat(afterT1.posted(BANK)).isEqualTo(Amount.ofYuan(900));
    // A tranche larger than what is left is refused; exactly what is left resolves it.
    assertThat(code(afterT1.apply(Transfer.postPending(id("t2"), id("g"), Amount.ofFen(20_001), T0))
        .results().get(0))).isEqualTo("EXCEEDS_PENDING");
    Ledger full = afterT1.apply(Transfer.postPending(id("t2"), id("g"), Amount.ofYuan(200), T0)).ledger();
    assertThat(full.reserved(id("g"))).isEqualTo(Amount.ZERO);
    assertThat(code(full.apply(Transfer.voidPending(id("v"), id("g"), T0)).results().get(0)))
        .isEqualTo("PENDING_RESOLVED");
    // Voiding after one tranche releases the remainder, once.
    Ledger voided = afterT1.apply(Transfer.voidPending(id("v"), id("g"), T0)).ledger();
    assertThat(voided.balance(BANK).creditsPending()).isEqualTo(Amount.ZERO);
    assertThat(voided.posted(BANK)).isEqualTo(Amount.ofYuan(900));
    assertThat(voided.entry(voided.size() - 1).entry().amount()).isEqualTo(Amount.ofYuan(200));
    assertThat(code(voided.apply(Transfer.voidPending(id("v2"), id("g"), T0)).results().get(0)))
        .isEqualTo("PENDING_RESOLVED");
    assertThat(code(voided.apply(Transfer.postPending(id("t3"), id("g"), Amount.ofFen(1), T0))
        .results().get(0))).isEqualTo("PENDING_RESOLVED");
    assertThat(code(voided.apply(Transfer.postPending(id("t3"), id("seed"), Amount.ofFen(1), T0))
        .results().get(0))).isEqualTo("PENDING_UNKNOWN");
  }

  @Test
  void reversalsAndRefundsNeverReturnMoreThanTheOriginalMoved() {
    Ledger ledger = funded(1_000).apply(post("pay", SPEND, BANK, 300)).ledger();
    Ledger partly = ledger.apply(Transfer.refund(id("r1"), id("pay"), Amount.ofYuan(100), T0)).ledger();
    assertThat(partly.posted(BANK)).isEqualTo(Amount.ofYuan(800));
    assertThat(partly.returned(id("pay"))).isEqualTo(Amount.ofYuan(100));
    assertThat(code(partly.apply(Transfer.reversal(id("r2"), id("pay"), Amount.ofFen(20_001), T0))
        .results().get(0))).isEqualTo("EXCEEDS_ORIGINAL");
    Ledger all = partly.apply(Transfer.reversal(id("r2"), id("pay"), Amount.ofYuan(200), T0)).ledger();
    assertThat(all.posted(SPEND)).isEqualTo(Amount.ZERO);
    assertThat(all.entry(all.size() - 1).entry().code()).isEqualTo(TransferCode.CORRECTION);
    assertThat(code(all.apply(Transfer.reversal(id("r3"), id("r1"), Amount.ofFen(1), T0))
        .results().get(0))).isEqualTo("ORIGINAL_UNKNOWN");
  }

  @Test
  void unknownAccountsAndOutOfOrderTimesAreRefused() {
    Ledger ledger = funded(100);
    assertThat(code(ledger.apply(post("x", AccountId.of("nowhere"), BANK, 1)).results().get(0)))
        .isEqualTo("ACCOUNT_UNKNOWN");
    Ledger later = ledger.apply(Transfer.posted(id("later"),
        Entry.of(BANK, GIFTS, Amount.ofYuan(1), TransferCode.DONATION), T0.plusSeconds(60))).ledger();
    assertThat(code(later.apply(post("early", BANK, GIFTS, 1)).results().get(0)))
        .isEqualTo("OUT_OF_ORDER");
    assertThat(later.asOf(T0).size()).isEqualTo(1);
    assertThat(later.asOf(T0).posted(BANK)).isEqualTo(Amount.ofYuan(100));
    assertThat(later.asOf(T0.minusSeconds(1)).size()).isZero();
  }

  @Test
  void forkingALedgerKeepsBothBranchesApart() {
    Ledger base = funded(100);
    Ledger left = base.apply(post("l", SPEND, BANK, 10)).ledger();
    Ledger right = base.apply(post("r", SPEND, BANK, 20)).ledger();
    assertThat(left.find(id("r"))).isEmpty();
    assertThat(right.find(id("l"))).isEmpty();
    assertThat(left.posted(BANK)).isEqualTo(Amount.ofYuan(90));
    assertThat(right.posted(BANK)).isEqualTo(Amount.ofYuan(80));
    Ledger leftMore = left.apply(post("r", SPEND, BANK, 1)).ledger();
    assertThat(leftMore.posted(BANK)).isEqualTo(Amount.ofYuan(89));
    assertThat(right.entry(1).transfer().id()).isEqualTo(id("r"));
  }

  @Test
  void everyIdIsFoundAfterLargeBatchesAndForksWhileTheIdTableGrows() {
    // Batches large enough to resize the log's id table many times, a fork after every batch
    // (the fork copies the log), and a chain that fails in the middle of each batch.
    Ledger ledger = funded(1_000_000);
    int next = 0;
    for (int batch = 0; batch < 12; batch++) {
      List<Chain> chains = new java.util.ArrayList<>();
      for (int k = 0; k < 1_500; k++) {
        chains.add(Chain.of(post("t" + next++, SPEND, BANK, 1)));
        if (k == 700) {
          chains.add(Chain.copyOf(ImmutableList.of(
              post("doomed-" + batch, SPEND, BANK, 1),
              post("t0", SPEND, BANK, 2)))); // t0 with other content: the chain fails
        }
      }
      BatchResult result = ledger.apply(chains);
      Ledger fork = ledger.apply(post("fork-" + batch, SPEND, BANK, 1)).ledger();
      ledger = result.ledger();
      assertThat(fork.find(id("t" + (next - 1)))).isEmpty();
      assertThat(ledger.find(id("fork-" + batch))).isEmpty();
      assertThat(ledger.find(id("doomed-" + batch))).isEmpty();
    }
    for (int i = 0; i < next; i++) {
      assertThat(ledger.find(id("t" + i))).as("t%s", i).isPresent();
    }
    assertThat(ledger.size()).isEqualTo(1 + next);
    assertThat(ledger.posted(SPEND)).isEqualTo(Amount.ofYuan(next));
    BatchResult again = ledger.apply(post("t" + (next - 1), SPEND, BANK, 1));
    assertThat(again.results()).containsExactly(new TransferResult.Exists(id("t" + (next - 1))));
  }

  @Test
  void openingAccountsIsIdempotentAndConflictsAreCallerMistakes() {
    Ledger ledger = Ledger.of(Chart.communityFund());
    assertThat(ledger.open(Chart.communityFund())).isSameAs(ledger);
    Account clash = Account.of(BANK, AccountType.ASSET, BalanceLimit.NONE, "bank");
    assertThatThrownBy(() -> ledger.open(List.of(clash)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assets:bank");
    assertThatThrownBy(() -> ledger.balance(AccountId.of("nowhere")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    assertThatThrownBy(() -> Entry.of(BANK, BANK, Amount.ofFen(1), TransferCode.OTHER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assets:bank");
    assertThatThrownBy(() -> Entry.of(BANK, GIFTS, Amount.ZERO, TransferCode.OTHER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.00");
    assertThatThrownBy(() -> Chain.copyOf(ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class);
    new NullPointerTester().testAllPublicInstanceMethods(ledger);
    new NullPointerTester()
        .setDefault(Entry.class, Entry.of(BANK, GIFTS, Amount.ofFen(1), TransferCode.OTHER))
        .setDefault(Amount.class, Amount.ofFen(1))
        .setDefault(TransferId.class, TransferId.of("t"))
        .testAllPublicStaticMethods(Transfer.class);
  }

  @Test
  void manyAccountsSpanSeveralBalanceBlocks() {
    Ledger ledger = Ledger.of(Chart.communityFund());
    ImmutableList.Builder<Account> more = ImmutableList.builder();
    for (int i = 0; i < 40; i++) {
      more.add(Chart.restricted("G" + i, "gift " + i));
    }
    ledger = funded(1_000).open(more.build());
    for (int i = 0; i < 40; i++) {
      ledger = ledger.apply(post("r" + i, AccountId.of("net-assets:unrestricted"),
          AccountId.of("net-assets:restricted:G" + i), i + 1)).ledger();
    }
    assertThat(ledger.posted(AccountId.of("net-assets:restricted:G39"))).isEqualTo(Amount.ofYuan(40));
    assertThat(ledger.posted(Chart.UNRESTRICTED)).isEqualTo(Amount.ofYuan(-820));
  }

  @Test
  void idsOfAFailedChainAreFreeAgainLaterInTheSameBatch() {
    Ledger ledger = funded(100);
    Chain failing = Chain.of(post("a", BANK, GIFTS, 1), post("b", SPEND, BANK, 1_000));
    Chain other = Chain.of(post("a", BANK, GIFTS, 2), post("c", SPEND, BANK, 5));
    Chain retry = Chain.of(post("a", BANK, GIFTS, 2));
    Chain reused = Chain.of(post("b", BANK, GIFTS, 7), post("c", SPEND, BANK, 6));
    BatchResult r = ledger.apply(List.of(failing, other, retry, reused));
    assertThat(r.results().stream().map(LedgerTest::code).toList())
        .containsExactly("LINKED_EVENT_FAILED", "LIMIT_EXCEEDED", "Created", "Created", "Exists",
            "LINKED_EVENT_FAILED", "ID_REUSED");
    assertThat(r.ledger().size()).isEqualTo(3);
    assertThat(r.ledger().posted(BANK)).isEqualTo(Amount.ofYuan(97));
    assertThat(r.ledger().find(id("b"))).isEmpty();
  }
}
