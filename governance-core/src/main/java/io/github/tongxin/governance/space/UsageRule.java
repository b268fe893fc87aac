package io.github.tongxin.governance.space;

import io.github.tongxin.governance.Bilingual;

/**
 * The three rules of use of the living room, checked after each booking.
 *
 * @since 0.1.0
 */
public enum UsageRule implements Bilingual {
  /** Garbage sorted. */
  GARBAGE_SORTED("垃圾分类", "garbage sorted"),
  /** Room cleaned. */
  CLEANED("打扫干净", "room cleaned"),
  /** Facilities back in place. */
  FACILITIES_RETURNED("设施归位", "facilities back in place");

  private final String chineseName;
  private final String englishName;

  UsageRule(String chineseName, String englishName) {
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
