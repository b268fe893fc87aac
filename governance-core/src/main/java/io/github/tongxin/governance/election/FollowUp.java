package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * What happens to seats still empty after the supplementary ballot (Shanghai measures Art. 21).
 *
 * @since 0.1.0
 */
public enum FollowUp implements Bilingual {
  /** Every seat is filled. */
  NONE("无需后续", "none"),
  /** A tie at the cut-off: the tied candidates go to a re-vote. */
  RE_VOTE("重新投票", "re-vote among tied candidates"),
  /** Seats left after the first count go to a supplementary ballot. */
  SUPPLEMENTARY_BALLOT("另行选举", "supplementary ballot"),
  /** Enough members were elected: the meeting may leave the other seats vacant. */
  MAY_LEAVE_VACANT("可以缺额", "seats may stay vacant"),
  /** Too few were elected: a run-off must be held within the rules' deadline. */
  RUN_OFF_WITHIN_DAYS("限期另行选举", "run-off within the deadline");

  private final String chineseName;
  private final String englishName;

  FollowUp(String chineseName, String englishName) {
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
