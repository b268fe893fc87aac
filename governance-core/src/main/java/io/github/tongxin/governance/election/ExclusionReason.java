package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Why a resident of a building group is not on its electoral register.
 *
 * @since 0.1.0
 */
public enum ExclusionReason implements Bilingual {
  /** Younger than the minimum voting age on election day. */
  UNDER_AGE("未满十八周岁", "under the voting age on election day"),
  /** Deprived of political rights according to law. */
  DEPRIVED_OF_POLITICAL_RIGHTS("被剥夺政治权利", "deprived of political rights"),
  /** Household registration elsewhere: votes where registered (registered in one place only). */
  REGISTERED_ELSEWHERE("户籍在外", "household registration elsewhere"),
  /** Without registration here and resident for less than the required period. */
  RESIDENCE_TOO_SHORT("非户籍居住时间不足", "not registered and not resident long enough"),
  /** In a representative mode, not designated as a representative. */
  NOT_A_REPRESENTATIVE("非户代表或小组代表", "not a designated representative");

  private final String chineseName;
  private final String englishName;

  ExclusionReason(String chineseName, String englishName) {
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
