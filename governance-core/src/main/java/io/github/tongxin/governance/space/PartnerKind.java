package io.github.tongxin.governance.space;

import io.github.tongxin.governance.Bilingual;

/**
 * What kind of organisation a partner is.
 *
 * @since 0.1.0
 */
public enum PartnerKind implements Bilingual {
  /** Company. */
  COMPANY("企业", "company"),
  /** Social organisation. */
  SOCIAL_ORGANISATION("社会组织", "social organisation");

  private final String chineseName;
  private final String englishName;

  PartnerKind(String chineseName, String englishName) {
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
