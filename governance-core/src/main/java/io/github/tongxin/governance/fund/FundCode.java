package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.ViolationCode;

/**
 * Why the fund refuses a transfer or a command.
 *
 * @since 0.1.0
 */
public enum FundCode implements ViolationCode {
  /** The transfer's id is already recorded with other content. */
  ID_REUSED("编号已用于其他内容", "id already used with other content"),
  /** An account is not open in the ledger. */
  ACCOUNT_UNKNOWN("账户不存在", "no such account"),
  /** The transfer would break an account's balance limit. */
  LIMIT_EXCEEDED("超出余额限额", "balance limit exceeded"),
  /** A balance would not fit a {@code long} of fen. */
  OVERFLOW("金额溢出", "amount overflow"),
  /** The transfer is dated before the last recorded one. */
  OUT_OF_ORDER("时间早于上一笔", "dated before the last transfer"),
  /** No pending transfer has that id. */
  PENDING_UNKNOWN("预留不存在", "no such pending transfer"),
  /** The pending transfer is already posted in full or voided. */
  PENDING_RESOLVED("预留已了结", "pending transfer already resolved"),
  /** The amount to post exceeds what the pending transfer still reserves. */
  EXCEEDS_PENDING("超过预留余额", "more than still reserved"),
  /** No posted transfer with that id can be reversed or refunded. */
  ORIGINAL_UNKNOWN("原转账不存在或不可冲回", "no such reversible transfer"),
  /** The reversal or refund would return more than the original moved. */
  EXCEEDS_ORIGINAL("超过原转账金额", "more than the original moved"),
  /** Another transfer of the same linked chain failed. */
  LINKED_EVENT_FAILED("关联转账失败", "linked event failed"),
  /** The project already has a grant with other terms. */
  GRANT_EXISTS("项目已有资助", "project already has another grant"),
  /** The project has no grant. */
  GRANT_UNKNOWN("项目无资助", "no grant for the project"),
  /** The refund would return more than the grant paid. */
  REFUND_EXCEEDS_PAID("退款超过已付", "refund above what was paid"),
  /** A campaign or restricted gift with that key exists with other terms. */
  RESTRICTION_EXISTS("限定资金已存在", "restricted fund exists with other terms"),
  /** No campaign or restricted gift has that key. */
  RESTRICTION_UNKNOWN("限定资金不存在", "no such restricted fund"),
  /** The campaign's deadline has passed or it was closed. */
  CAMPAIGN_CLOSED("众筹已结束", "campaign closed"),
  /** The campaign's deadline has not passed yet. */
  CAMPAIGN_OPEN("众筹未到期", "campaign still open"),
  /** Restricted money may be spent only on its purpose (Charity Law Art. 54). */
  WRONG_PURPOSE("不符合限定用途", "not the restricted purpose"),
  /**
   * An unrestricted payment would spend money that restricted funds hold (Charity Law Art. 54):
   * cash at bank would fall below the restricted balances.
   */
  UNRESTRICTED_SHORT("非限定资金不足", "not enough unrestricted money"),
  /** The restricted fund has nothing left to settle. */
  NOTHING_LEFT("无结余", "nothing left"),
  /** Charitable spending is below the share of income the Charity Law requires (Art. 61). */
  SPENDING_BELOW_MINIMUM("慈善活动支出低于法定比例", "charitable spending below the minimum"),
  /** Management costs are above the share of spending the rules allow. */
  MANAGEMENT_ABOVE_MAXIMUM("管理费用高于法定比例", "management costs above the maximum");

  private final String chineseName;
  private final String englishName;

  FundCode(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  @Override
  public String code() {
    return name();
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
