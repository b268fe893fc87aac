package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Which ballot a contest result comes from.
 *
 * @since 0.1.0
 */
public enum BallotKind implements Bilingual {
  /** The first ballot: double majority. */
  FIRST("第一次投票", "first ballot"),
  /** The supplementary ballot (另行选举): plurality with a floor. */
  SUPPLEMENTARY("另行选举", "supplementary ballot"),
  /** A re-vote among candidates tied at the cut-off (重新投票): plurality, no floor. */
  RE_VOTE("重新投票", "re-vote among tied candidates");

  private final String chineseName;
  private final String englishName;

  BallotKind(String chineseName, String englishName) {
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
