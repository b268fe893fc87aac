package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * A voter's mark for one candidate (Shanghai measures Art. 17).
 *
 * @since 0.1.0
 */
public enum Mark implements Bilingual {
  /** Votes for the candidate. */
  FOR("赞成", "for"),
  /** Votes against the candidate. */
  AGAINST("反对", "against"),
  /** Abstains on the candidate. */
  ABSTAIN("弃权", "abstain");

  private final String chineseName;
  private final String englishName;

  Mark(String chineseName, String englishName) {
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
