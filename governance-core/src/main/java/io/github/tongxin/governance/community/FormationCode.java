package io.github.tongxin.governance.community;

import io.github.tongxin.governance.ViolationCode;

/**
 * What {@link GroupFormation} reports about a group it could not bring within the bounds.
 *
 * @since 0.1.0
 */
public enum FormationCode implements ViolationCode {
  /** A group has fewer households than the minimum (e.g. an isolated small building). */
  GROUP_BELOW_MINIMUM("楼组户数低于下限", "building group below the minimum size"),
  /** A group has more households than the maximum (e.g. one building above the maximum). */
  GROUP_ABOVE_MAXIMUM("楼组户数高于上限", "building group above the maximum size");

  private final String chineseName;
  private final String englishName;

  FormationCode(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  @Override
  public String code() {
    return name();
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
