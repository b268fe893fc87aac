package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Whether leader and members are elected on one paper or separately (Shanghai measures Art. 15).
 *
 * @since 0.1.0
 */
public enum BallotLayout implements Bilingual {
  /** Leader and members are on one ballot paper and counted from it. */
  ONE_PAPER("一次性投票", "one paper"),
  /** The leader is elected first; members on a second paper, on which defeated leader candidates may stand. */
  SEPARATE_PAPERS("分别投票", "separate papers");

  private final String chineseName;
  private final String englishName;

  BallotLayout(String chineseName, String englishName) {
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
