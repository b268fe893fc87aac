package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.Bilingual;

/**
 * Why money moves: the code every transfer carries, used by the reports and the Beancount export.
 *
 * @since 0.1.0
 */
public enum TransferCode implements Bilingual {
  /** A government allocation received (政府拨款). */
  GOVERNMENT_ALLOCATION("政府拨款", "government allocation"),
  /** An unrestricted donation received (捐赠). */
  DONATION("捐赠", "donation"),
  /** A contribution to a crowdfunding campaign (众筹). */
  CROWDFUNDING("众筹", "crowdfunding contribution"),
  /** Money set aside for a donor's or campaign's purpose (限定). */
  RESTRICTION("设定限定用途", "restriction"),
  /** A restriction released because its purpose was met (解除限定). */
  RELEASE("解除限定", "release from restriction"),
  /** A grant reserved, paid or voided (资助). */
  GRANT("项目资助", "project grant"),
  /** Money a project returns to the fund (退款). */
  REFUND("退款", "refund"),
  /** Money returned to a contributor (退还捐赠人). */
  RETURN_TO_DONOR("退还捐赠人", "return to donor"),
  /** Leftover restricted money transferred to a similar purpose (Art. 58) (结余转用). */
  LEFTOVER_TRANSFER("结余转入类似用途", "leftover to a similar purpose"),
  /** Management costs (管理费用). */
  MANAGEMENT_COST("管理费用", "management cost"),
  /** Any other movement. */
  OTHER("其他", "other"),
  /** A correction reversing an earlier transfer (冲正). */
  CORRECTION("冲正", "correction");

  private final String chineseName;
  private final String englishName;

  TransferCode(String chineseName, String englishName) {
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
