package io.github.tongxin.governance.election;

import io.github.tongxin.governance.Bilingual;

/**
 * Who may vote as a proxy (Shanghai measures Art. 16).
 *
 * @since 0.1.0
 */
public enum ProxyRelationRule implements Bilingual {
  /** Only a close relative of the principal who is a voter. */
  CLOSE_RELATIVE("近亲属", "close relative"),
  /** Any voter of the same election. */
  ANY_VOTER("任何选民", "any voter");

  private final String chineseName;
  private final String englishName;

  ProxyRelationRule(String chineseName, String englishName) {
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
