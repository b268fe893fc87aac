package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * How a proxy is related to the principal. Close relatives as in Civil Code Art. 1045: spouse, parents, children, siblings, grandparents and grandchildren.
 *
 * @since 0.1.0
 */
public enum Relation implements Bilingual {
  /** Spouse. */
  SPOUSE("配偶", "spouse"),
  /** Parent. */
  PARENT("父母", "parent"),
  /** Child. */
  CHILD("子女", "child"),
  /** Brother or sister. */
  SIBLING("兄弟姐妹", "sibling"),
  /** Grandparent. */
  GRANDPARENT("祖父母、外祖父母", "grandparent"),
  /** Grandchild. */
  GRANDCHILD("孙子女、外孙子女", "grandchild"),
  /** Not a close relative. */
  OTHER("其他", "other");

  private final String chineseName;
  private final String englishName;

  Relation(String chineseName, String englishName) {
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
