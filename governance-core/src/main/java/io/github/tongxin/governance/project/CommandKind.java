package io.github.tongxin.governance.project;

/**
 * The kinds of {@link ProjectCommand}, the keys of the {@link Permissions} table.
 *
 * @since 0.1.0
 */
public enum CommandKind {
  /** {@link ProjectCommand.Propose}. */
  PROPOSE,
  /** {@link ProjectCommand.OpenConsultation}. */
  OPEN_CONSULTATION,
  /** {@link ProjectCommand.Answer}. */
  ANSWER_CONSULTATION,
  /** {@link ProjectCommand.CloseConsultation}. */
  CLOSE_CONSULTATION,
  /** {@link ProjectCommand.Declare}. */
  DECLARE,
  /** {@link ProjectCommand.StartReview}. */
  START_REVIEW,
  /** {@link ProjectCommand.ForwardToPanel}. */
  FORWARD_TO_PANEL,
  /** {@link ProjectCommand.SubmitScore}. */
  SUBMIT_SCORE,
  /** {@link ProjectCommand.Approve}. */
  APPROVE,
  /** {@link ProjectCommand.Reject}. */
  REJECT,
  /** {@link ProjectCommand.Withdraw}. */
  WITHDRAW,
  /** {@link ProjectCommand.StartImplementation}. */
  START_IMPLEMENTATION,
  /** {@link ProjectCommand.AddMilestone}. */
  ADD_MILESTONE,
  /** {@link ProjectCommand.CompleteMilestone}. */
  COMPLETE_MILESTONE,
  /** {@link ProjectCommand.LogWork}. */
  LOG_WORK,
  /** {@link ProjectCommand.Suspend}. */
  SUSPEND,
  /** {@link ProjectCommand.Resume}. */
  RESUME,
  /** {@link ProjectCommand.ReportCompletion}. */
  REPORT_COMPLETION,
  /** {@link ProjectCommand.Inspect}. */
  INSPECT,
  /** {@link ProjectCommand.Accept}. */
  ACCEPT,
  /** {@link ProjectCommand.RaiseObjection}. */
  OBJECT,
  /** {@link ProjectCommand.DismissObjection}. */
  DISMISS_OBJECTION,
  /** {@link ProjectCommand.UpholdObjection}. */
  UPHOLD_OBJECTION,
  /** {@link ProjectCommand.Close}. */
  CLOSE
}
