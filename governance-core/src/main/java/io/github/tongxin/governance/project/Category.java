package io.github.tongxin.governance.project;

import io.github.tongxin.governance.Bilingual;

/**
 * What a self-governance project is about, as the zone's project catalogue groups them.
 *
 * @since 0.1.0
 */
public enum Category implements Bilingual {
  /** Greening, paths, lighting, the look of shared spaces. */
  COMMUNITY_ENVIRONMENT("社区环境", "community environment"),
  /** Services for residents: repairs, help for the elderly, convenience. */
  COMMUNITY_SERVICES("社区服务", "community services"),
  /** Sorting stations, composting, recycling drives. */
  GARBAGE_SORTING("垃圾分类", "garbage sorting"),
  /** Turning an idle room into a shared space. */
  VACANT_ROOM_RENOVATION("闲置空间改造", "vacant-room renovation"),
  /** Exercise, health talks, culture and arts. */
  HEALTH_AND_CULTURE("健康文化", "health and culture"),
  /** Activities for parents and children. */
  PARENT_CHILD_ACTIVITIES("亲子活动", "parent–child activities"),
  /** Anything else. */
  OTHER("其他", "other");

  private final String chineseName;
  private final String englishName;

  Category(String chineseName, String englishName) {
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
