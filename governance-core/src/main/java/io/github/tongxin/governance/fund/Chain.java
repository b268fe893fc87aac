package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Transfers linked all-or-nothing: the ledger records all of them or none. A chain of one is an
 * ordinary transfer. Immutable and thread-safe; value-based: compare with {@code equals}, never
 * {@code ==}.
 *
 * <pre>{@code
 * Chain spend = Chain.of(payProject, releaseRestriction); // both or neither
 * }</pre>
 *
 * @param transfers the transfers, in order; at least one
 * @since 0.1.0
 */
public record Chain(ImmutableList<Transfer> transfers) {
  /**
   * Creates a chain.
   *
   * @param transfers the transfers, in order; at least one
   * @throws NullPointerException if {@code transfers} or one of them is null
   * @throws IllegalArgumentException if {@code transfers} is empty
   */
  public Chain {
    transfers = ImmutableList.copyOf(checkNotNull(transfers, "transfers"));
    checkArgument(!transfers.isEmpty(), "a chain needs at least one transfer");
  }

  /**
   * A chain of these transfers.
   *
   * @param first the first transfer
   * @param rest the others, in order
   * @return the chain
   * @throws NullPointerException if a transfer is null
   */
  public static Chain of(Transfer first, Transfer... rest) {
    return new Chain(ImmutableList.<Transfer>builder().add(first).add(rest).build());
  }

  /**
   * A chain of these transfers.
   *
   * @param transfers the transfers, in order; at least one
   * @return the chain
   * @throws NullPointerException if {@code transfers} or one of them is null
   * @throws IllegalArgumentException if {@code transfers} is empty
   */
  public static Chain copyOf(Iterable<? extends Transfer> transfers) {
    return new Chain(ImmutableList.copyOf(checkNotNull(transfers, "transfers")));
  }

  /**
   * One chain per transfer: a batch of independent transfers.
   *
   * @param transfers the transfers
   * @return one single-transfer chain each, in order
   * @throws NullPointerException if {@code transfers} or one of them is null
   */
  public static ImmutableList<Chain> eachAlone(Iterable<? extends Transfer> transfers) {
    ImmutableList.Builder<Chain> chains = ImmutableList.builder();
    for (Transfer transfer : checkNotNull(transfers, "transfers")) {
      chains.add(new Chain(ImmutableList.of(transfer)));
    }
    return chains.build();
  }

  /**
   * How many transfers the chain links.
   *
   * @return the number of transfers
   */
  public int size() {
    return transfers.size();
  }
}
