package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.election.Threshold;

/**
 * The thresholds of a consultation. The defaults are the Civil Code's (2020, Art. 278 para. 2)
 * and, for matters on no common property, Tongxin's default for a building group's own rule. A
 * researcher changes this object, not the code.
 *
 * <ul>
 *   <li>{@code participation}, default ≥ 2/3: owners holding at least two thirds of the exclusive
 *       area, and at least two thirds of the owners, must take part (Art. 278 para. 2).
 *   <li>{@code majorConsent}, default ≥ 3/4: items (6) to (8) need at least three quarters of the
 *       participating area and of the participating owners to agree (Art. 278 para. 2).
 *   <li>{@code ordinaryConsent}, default &gt; 1/2: the other items need more than half of each
 *       (Art. 278 para. 2).
 *   <li>{@code groupConsent}, default &gt; 1/2: a matter on no common property needs more than
 *       half of all the group's households to agree (Tongxin default; no statute).
 * </ul>
 *
 * @param participation share of all area and of all owners that must take part
 * @param majorConsent share of participating area and owners that must agree on items (6)–(8)
 * @param ordinaryConsent share of participating area and owners that must agree on other items
 * @param groupConsent share of all the group's households that must agree on a group matter
 * @since 0.1.0
 */
public record ConsultationRules(
    Threshold participation, Threshold majorConsent, Threshold ordinaryConsent, Threshold groupConsent) {
  /**
   * Creates rules.
   *
   * @param participation share of all area and of all owners that must take part
   * @param majorConsent share of participating area and owners that must agree on items (6)–(8)
   * @param ordinaryConsent share of participating area and owners that must agree on other items
   * @param groupConsent share of all the group's households that must agree on a group matter
   * @throws NullPointerException if an argument is null
   */
  public ConsultationRules {
    checkNotNull(participation, "participation");
    checkNotNull(majorConsent, "majorConsent");
    checkNotNull(ordinaryConsent, "ordinaryConsent");
    checkNotNull(groupConsent, "groupConsent");
  }

  /**
   * The Civil Code's thresholds and the default group rule.
   *
   * @return participation ≥ 2/3, major consent ≥ 3/4, ordinary consent &gt; 1/2, group consent
   *     &gt; 1/2
   */
  public static ConsultationRules standard() {
    return new ConsultationRules(
        Threshold.atLeast(2, 3),
        Threshold.atLeast(3, 4),
        Threshold.moreThan(1, 2),
        Threshold.moreThan(1, 2));
  }

  /**
   * A copy with another group rule.
   *
   * @param newGroupConsent the share of the group's households that must agree
   * @return the copy, or this if unchanged
   * @throws NullPointerException if {@code newGroupConsent} is null
   */
  public ConsultationRules withGroupConsent(Threshold newGroupConsent) {
    return newGroupConsent.equals(groupConsent)
        ? this
        : new ConsultationRules(participation, majorConsent, ordinaryConsent, newGroupConsent);
  }
}
