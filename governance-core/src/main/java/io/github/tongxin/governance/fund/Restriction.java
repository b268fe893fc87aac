package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A restricted fund — a crowdfunding campaign or a donor-restricted gift — with its own
 * sub-ledger {@code "net-assets:restricted:<id>"}: its purpose, what happens to leftovers, and
 * the contributions it received. Immutable and thread-safe; value-based: compare with {@code
 * equals}, never {@code ==}.
 *
 * @param id the restricted fund's key
 * @param purpose what it may be spent on
 * @param leftover what happens to what is left when the purpose is done
 * @param contributions the transfers that brought money in, in order
 * @since 0.1.0
 */
public record Restriction(
    RestrictionId id, Purpose purpose, Leftover leftover, ImmutableList<TransferId> contributions) {
  /**
   * Creates a restriction.
   *
   * @param id the key
   * @param purpose what it may be spent on
   * @param leftover what happens to leftovers
   * @param contributions the transfers that brought money in
   * @throws NullPointerException if an argument or contribution is null
   */
  public Restriction {
    checkNotNull(id, "id");
    checkNotNull(purpose, "purpose");
    checkNotNull(leftover, "leftover");
    contributions = ImmutableList.copyOf(checkNotNull(contributions, "contributions"));
  }

  /**
   * The restricted sub-ledger's account id, {@code "net-assets:restricted:<id>"}.
   *
   * @return the account id
   */
  public AccountId account() {
    return AccountId.of("net-assets:restricted:" + id.value());
  }
}
