package io.github.tongxin.governance.project;

import io.github.tongxin.governance.Bilingual;

/**
 * A household's answer in a consultation. Every answer counts as taking part; only {@link #AGREE}
 * counts towards consent.
 *
 * @since 0.1.0
 */
public enum Choice implements Bilingual {
  /** In favour (同意). */
  AGREE("同意", "agree"),
  /** Against (不同意). */
  DISAGREE("不同意", "disagree"),
  /** Taking part without an opinion (弃权). */
  ABSTAIN("弃权", "abstain");

  private final String chineseName;
  private final String englishName;

  Choice(String chineseName, String englishName) {
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
