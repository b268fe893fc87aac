package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.Bilingual;

/**
 * An optional limit on an account's balance, in the manner of TigerBeetle's account flags. Pending
 * amounts count pessimistically: pending debits count against a debit limit, pending credits
 * against a credit limit, but pending amounts on the other side never help.
 *
 * @since 0.1.0
 */
public enum BalanceLimit implements Bilingual {
  /** No limit: the balance may stand on either side. */
  NONE("无限额", "no limit"),
  /**
   * Pending plus posted debits never exceed posted credits: a credit-side account, such as a
   * restricted fund, never goes below zero.
   */
  DEBITS_WITHIN_CREDITS("借方不得超过贷方", "debits must not exceed credits"),
  /**
   * Pending plus posted credits never exceed posted debits: a debit-side account, such as cash at
   * bank, never goes below zero.
   */
  CREDITS_WITHIN_DEBITS("贷方不得超过借方", "credits must not exceed debits");

  private final String chineseName;
  private final String englishName;

  BalanceLimit(String chineseName, String englishName) {
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
