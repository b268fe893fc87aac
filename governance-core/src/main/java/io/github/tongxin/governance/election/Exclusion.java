package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.tongxin.governance.community.ResidentId;

/**
 * A resident left off the electoral register, and every reason why.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param resident the resident
 * @param reasons the reasons, in the order of {@link ExclusionReason}; at least one
 * @since 0.1.0
 */
public record Exclusion(ResidentId resident, ImmutableSet<ExclusionReason> reasons) {
  /**
   * Creates an exclusion.
   *
   * @param resident the resident
   * @param reasons the reasons; at least one
   * @throws NullPointerException if an argument or reason is null
   * @throws IllegalArgumentException if there is no reason
   */
  public Exclusion {
    checkNotNull(resident, "resident");
    checkNotNull(reasons, "reasons");
    checkArgument(!reasons.isEmpty(), "exclusion of %s needs a reason", resident);
    reasons = Sets.immutableEnumSet(reasons);
  }
}
