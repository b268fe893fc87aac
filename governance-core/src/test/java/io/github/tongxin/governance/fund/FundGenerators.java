package io.github.tongxin.governance.fund;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.money.Amount;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of the fund package: random legal and illegal transfers, chains and batches. */
final class FundGenerators {
  static final AccountId BANK = Chart.BANK;
  static final AccountId GIFTS = Chart.ENTERPRISE_DONATIONS;
  static final AccountId SPEND = Chart.MANAGEMENT;
  static final AccountId FREE = Chart.UNRESTRICTED;
  static final AccountId RESTRICTED = AccountId.of("net-assets:restricted:R1");
  static final AccountId NOWHERE = AccountId.of("nowhere");

  /** The accounts of the model: cash never below zero, a restricted fund never below zero. */
  static final ImmutableList<Account> CHART =
      ImmutableList.<Account>builder()
          .addAll(Chart.communityFund())
          .add(Chart.restricted("R1", "project R1"))
          .build();

  /** Debit/credit pairs: income, spending, restricting, releasing, an unknown account. */
  private static final List<AccountId[]> PAIRS =
      List.of(
          new AccountId[] {BANK, GIFTS},
          new AccountId[] {BANK, GIFTS},
          new AccountId[] {SPEND, BANK},
          new AccountId[] {SPEND, BANK},
          new AccountId[] {FREE, RESTRICTED},
          new AccountId[] {RESTRICTED, FREE},
          new AccountId[] {SPEND, NOWHERE});

  private FundGenerators() {}

  /** Ids from a small pool, so that retries and reuses of old ids are frequent. */
  static TransferId id(int n) {
    return TransferId.of("t" + n);
  }

  /** One transfer of any kind, legal or not, at a time that seldom goes back. */
  static Gen<Transfer> transfers() {
    return integers().between(0, 9).zip(integers().between(0, 11), integers().between(0, 6),
        integers().between(1, 5_000), integers().between(-1, 3),
        (kind, id, pair, fen, tick) -> {
          AccountId[] accounts = PAIRS.get(pair);
          Amount amount = Amount.ofFen(fen);
          // Mostly one time; now and then an earlier one, which comes out of order.
          java.time.Instant at = Auditor.at(tick < 0 ? 0 : 1_000);
          TransferId target = id((id * 7 + fen) % 12);
          return switch (kind) {
            case 0, 1, 2 -> Transfer.posted(id(id), Entry.of(accounts[0], accounts[1], amount,
                TransferCode.OTHER), at);
            case 3, 4 -> Transfer.pending(id(id), Entry.of(accounts[0], accounts[1], amount,
                TransferCode.GRANT), at);
            case 5, 6 -> Transfer.postPending(id(id), target, amount, at);
            case 7 -> Transfer.voidPending(id(id), target, at);
            case 8 -> Transfer.reversal(id(id), target, amount, at);
            default -> Transfer.refund(id(id), target, amount, at);
          };
        });
  }

  /** A linked chain of one to three transfers. */
  static Gen<Chain> chains() {
    return lists().of(transfers()).ofSizeBetween(1, 3).map(Chain::copyOf);
  }

  /** A sequence of batches, each of one to three chains. */
  static Gen<List<List<Chain>>> batches() {
    return lists().of(lists().of(chains()).ofSizeBetween(1, 3)).ofSizeBetween(1, 25);
  }
}
