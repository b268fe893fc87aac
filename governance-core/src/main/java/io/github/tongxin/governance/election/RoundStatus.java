package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Whether a round of voting counts.
 *
 * @since 0.1.0
 */
public enum RoundStatus implements Bilingual {
  /** The round counts. */
  VALID("选举有效", "valid"),
  /** More ballots were collected than voters voted (Electoral Law Art. 44; Shanghai measures Art. 19). */
  VOID_TOO_MANY_BALLOTS("收回选票多于投票人数，选举无效", "void: more ballots than voters"),
  /** Too few registered voters voted (Villagers' Committees Organic Law Art. 15). */
  VOID_TURNOUT("投票人数未过半，选举无效", "void: turnout too low");

  private final String chineseName;
  private final String englishName;

  RoundStatus(String chineseName, String englishName) {
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
