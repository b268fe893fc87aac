package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Whether ballots void for a contest count among "those who voted" in its majority base.
 *
 * @since 0.1.0
 */
public enum VoidBallotPolicy implements Bilingual {
  /** A voter whose ballot is void still voted: the base is everyone who voted. */
  COUNTED_AS_VOTED("计入参加投票人数", "counted as voted"),
  /** The base of a contest is those who voted minus the ballots void for it. */
  EXCLUDED("不计入", "excluded");

  private final String chineseName;
  private final String englishName;

  VoidBallotPolicy(String chineseName, String englishName) {
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
