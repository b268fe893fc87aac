package io.github.tongxin.governance.project;

import io.github.tongxin.governance.Bilingual;

/**
 * What the management committee's panel scores a project on, each from 0 to 10; {@link
 * PanelRules} weighs them.
 *
 * @since 0.1.0
 */
public enum Criterion implements Bilingual {
  /** How urgently residents need it. */
  URGENCY("居民需求紧迫性", "urgency of residents' need"),
  /** How many residents take part in proposing, running and paying for it. */
  PARTICIPATION("居民参与度", "resident participation"),
  /** Whether it can be done as planned. */
  FEASIBILITY("可行性", "feasibility"),
  /** What it achieves for its cost. */
  COST_EFFECTIVENESS("成本效益", "cost-effectiveness"),
  /** Whether it lasts and can be kept up by residents. */
  SUSTAINABILITY("可持续性", "sustainability"),
  /** Whether it serves everyone, the elderly, children and the disabled included. */
  INCLUSIVENESS("包容性", "inclusiveness");

  private final String chineseName;
  private final String englishName;

  Criterion(String chineseName, String englishName) {
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
