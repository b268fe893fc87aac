package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.community.ResidentId;
import java.time.LocalDate;

/**
 * A written authorisation for a proxy, as registered with the election committee (Shanghai
 * measures Art. 16).
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param principal the voter who delegates
 * @param proxy who will vote for them
 * @param relation how the proxy is related to the principal
 * @param registeredOn the day the authorisation was registered
 * @since 0.1.0
 */
public record ProxyAuthorization(
    ResidentId principal, ResidentId proxy, Relation relation, LocalDate registeredOn) {
  /**
   * Creates an authorisation.
   *
   * @param principal the voter who delegates
   * @param proxy who will vote for them
   * @param relation how the proxy is related to the principal
   * @param registeredOn the day it was registered
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if principal and proxy are the same
   */
  public ProxyAuthorization {
    checkNotNull(principal, "principal");
    checkNotNull(proxy, "proxy");
    checkNotNull(relation, "relation");
    checkNotNull(registeredOn, "registeredOn");
    checkArgument(!principal.equals(proxy), "a voter cannot be their own proxy: %s", principal);
  }
}
