package io.github.tongxin.governance.community;

import io.github.tongxin.governance.Bilingual;

/**
 * The three concentric circles (同心圆) of a community, from the centre outwards.
 *
 * <p>A resident belongs to the outer circle by living in a natural building, to the middle
 * circle by holding a seat on a building group's council (一长五员), and to the core by holding a
 * post in the party branch or the residents' committee; see {@link
 * Community#affiliationsOf(ResidentId)}.
 *
 * @since 0.1.0
 */
public enum Layer implements Bilingual {
  /** The community party general branch and the residents' committee. */
  CORE("核心层", "core"),
  /** The building groups, each led by an elected council of one leader and five members. */
  MIDDLE("中间层", "middle"),
  /** The residents of the natural buildings. */
  OUTER("外围层", "outer");

  private final String chineseName;
  private final String englishName;

  Layer(String chineseName, String englishName) {
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
