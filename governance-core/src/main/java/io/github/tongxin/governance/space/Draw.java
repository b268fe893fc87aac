package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.tongxin.governance.community.ResidentId;

/**
 * The result of a {@link Lottery#draw draw}: the winners and the ordered waiting list, both in
 * draw order.
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param winners those who got a place, in draw order
 * @param waitingList the others, in draw order: the first is promoted first
 * @since 0.1.0
 */
public record Draw(ImmutableList<ResidentId> winners, ImmutableList<ResidentId> waitingList) {
  /**
   * Creates a draw result.
   *
   * @param winners those who got a place
   * @param waitingList the others
   * @throws NullPointerException if an argument or a resident is null
   * @throws IllegalArgumentException if a resident appears twice
   */
  public Draw {
    winners = ImmutableList.copyOf(checkNotNull(winners, "winners"));
    waitingList = ImmutableList.copyOf(checkNotNull(waitingList, "waitingList"));
    checkArgument(
        Sets.newHashSet(winners).size() == winners.size()
            && Sets.intersection(Sets.newHashSet(winners), Sets.newHashSet(waitingList)).isEmpty()
            && Sets.newHashSet(waitingList).size() == waitingList.size(),
        "a resident appears twice in the draw: %s | %s",
        winners,
        waitingList);
  }
}
