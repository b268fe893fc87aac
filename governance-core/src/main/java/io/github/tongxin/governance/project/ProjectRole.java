package io.github.tongxin.governance.project;

import io.github.tongxin.governance.Bilingual;

/**
 * The roles in which people act on a self-governance project; {@link Permissions} says which role
 * may issue which {@link CommandKind command}.
 *
 * @since 0.1.0
 */
public enum ProjectRole implements Bilingual {
  /** A resident of the building group. */
  RESIDENT("居民", "resident"),
  /** The resident who speaks and votes for a household (户代表). */
  HOUSEHOLD_REPRESENTATIVE("户代表", "household representative"),
  /** The elected leader of a building group (楼组团队长). */
  BUILDING_GROUP_LEADER("楼组团队长", "building-group leader"),
  /** One of the five elected members of a building group's council. */
  BUILDING_GROUP_MEMBER("楼组团队成员", "building-group member"),
  /** A member of the residents' committee (居委会委员). */
  RESIDENTS_COMMITTEE_MEMBER("居委会委员", "residents' committee member"),
  /** The secretary of the community's party branch (党总支书记). */
  PARTY_BRANCH_SECRETARY("党总支书记", "party branch secretary"),
  /** An evaluator on the management committee's panel (管委会评审). */
  EVALUATOR("管委会评审专家", "management-committee evaluator"),
  /** An officer of the public-welfare fund (基金会经办人). */
  FUND_OFFICER("基金经办人", "fund officer"),
  /** An inspector at acceptance on completion (验收人). */
  INSPECTOR("验收人", "inspector");

  private final String chineseName;
  private final String englishName;

  ProjectRole(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Whether the role speaks for residents, as one of the two inspectors at acceptance must.
   *
   * @return true for {@link #RESIDENT} and {@link #HOUSEHOLD_REPRESENTATIVE}
   */
  public boolean representsResidents() {
    return this == RESIDENT || this == HOUSEHOLD_REPRESENTATIVE;
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
