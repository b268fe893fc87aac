package io.github.tongxin.governance.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.fund.AccountId;
import io.github.tongxin.governance.fund.Chain;
import io.github.tongxin.governance.fund.Chart;
import io.github.tongxin.governance.fund.Entry;
import io.github.tongxin.governance.fund.Ledger;
import io.github.tongxin.governance.fund.Transfer;
import io.github.tongxin.governance.fund.TransferCode;
import io.github.tongxin.governance.fund.TransferId;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Applying transfers to the fund's {@link Ledger} in batches of 1, 100 and 8,190 (TigerBeetle's
 * batch size), each transfer its own chain, and computing balances. Results are in transfers per
 * second (ops/s with {@code @OperationsPerInvocation}); the goal is at least 2 million per
 * second on one core.
 *
 * <p>Setup builds a pool of 2<sup>19</sup> distinct posted transfers (income into cash at bank
 * from three sources, spending from it on seven project categories and management costs) and the
 * batches over it. Each invocation applies the next batch to the latest ledger, so the ledger
 * grows as it would in use; when the pool is used up, the ledger starts again from the funded
 * base ledger (an O(1) fork), which keeps memory bounded. {@code balancesOfAllAccounts} reads the
 * four totals of every account of a full ledger; {@code foldBalancesAsOf} refolds the balances of
 * the first half of its entries ({@link Ledger#asOf}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LedgerBenchmark {
  private static final int POOL = 1 << 19;
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private Ledger base;
  private Ledger ledger;
  private Ledger full;
  private Instant middle;
  private final List<Chain> pool = new ArrayList<>(POOL);
  private List<ImmutableList<Chain>> batches1;
  private List<ImmutableList<Chain>> batches100;
  private List<ImmutableList<Chain>> batches8190;
  private int next1;
  private int next100;
  private int next8190;

  /** Builds the base ledger, the pool of transfers and the batches. */
  @Setup(Level.Trial)
  public void setUp() {
    base = Ledger.of(Chart.communityFund())
        .apply(Transfer.posted(TransferId.of("seed"), Entry.of(Chart.BANK, Chart.GOVERNMENT,
            Amount.ofYuan(1_000_000_000L), TransferCode.GOVERNMENT_ALLOCATION), T0))
        .ledger();
    List<AccountId> sources = List.of(Chart.GOVERNMENT, Chart.ENTERPRISE_DONATIONS,
        Chart.RESIDENT_DONATIONS);
    List<AccountId> uses = new ArrayList<>();
    for (Category category : Category.values()) {
      uses.add(Chart.projectExpenses(category).id());
    }
    uses.add(Chart.MANAGEMENT);
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < POOL; i++) {
      Amount amount = Amount.ofFen(1 + random.nextInt(100_000));
      Entry entry = random.nextBoolean()
          ? Entry.of(Chart.BANK, sources.get(random.nextInt(sources.size())), amount,
              TransferCode.DONATION)
          : Entry.of(uses.get(random.nextInt(uses.size())), Chart.BANK, amount, TransferCode.GRANT);
      pool.add(Chain.of(Transfer.posted(TransferId.of("t" + i), entry, T0.plusSeconds(i))));
    }
    batches1 = slices(1);
    batches100 = slices(100);
    batches8190 = slices(8_190);
    ledger = base;
    full = base.apply(pool).ledger();
    middle = T0.plusSeconds(POOL / 2);
  }

  private List<ImmutableList<Chain>> slices(int size) {
    List<ImmutableList<Chain>> slices = new ArrayList<>();
    for (int from = 0; from + size <= POOL; from += size) {
      slices.add(ImmutableList.copyOf(pool.subList(from, from + size)));
    }
    return slices;
  }

  private Ledger applyNext(List<ImmutableList<Chain>> batches, int index) {
    if (index == 0) {
      ledger = base;
    }
    ledger = ledger.apply(batches.get(index)).ledger();
    return ledger;
  }

  /**
   * Applies one transfer.
   *
   * @return the new ledger
   */
  @Benchmark
  @OperationsPerInvocation(1)
  public Ledger apply1() {
    Ledger result = applyNext(batches1, next1);
    next1 = (next1 + 1) % batches1.size();
    return result;
  }

  /**
   * Applies a batch of 100 transfers.
   *
   * @return the new ledger
   */
  @Benchmark
  @OperationsPerInvocation(100)
  public Ledger apply100() {
    Ledger result = applyNext(batches100, next100);
    next100 = (next100 + 1) % batches100.size();
    return result;
  }

  /**
   * Applies a batch of 8,190 transfers.
   *
   * @return the new ledger
   */
  @Benchmark
  @OperationsPerInvocation(8_190)
  public Ledger apply8190() {
    Ledger result = applyNext(batches8190, next8190);
    next8190 = (next8190 + 1) % batches8190.size();
    return result;
  }

  /**
   * Reads the four totals of every account of a ledger of 2<sup>19</sup> transfers.
   *
   * @return the sum of the posted debits, so that nothing is optimised away
   */
  @Benchmark
  public long balancesOfAllAccounts() {
    long sum = 0;
    for (var account : full.accounts()) {
      sum += full.balance(account.id()).debitsPosted().fen();
    }
    return sum;
  }

  /**
   * Refolds the balances of the first 2<sup>18</sup> transfers.
   *
   * @return the ledger at the middle time
   */
  @Benchmark
  @OperationsPerInvocation(POOL / 2)
  public Ledger foldBalancesAsOf() {
    return full.asOf(middle);
  }
}
