package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * A provision of the election procedure, with the source of its default in {@link
 * ElectionRules}. Every line of an election report names the provision it applies.
 *
 * @since 0.1.0
 */
public enum Provision implements Bilingual {
  /** Who may vote: age, political rights, registration. */
  ELIGIBILITY("选民资格", "eligibility", LegalSource.URBAN_RESIDENTS_COMMITTEES_ART_8),
  /** Residents without registration admitted after living here long enough. */
  RESIDENCE_WITHOUT_REGISTRATION(
      "非户籍居民参选", "residents without registration", LegalSource.VILLAGERS_COMMITTEES_ART_13),
  /** All residents, household representatives, or residents' group representatives. */
  ELECTORATE_MODE("选举方式", "electorate mode", LegalSource.URBAN_RESIDENTS_COMMITTEES_ART_8),
  /** Candidate margins: more candidates than seats. */
  CANDIDATE_MARGIN("差额选举", "candidate margin", LegalSource.SHANGHAI_MEASURES_ART_12),
  /** Candidates may not count or scrutinise the vote. */
  ELECTION_STAFF("计票监票人员回避", "counters and scrutineers", LegalSource.TONGXIN_DEFAULT),
  /** Leader and members on one paper or separately. */
  BALLOT_LAYOUT("一次或分别投票", "ballot layout", LegalSource.SHANGHAI_MEASURES_ART_15),
  /** Voting by proxy. */
  PROXY("委托投票", "proxy voting", LegalSource.SHANGHAI_MEASURES_ART_16),
  /** For, against, abstain and write-ins. */
  MARKS("赞成、反对、弃权和另选他人", "marks and write-ins", LegalSource.SHANGHAI_MEASURES_ART_17),
  /** More marks than seats voids the ballot for that contest. */
  VOID_BALLOT("无效票", "void ballots", LegalSource.SHANGHAI_MEASURES_ART_19),
  /** More ballots collected than voters who voted voids the round. */
  VOID_ROUND("选举无效", "void round", LegalSource.ELECTORAL_LAW_ART_44),
  /** More than half of registered voters must vote. */
  TURNOUT("过半数选民参加投票", "turnout", LegalSource.VILLAGERS_COMMITTEES_ART_15),
  /** A candidate needs more than half of the votes of those who voted. */
  ELECTION_MAJORITY("得票过半数当选", "election majority", LegalSource.VILLAGERS_COMMITTEES_ART_15),
  /** More majority winners than seats: most votes win; a tie at the cut-off goes to a re-vote. */
  TOO_MANY_WINNERS("当选人多于应选名额", "more winners than seats", LegalSource.SHANGHAI_MEASURES_ART_20),
  /** Remaining seats go to a supplementary ballot with a one-third floor. */
  SUPPLEMENTARY_BALLOT("另行选举", "supplementary ballot", LegalSource.VILLAGERS_COMMITTEES_ART_15),
  /** Seats still empty stay vacant, or a run-off follows within 30 days. */
  VACANCIES("缺额处理", "vacancies", LegalSource.SHANGHAI_MEASURES_ART_21),
  /** Women's representation, reported not enforced. */
  WOMEN("妇女成员", "women's representation", LegalSource.WOMENS_RIGHTS_LAW_ART_14),
  /** Recall: initiation and vote. */
  RECALL("罢免", "recall", LegalSource.VILLAGERS_COMMITTEES_ART_16),
  /** Term of office. */
  TERM("任期", "term of office", LegalSource.VILLAGERS_COMMITTEES_ART_11);

  private final String chineseName;
  private final String englishName;
  private final LegalSource source;

  Provision(String chineseName, String englishName, LegalSource source) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.source = source;
  }

  /**
   * Where the default comes from.
   *
   * @return the legal source
   */
  public LegalSource source() {
    return source;
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
