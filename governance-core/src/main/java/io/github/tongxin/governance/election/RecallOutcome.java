package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * The result of a recall vote (Villagers' Committees Organic Law Art. 16).
 *
 * @since 0.1.0
 */
public enum RecallOutcome implements Bilingual {
  /** More than half of registered voters voted and more than half of them approved. */
  RECALLED("罢免通过", "recalled"),
  /** Too few registered voters voted. */
  FAILED_TURNOUT("投票人数未过半，罢免无效", "failed: turnout"),
  /** Too few of those voting approved. */
  FAILED_APPROVAL("赞成票未过半，罢免未通过", "failed: approval");

  private final String chineseName;
  private final String englishName;

  RecallOutcome(String chineseName, String englishName) {
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
