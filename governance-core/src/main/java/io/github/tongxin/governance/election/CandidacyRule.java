package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Whether an election may have as many candidates as seats (Shanghai measures Art. 12).
 *
 * @since 0.1.0
 */
public enum CandidacyRule implements Bilingual {
  /** More candidates than seats, within the configured margins. */
  COMPETITIVE_ONLY("差额选举", "competitive only"),
  /** As many candidates as seats is also allowed. */
  EQUAL_ALLOWED("允许等额选举", "equal candidacy allowed");

  private final String chineseName;
  private final String englishName;

  CandidacyRule(String chineseName, String englishName) {
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
