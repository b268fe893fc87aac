package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.ResidentId;

/**
 * An explicit, published priority rule for a draw: applicants in {@code drawnLater} are placed
 * after every other applicant; within each of the two tiers the lottery tickets decide. With
 * {@link #firstTimeParticipantsFirst}, residents who took part before are drawn later, so
 * first-time participants get places first.
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param name the rule's name, published with the draw
 * @param drawnLater residents placed after all others
 * @since 0.1.0
 */
public record PriorityRule(BilingualName name, ImmutableSet<ResidentId> drawnLater) {
  /**
   * Creates a rule.
   *
   * @param name the rule's name
   * @param drawnLater residents placed after all others
   * @throws NullPointerException if an argument or a resident is null
   */
  public PriorityRule {
    checkNotNull(name, "name");
    drawnLater = ImmutableSet.copyOf(checkNotNull(drawnLater, "drawnLater"));
  }

  /**
   * No priority: the tickets alone decide.
   *
   * @return the rule
   */
  public static PriorityRule none() {
    return new PriorityRule(BilingualName.of("无优先", "no priority"), ImmutableSet.of());
  }

  /**
   * First-time participants first: residents who took part before are drawn after all others.
   *
   * @param pastParticipants residents who took part in an earlier activity
   * @return the rule
   * @throws NullPointerException if the argument or a resident is null
   */
  public static PriorityRule firstTimeParticipantsFirst(Iterable<ResidentId> pastParticipants) {
    return new PriorityRule(
        BilingualName.of("首次参加者优先", "first-time participants first"),
        ImmutableSet.copyOf(checkNotNull(pastParticipants, "pastParticipants")));
  }

  /**
   * The tier of an applicant: 0 for the first tier, 1 for those drawn later.
   *
   * @param resident an applicant
   * @return 0 or 1
   */
  public int tier(ResidentId resident) {
    return drawnLater.contains(checkNotNull(resident, "resident")) ? 1 : 0;
  }
}
