package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Whether votes for an unsuccessful leader candidate also count for them in the member contest.
 *
 * @since 0.1.0
 */
public enum HigherOfficeVotes implements Bilingual {
  /** Each contest counts only its own marks. */
  NOT_ADDED("不计入", "not added"),
  /** A vote for a candidate as leader who is not elected leader also counts as a vote for them as member, unless the same ballot already marks them as member. */
  ADDED("计入成员得票", "added to the member contest");

  private final String chineseName;
  private final String englishName;

  HigherOfficeVotes(String chineseName, String englishName) {
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
