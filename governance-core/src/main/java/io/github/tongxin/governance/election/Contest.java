package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;
import io.github.tongxin.governance.community.Role;

/**
 * The two contests of a council election: the leader seats (一长) and the member seats (五员).
 *
 * @since 0.1.0
 */
public enum Contest implements Bilingual {
  /** The leader seats. */
  LEADER("楼组团队长", "leader", Role.BUILDING_GROUP_LEADER),
  /** The member seats. */
  MEMBERS("楼组团队成员", "members", Role.BUILDING_GROUP_MEMBER);

  private final String chineseName;
  private final String englishName;
  private final Role role;

  Contest(String chineseName, String englishName, Role role) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.role = role;
  }

  /**
   * The council role the winners of this contest hold.
   *
   * @return the role
   */
  public Role role() {
    return role;
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
