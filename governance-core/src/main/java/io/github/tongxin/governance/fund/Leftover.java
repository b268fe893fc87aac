package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.Bilingual;

/**
 * What the agreement says happens to restricted money left when its project ends (Charity Law
 * Art. 58).
 *
 * @since 0.1.0
 */
public enum Leftover implements Bilingual {
  /** Returned to the contributors, in proportion to what each still has in the fund. */
  RETURN_TO_CONTRIBUTORS("退还捐赠人", "return to contributors"),
  /** Transferred, by a disclosed decision, to a similar purpose. */
  TRANSFER_TO_SIMILAR_PURPOSE("公开后转入类似用途", "disclosed transfer to a similar purpose");

  private final String chineseName;
  private final String englishName;

  Leftover(String chineseName, String englishName) {
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
