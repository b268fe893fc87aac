package io.github.tongxin.governance.community;

import io.github.tongxin.governance.Bilingual;

/**
 * A role a resident holds in the concentric structure, each in one {@link Layer}.
 *
 * @since 0.1.0
 */
public enum Role implements Bilingual {
  /** Secretary of the community party general branch. */
  PARTY_BRANCH_SECRETARY("党总支书记", "party branch secretary", Layer.CORE),
  /** Member of the community party general branch's committee. */
  PARTY_BRANCH_MEMBER("党总支委员", "party branch committee member", Layer.CORE),
  /** Director of the residents' committee. */
  RESIDENTS_COMMITTEE_DIRECTOR("居委会主任", "residents' committee director", Layer.CORE),
  /** Member of the residents' committee. */
  RESIDENTS_COMMITTEE_MEMBER("居委会委员", "residents' committee member", Layer.CORE),
  /** The elected leader of a building group (the "one leader" of 一长五员). */
  BUILDING_GROUP_LEADER("楼组团队长", "building group leader", Layer.MIDDLE),
  /** An elected member of a building group's council (one of the "five members" of 一长五员). */
  BUILDING_GROUP_MEMBER("楼组团队成员", "building group member", Layer.MIDDLE),
  /** A resident of a natural building. */
  RESIDENT("自然楼居民", "resident", Layer.OUTER);

  private final String chineseName;
  private final String englishName;
  private final Layer layer;

  Role(String chineseName, String englishName, Layer layer) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.layer = layer;
  }

  /**
   * The circle this role belongs to.
   *
   * @return the layer, never null
   */
  public Layer layer() {
    return layer;
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
