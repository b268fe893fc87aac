package io.github.tongxin.governance.project;

import io.github.tongxin.governance.Bilingual;

/**
 * What a consultation decides: one of the nine matters owners decide jointly under Civil Code
 * (2020) Art. 278, or a matter that touches no common property and follows the building group's
 * own rule.
 *
 * <p>Items (6) to (8) need three quarters of the participating area and owners; the other items
 * more than half of each; all nine need two thirds of all area and owners to take part.
 *
 * @since 0.1.0
 */
public enum ConsultationMatter implements Bilingual {
  /** No common property: the building group's own rule applies. */
  GROUP_MATTER("不涉及共有部分的楼组事项", "group matter (no common property)"),
  /** Art. 278 (1): making or amending the owners' assembly rules. */
  ITEM_1_ASSEMBLY_RULES("第二百七十八条第一项：制定和修改业主大会议事规则", "Art. 278 (1): assembly rules"),
  /** Art. 278 (2): making or amending the management rules. */
  ITEM_2_MANAGEMENT_RULES("第二百七十八条第二项：制定和修改管理规约", "Art. 278 (2): management rules"),
  /** Art. 278 (3): electing or replacing the owners' committee. */
  ITEM_3_OWNERS_COMMITTEE("第二百七十八条第三项：选举业主委员会或者更换业主委员会成员", "Art. 278 (3): owners' committee"),
  /** Art. 278 (4): engaging or dismissing the property manager. */
  ITEM_4_PROPERTY_MANAGER("第二百七十八条第四项：选聘和解聘物业服务企业或者其他管理人", "Art. 278 (4): property manager"),
  /** Art. 278 (5): using the maintenance funds. */
  ITEM_5_USE_MAINTENANCE_FUNDS("第二百七十八条第五项：使用建筑物及其附属设施的维修资金", "Art. 278 (5): using maintenance funds"),
  /** Art. 278 (6): raising maintenance funds. */
  ITEM_6_RAISE_MAINTENANCE_FUNDS("第二百七十八条第六项：筹集建筑物及其附属设施的维修资金", "Art. 278 (6): raising maintenance funds"),
  /** Art. 278 (7): rebuilding or reconstructing buildings and their facilities. */
  ITEM_7_REBUILD("第二百七十八条第七项：改建、重建建筑物及其附属设施", "Art. 278 (7): rebuilding"),
  /** Art. 278 (8): changing the use of common parts or using them for business. */
  ITEM_8_CHANGE_USE_OF_COMMON_PARTS("第二百七十八条第八项：改变共有部分的用途或者利用共有部分从事经营活动", "Art. 278 (8): changing the use of common parts"),
  /** Art. 278 (9): other major matters on common property and joint management rights. */
  ITEM_9_OTHER_MAJOR("第二百七十八条第九项：有关共有和共同管理权利的其他重大事项", "Art. 278 (9): other major matters");

  private final String chineseName;
  private final String englishName;

  ConsultationMatter(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Whether the matter concerns common property and so falls under Art. 278.
   *
   * @return false only for {@link #GROUP_MATTER}
   */
  public boolean isCommonProperty() {
    return this != GROUP_MATTER;
  }

  /**
   * Whether the matter is one of items (6) to (8), which need three quarters of the participating
   * area and owners.
   *
   * @return true for items (6), (7) and (8)
   */
  public boolean needsThreeQuarters() {
    return this == ITEM_6_RAISE_MAINTENANCE_FUNDS
        || this == ITEM_7_REBUILD
        || this == ITEM_8_CHANGE_USE_OF_COMMON_PARTS;
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
