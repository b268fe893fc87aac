package io.github.tongxin.governance.community;

import io.github.tongxin.governance.Bilingual;

/**
 * A resident's sex as registered, used for women's representation on councils.
 *
 * @since 0.1.0
 */
public enum Sex implements Bilingual {
  /** Female. */
  FEMALE("女", "female"),
  /** Male. */
  MALE("男", "male");

  private final String chineseName;
  private final String englishName;

  Sex(String chineseName, String englishName) {
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
