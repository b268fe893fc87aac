package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * How a candidate was put forward.
 *
 * @since 0.1.0
 */
public enum Nomination implements Bilingual {
  /** Nominated jointly by voters. */
  VOTERS_JOINTLY("选民联名提名", "nominated jointly by voters"),
  /** Put themselves forward. */
  SELF_NOMINATION("自荐", "self-nominated"),
  /** Recommended by the party branch or the residents' committee. */
  ORGANISATION("组织推荐", "recommended by an organisation");

  private final String chineseName;
  private final String englishName;

  Nomination(String chineseName, String englishName) {
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
