package io.github.tongxin.governance.budgeting;

import io.github.tongxin.governance.ViolationCode;

/**
 * What a {@link BudgetRule} reports when it refuses to decide.
 *
 * <pre>{@code
 * Decision<BudgetOutcome> d = rule.apply(instance, profile, TieBreaking.REFUSE);
 * if (!d.isAccepted()) {
 *   d.violations().get(0).code(); // BudgetRuleCode.TIE
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum BudgetRuleCode implements ViolationCode {
  /**
   * Under {@link TieBreaking#REFUSE}, the rule met a tie between projects that only a tie-breaking
   * rule could settle; the message names the tied projects, in id order.
   */
  TIE("项目并列，拒绝裁决", "tie between projects not broken");

  private final String chineseName;
  private final String englishName;

  BudgetRuleCode(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * The stable code, the constant's name.
   *
   * @return e.g. {@code "TIE"}
   */
  @Override
  public String code() {
    return name();
  }

  /**
   * The Chinese name.
   *
   * @return e.g. {@code "项目并列，拒绝裁决"}
   */
  @Override
  public String chineseName() {
    return chineseName;
  }

  /**
   * The English name.
   *
   * @return e.g. {@code "tie between projects not broken"}
   */
  @Override
  public String englishName() {
    return englishName;
  }
}
