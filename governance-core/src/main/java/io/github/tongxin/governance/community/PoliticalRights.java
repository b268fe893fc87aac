package io.github.tongxin.governance.community;

import io.github.tongxin.governance.Bilingual;

/**
 * Whether a resident holds political rights; a person deprived of them by a court may not vote
 * or stand (Urban Residents' Committees Organic Law, 2018, Art. 8).
 *
 * @since 0.1.0
 */
public enum PoliticalRights implements Bilingual {
  /** Holds political rights (the usual case). */
  HELD("享有政治权利", "holds political rights"),
  /** Deprived of political rights according to law. */
  DEPRIVED("依法被剥夺政治权利", "deprived of political rights");

  private final String chineseName;
  private final String englishName;

  PoliticalRights(String chineseName, String englishName) {
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
