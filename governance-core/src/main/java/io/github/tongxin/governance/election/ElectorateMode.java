package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Who votes in a building group's council election (Urban Residents' Committees Organic Law, 2018, Art. 8).
 *
 * @since 0.1.0
 */
public enum ElectorateMode implements Bilingual {
  /** Every resident of the group's buildings who is eligible. */
  ALL_RESIDENTS("全体有选举权的居民", "all residents with voting rights"),
  /** One eligible member per household, as the household designates. */
  HOUSEHOLD_REPRESENTATIVES("每户派代表", "one representative per household"),
  /** Two or three eligible residents per natural building (the residents' group of a building-group election). */
  GROUP_REPRESENTATIVES("每个居民小组推选代表二至三人", "two or three representatives per residents' group");

  private final String chineseName;
  private final String englishName;

  ElectorateMode(String chineseName, String englishName) {
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
