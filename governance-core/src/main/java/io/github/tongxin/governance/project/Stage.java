package io.github.tongxin.governance.project;

import io.github.tongxin.governance.Bilingual;

/**
 * Where a project stands in its lifecycle; each {@link ProjectState} has one.
 *
 * @since 0.1.0
 */
public enum Stage implements Bilingual {
  /** Nothing proposed yet. */
  NOT_PROPOSED("未提出", "not proposed"),
  /** Proposed by residents (居民提议). */
  PROPOSED("已提议", "proposed"),
  /** Households are answering the consultation (协商). */
  IN_CONSULTATION("协商中", "in consultation"),
  /** The consultation passed. */
  CONSULTED("协商通过", "consulted"),
  /** Declared to the community (自主申报). */
  DECLARED("已申报", "declared"),
  /** Reviewed by the residents' committee (社区审核). */
  UNDER_COMMUNITY_REVIEW("社区审核中", "under community review"),
  /** Scored by the management committee's panel (管委会评审). */
  UNDER_PANEL_EVALUATION("评审中", "under panel evaluation"),
  /** Approved with a budget and a funding plan (立项). */
  APPROVED("已立项", "approved"),
  /** Rejected with reasons. */
  REJECTED("未通过", "rejected"),
  /** Withdrawn by its proposers. */
  WITHDRAWN("已撤回", "withdrawn"),
  /** Being carried out (实施). */
  IN_IMPLEMENTATION("实施中", "in implementation"),
  /** Implementation paused. */
  SUSPENDED("暂停", "suspended"),
  /** Completed and waiting for acceptance (待验收). */
  AWAITING_ACCEPTANCE("待验收", "awaiting acceptance"),
  /** Accepted and publicly disclosed (公示). */
  IN_PUBLIC_DISCLOSURE("公示中", "in public disclosure"),
  /** An objection raised during disclosure is being reviewed. */
  UNDER_OBJECTION_REVIEW("异议审核中", "under objection review"),
  /** Closed (结项). */
  CLOSED("已结项", "closed");

  private final String chineseName;
  private final String englishName;

  Stage(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Whether the proposers may still withdraw the project or the community reject it: any stage
   * from proposed up to panel evaluation.
   *
   * @return true before approval, rejection or withdrawal
   */
  public boolean isBeforeApproval() {
    return compareTo(PROPOSED) >= 0 && compareTo(UNDER_PANEL_EVALUATION) <= 0;
  }

  /**
   * Whether nothing more can happen.
   *
   * @return true for rejected, withdrawn and closed
   */
  public boolean isFinal() {
    return this == REJECTED || this == WITHDRAWN || this == CLOSED;
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
