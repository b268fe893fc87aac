package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.Bilingual;

/**
 * What happens when a crowdfunding campaign ends below its target.
 *
 * @since 0.1.0
 */
public enum CampaignRule implements Bilingual {
  /** Below the target, every contribution is returned. */
  ALL_OR_NOTHING("未达目标全额退还", "all or nothing"),
  /** The project keeps whatever was raised. */
  KEEP_WHAT_YOU_RAISE("筹多少用多少", "keep what you raise");

  private final String chineseName;
  private final String englishName;

  CampaignRule(String chineseName, String englishName) {
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
