package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Where a default of {@link ElectionRules} comes from. No statute names the building-group
 * council (一长五员), so the defaults follow the residents' and villagers' committee laws and
 * Shanghai's election measures for villagers' committees; where none applies, the default is
 * Tongxin's own choice and says so.
 *
 * @since 0.1.0
 */
public enum LegalSource implements Bilingual {
  /** Who votes: residents aged 18 or older with political rights; the three electorate modes. */
  URBAN_RESIDENTS_COMMITTEES_ART_8(
      "城市居民委员会组织法（2018）第八条", "Urban Residents' Committees Organic Law (2018) Art. 8"),
  /** Residents without household registration admitted after living here for a year. */
  VILLAGERS_COMMITTEES_ART_13(
      "村民委员会组织法（2018）第十三条", "Villagers' Committees Organic Law (2018) Art. 13"),
  /** Term of office of five years (2018 amendment). */
  VILLAGERS_COMMITTEES_ART_11(
      "村民委员会组织法（2018）第十一条", "Villagers' Committees Organic Law (2018) Art. 11"),
  /** Double majority (双过半); supplementary ballot with a one-third floor. */
  VILLAGERS_COMMITTEES_ART_15(
      "村民委员会组织法（2018）第十五条", "Villagers' Committees Organic Law (2018) Art. 15"),
  /** Recall: initiated by one fifth of voters; double majority to pass. */
  VILLAGERS_COMMITTEES_ART_16(
      "村民委员会组织法（2018）第十六条", "Villagers' Committees Organic Law (2018) Art. 16"),
  /** Candidate margins (差额). */
  SHANGHAI_MEASURES_ART_12("上海市村民委员会选举办法第十二条", "Shanghai villagers' committee election measures Art. 12"),
  /** Leader and members on one paper or separately. */
  SHANGHAI_MEASURES_ART_15("上海市村民委员会选举办法第十五条", "Shanghai villagers' committee election measures Art. 15"),
  /** Proxy voting. */
  SHANGHAI_MEASURES_ART_16("上海市村民委员会选举办法第十六条", "Shanghai villagers' committee election measures Art. 16"),
  /** For, against, abstain; write-ins (另选他人). */
  SHANGHAI_MEASURES_ART_17("上海市村民委员会选举办法第十七条", "Shanghai villagers' committee election measures Art. 17"),
  /** Void ballots and void rounds. */
  SHANGHAI_MEASURES_ART_19("上海市村民委员会选举办法第十九条", "Shanghai villagers' committee election measures Art. 19"),
  /** More majority winners than seats; ties at the cut-off go to a re-vote. */
  SHANGHAI_MEASURES_ART_20("上海市村民委员会选举办法第二十条", "Shanghai villagers' committee election measures Art. 20"),
  /** Supplementary ballot, vacancies and the 30-day run-off. */
  SHANGHAI_MEASURES_ART_21("上海市村民委员会选举办法第二十一条", "Shanghai villagers' committee election measures Art. 21"),
  /** Recall procedure. */
  SHANGHAI_MEASURES_ART_27("上海市村民委员会选举办法第二十七条", "Shanghai villagers' committee election measures Art. 27"),
  /** More ballots collected than voters who voted voids the round. */
  ELECTORAL_LAW_ART_44("全国人民代表大会和地方各级人民代表大会选举法第四十四条", "Electoral Law Art. 44"),
  /** Women's representation: "an appropriate number". */
  WOMENS_RIGHTS_LAW_ART_14("妇女权益保障法（2022）第十四条", "Law on the Protection of Women's Rights and Interests (2022) Art. 14"),
  /** No statute: Tongxin's documented default. */
  TONGXIN_DEFAULT("同心库默认规则（无法律条文）", "Tongxin default (no statute)");

  private final String chineseName;
  private final String englishName;

  LegalSource(String chineseName, String englishName) {
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
