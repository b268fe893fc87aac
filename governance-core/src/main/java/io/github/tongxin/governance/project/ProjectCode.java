package io.github.tongxin.governance.project;

import io.github.tongxin.governance.ViolationCode;

/**
 * Why the workflow refuses a command.
 *
 * @since 0.1.0
 */
public enum ProjectCode implements ViolationCode {
  /** The command does not apply at the project's stage. */
  WRONG_STAGE("阶段不符", "not allowed at this stage"),
  /** The actor holds none of the roles the permission table requires. */
  NOT_PERMITTED("无权限", "role not permitted"),
  /** The proposal does not list the actor who proposes it, or a non-proposer withdraws. */
  NOT_A_PROPOSER("非提议人", "not a proposer"),
  /** A proposer approves, accepts or inspects their own project. */
  OWN_PROJECT("不得审批或验收本人提议的项目", "own project"),
  /** An evaluator from the proposing group or a proposer's household scores the project. */
  CONFLICT_OF_INTEREST("利益冲突须回避", "conflict of interest"),
  /** The household is not on the consultation roster. */
  NOT_ON_ROSTER("不在协商名册", "household not on the roster"),
  /** The actor does not belong to the household they answer for. */
  NOT_OF_HOUSEHOLD("非本户代表", "not of that household"),
  /** The household has already answered. */
  ALREADY_ANSWERED("本户已表决", "household already answered"),
  /** The requested or approved budget is not positive. */
  BUDGET_NOT_POSITIVE("预算须为正", "budget not positive"),
  /** The approved budget exceeds the declared request. */
  BUDGET_ABOVE_REQUEST("批准预算超过申报", "budget above the request"),
  /** The evaluator has already scored the project. */
  ALREADY_SCORED("已评分", "already scored"),
  /** The scorecard is not the submitting evaluator's own. */
  SCORECARD_NOT_OWN("评分表非本人", "scorecard of someone else"),
  /** The scorecard lacks a weighted criterion. */
  SCORECARD_INCOMPLETE("评分项缺失", "scorecard incomplete"),
  /** Fewer evaluators than the panel rules require have scored. */
  TOO_FEW_EVALUATORS("评审人数不足", "too few evaluators"),
  /** The panel's score is below its recommendation threshold. */
  NOT_RECOMMENDED("评审未推荐", "not recommended by the panel"),
  /** A milestone of that name exists already. */
  MILESTONE_EXISTS("节点已存在", "milestone exists"),
  /** No open milestone has that name. */
  MILESTONE_UNKNOWN("节点不存在", "no such open milestone"),
  /** Milestones are still open. */
  MILESTONES_OPEN("尚有未完成节点", "milestones still open"),
  /** The inspector has already inspected. */
  ALREADY_INSPECTED("已验收", "already inspected"),
  /** Fewer inspectors than required passed the work. */
  TOO_FEW_INSPECTORS("验收人数不足", "too few inspectors passed it"),
  /** No inspector who passed the work represents residents. */
  NO_RESIDENT_INSPECTOR("缺少居民代表验收", "no resident representative among the inspectors"),
  /** The disclosure period is over; objections come too late. */
  DISCLOSURE_OVER("公示期已满", "disclosure period over"),
  /** The disclosure period is not over yet. */
  DISCLOSURE_NOT_OVER("公示期未满", "disclosure period not over");

  private final String chineseName;
  private final String englishName;

  ProjectCode(String chineseName, String englishName) {
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
