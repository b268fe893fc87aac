package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.Bilingual;

/**
 * The side on which an account's balance normally stands: assets and expenses on the debit side,
 * liabilities, net assets and income on the credit side.
 *
 * @since 0.1.0
 */
public enum NormalBalance implements Bilingual {
  /** Debits increase the balance. */
  DEBIT("借方", "debit"),
  /** Credits increase the balance. */
  CREDIT("贷方", "credit");

  private final String chineseName;
  private final String englishName;

  NormalBalance(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
