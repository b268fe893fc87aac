package io.github.tongxin.governance.space;

import io.github.tongxin.governance.Bilingual;

/**
 * What a room is fitted with, for finding a room that suits an activity.
 *
 * @since 0.1.0
 */
public enum Equipment implements Bilingual {
  /** Stove and hood. */
  STOVE("灶台", "stove"),
  /** Oven, for baking. */
  OVEN("烤箱", "oven"),
  /** Sink with running water. */
  SINK("水槽", "sink"),
  /** Wall mirrors, for dance and yoga. */
  MIRRORS("镜墙", "mirrors"),
  /** Sound system. */
  SOUND_SYSTEM("音响", "sound system"),
  /** Projector and screen. */
  PROJECTOR("投影仪", "projector"),
  /** Tea set and tea table. */
  TEA_SET("茶具", "tea set"),
  /** Desks and chairs. */
  DESKS("桌椅", "desks"),
  /** Bookshelves with picture books. */
  BOOKSHELVES("书架", "bookshelves"),
  /** Workbench and hand tools. */
  WORKBENCH("工作台", "workbench");

  private final String chineseName;
  private final String englishName;

  Equipment(String chineseName, String englishName) {
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
