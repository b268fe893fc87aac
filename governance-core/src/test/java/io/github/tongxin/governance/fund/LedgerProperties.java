package io.github.tongxin.governance.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of legal and illegal transfers (retries of old ids, reused ids, chains with a
 * failing member, over-spending, over-posting, over-refunds, unknown accounts, out-of-order
 * times), applied to the real ledger and to the naive {@link Auditor}; the invariants are checked
 * after every batch.
 */
class LedgerProperties {
  @Test
  void theLedgerAgreesWithTheAuditorAndKeepsItsInvariantsAfterEveryBatch() {
    qt().withExamples(400)
        .forAll(FundGenerators.batches())
        .checkAssert(
            batches -> {
              Ledger ledger = Ledger.of(FundGenerators.CHART);
              Auditor auditor = new Auditor(FundGenerators.CHART);
              for (List<Chain> batch : batches) {
                Ledger before = ledger;
                BatchResult result = ledger.apply(batch);
                ledger = result.ledger();
                List<String> expected = auditor.apply(batch);
                assertThat(result.results()).extracting(LedgerProperties::code)
                    .as("results of %s", batch).isEqualTo(expected);
                checkInvariants(ledger, auditor);
                checkFailedChainsLeaveNoTrace(before, ledger, batch, result);
                checkReplayChangesNothing(ledger, batch, result);
                assertThat(before.size()).isLessThanOrEqualTo(ledger.size());
              }
            });
  }

  private static void checkInvariants(Ledger ledger, Auditor auditor) {
    long debitsPosted = 0;
    long creditsPosted = 0;
    long debitsPending = 0;
    long creditsPending = 0;
    for (Account account : ledger.accounts()) {
      Balance b = ledger.balance(account.id());
      long[] expected = auditor.balance(account.id());
      assertThat(new long[] {b.debitsPending().fen(), b.debitsPosted().fen(),
              b.creditsPending().fen(), b.creditsPosted().fen()})
          .as("balance of %s", account.id()).containsExactly(expected);
      debitsPosted += b.debitsPosted().fen();
      creditsPosted += b.creditsPosted().fen();
      debitsPending += b.debitsPending().fen();
      creditsPending += b.creditsPending().fen();
      if (account.limit() == BalanceLimit.DEBITS_WITHIN_CREDITS) {
        assertThat(b.debitsPending().plus(b.debitsPosted())).isLessThanOrEqualTo(b.creditsPosted());
      }
      if (account.limit() == BalanceLimit.CREDITS_WITHIN_DEBITS) {
        assertThat(b.creditsPending().plus(b.creditsPosted())).isLessThanOrEqualTo(b.debitsPosted());
      }
      if (account.type() == AccountType.RESTRICTED_NET_ASSETS) {
        assertThat(b.posted(NormalBalance.CREDIT).isNegative()).as("restricted %s", account.id())
            .isFalse();
      }
    }
    assertThat(debitsPosted).isEqualTo(creditsPosted);
    assertThat(debitsPending).isEqualTo(creditsPending);
    assertThat(ledger.size()).isEqualTo(auditor.rows().size());
    // The balances are the fold of the entries (asOf the last time refolds them).
    if (ledger.size() > 0) {
      Ledger refolded = ledger.asOf(java.time.Instant.MAX);
      assertThat(refolded).isSameAs(ledger);
    }
  }

  /** Applying the batch is the same as applying only its fully recorded chains. */
  private static void checkFailedChainsLeaveNoTrace(
      Ledger before, Ledger after, List<Chain> batch, BatchResult result) {
    Ledger onlyRecorded = before.apply(recordedChains(batch, result)).ledger();
    assertThat(onlyRecorded.entries()).isEqualTo(after.entries());
    for (Account account : after.accounts()) {
      assertThat(onlyRecorded.balance(account.id())).isEqualTo(after.balance(account.id()));
    }
  }

  private static List<Chain> recordedChains(List<Chain> batch, BatchResult result) {
    List<Chain> recorded = new ArrayList<>();
    int k = 0;
    for (Chain chain : batch) {
      boolean all = true;
      for (int i = 0; i < chain.size(); i++) {
        all &= result.results().get(k + i).isRecorded();
      }
      if (all) {
        recorded.add(chain);
      }
      k += chain.size();
    }
    return recorded;
  }

  private static void checkReplayChangesNothing(Ledger ledger, List<Chain> batch, BatchResult result) {
    List<Chain> recorded = recordedChains(batch, result);
    BatchResult replay = ledger.apply(recorded);
    assertThat(replay.ledger()).isSameAs(ledger);
    assertThat(replay.results()).allMatch(r -> r instanceof TransferResult.Exists);
  }

  static String code(TransferResult result) {
    return result instanceof TransferResult.Refused refused
        ? refused.violation().code().code()
        : result.getClass().getSimpleName();
  }
}
