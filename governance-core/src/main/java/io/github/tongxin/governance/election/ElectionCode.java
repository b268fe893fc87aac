package io.github.tongxin.governance.election;

import io.github.tongxin.governance.ViolationCode;

/**
 * Codes of the election rules a decision or a count can report as not met.
 *
 * @since 0.1.0
 */
public enum ElectionCode implements ViolationCode {
  /** A candidate is not on the register. */
  CANDIDATE_NOT_A_VOTER("候选人不是选民", "candidate not a registered voter"),
  /** A candidate appears twice on the slate, or in two contests on one paper. */
  CANDIDATE_TWICE("候选人重复", "candidate listed twice"),
  /** A candidate counts or scrutinises the vote. */
  CANDIDATE_IS_STAFF("候选人担任计票监票", "candidate is a counter or scrutineer"),
  /** Fewer candidates than the margin requires. */
  TOO_FEW_CANDIDATES("候选人数不足", "too few candidates"),
  /** More candidates than the margin allows. */
  TOO_MANY_CANDIDATES("候选人数过多", "too many candidates"),
  /** A contest with seats has no candidates on the slate, or a separate paper holds two contests. */
  CONTEST_MISSING("缺少选举职位", "contest missing"),
  /** Someone not on the register received a ballot. */
  NOT_A_VOTER("非选民投票", "not a registered voter"),
  /** A voter received a second ballot (in person or by proxy). */
  VOTED_TWICE("重复投票", "voted twice"),
  /** A ballot by proxy without a registered authorisation. */
  PROXY_NOT_AUTHORISED("委托未登记", "proxy not registered"),
  /** The authorisation was registered fewer days before election day than the rules require. */
  PROXY_TOO_LATE("委托登记过迟", "proxy registered too late"),
  /** The proxy is not a close relative of the principal. */
  PROXY_NOT_CLOSE_RELATIVE("受托人非近亲属", "proxy not a close relative"),
  /** The proxy is not on the register. */
  PROXY_NOT_A_VOTER("受托人非选民", "proxy not a registered voter"),
  /** The proxy has themselves delegated their vote. */
  PROXY_RE_DELEGATED("转委托", "proxy re-delegated"),
  /** The proxy already holds the most principals the rules allow. */
  PROXY_TOO_MANY_PRINCIPALS("受托超过限额", "too many principals for one proxy"),
  /** A mark names someone not on the slate; it is ignored. */
  MARK_FOR_NON_CANDIDATE("标记非候选人", "mark for a non-candidate"),
  /** A write-in names someone not on the register; it is ignored. */
  WRITE_IN_NOT_ELIGIBLE("另选他人无资格", "write-in not eligible"),
  /** Fewer voters signed than the rules require. */
  RECALL_TOO_FEW_SIGNATURES("罢免联名人数不足", "too few signatures for a recall"),
  /** A signatory is not on the register; the signature does not count. */
  RECALL_SIGNATORY_NOT_A_VOTER("罢免联名人非选民", "recall signatory not a voter"),
  /** The person to recall holds no seat. */
  RECALL_TARGET_NOT_ON_COUNCIL("罢免对象不在任", "recall target not on the council");

  private final String chineseName;
  private final String englishName;

  ElectionCode(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  @Override
  public String code() {
    return name();
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
