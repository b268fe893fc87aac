package io.github.tongxin.governance.space;

import io.github.tongxin.governance.Bilingual;

/**
 * Whether several members of one household may apply for the same activity.
 *
 * @since 0.1.0
 */
public enum HouseholdLimit implements Bilingual {
  /** No limit per household. */
  NONE("不限", "no limit per household"),
  /** One place per household. */
  ONE_PLACE_PER_HOUSEHOLD("每户限一个名额", "one place per household");

  private final String chineseName;
  private final String englishName;

  HouseholdLimit(String chineseName, String englishName) {
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
