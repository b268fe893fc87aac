package io.github.tongxin.governance.space;

import io.github.tongxin.governance.Bilingual;

/**
 * What a resident talent (达人) can teach or lead.
 *
 * @since 0.1.0
 */
public enum Skill implements Bilingual {
  /** Baking. */
  BAKING("烘焙", "baking"),
  /** Beading. */
  BEADING("串珠", "beading"),
  /** Yoga. */
  YOGA("瑜伽", "yoga"),
  /** Tea art. */
  TEA_ART("茶艺", "tea art"),
  /** Woodworking. */
  WOODWORKING("木工", "woodworking"),
  /** Opera. */
  OPERA("戏曲", "opera"),
  /** English. */
  ENGLISH("英语", "English"),
  /** Picture books. */
  PICTURE_BOOKS("绘本", "picture books"),
  /** Handicrafts. */
  HANDICRAFTS("手工", "handicrafts"),
  /** Dance. */
  DANCE("舞蹈", "dance");

  private final String chineseName;
  private final String englishName;

  Skill(String chineseName, String englishName) {
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
