package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.money.Amount;
import java.time.Instant;

/**
 * A request to change a project, made by an {@link Actor} at a time; {@link
 * ProjectWorkflow#decide} accepts it as events or refuses it with violations. Commands carry the
 * time: nothing in the workflow reads a clock. Each command's {@code toString} reads as a story
 * step, e.g. {@code "approve by RC-Wang"}. Immutable and thread-safe; value-based.
 *
 * @since 0.1.0
 */
public sealed interface ProjectCommand {
  /**
   * Who issues the command.
   *
   * @return the actor with their roles and affiliations
   */
  Actor actor();

  /**
   * When.
   *
   * @return the time of the command
   */
  Instant at();

  /**
   * The command's kind, its row in the permission table.
   *
   * @return the kind
   */
  CommandKind kind();

  /**
   * Residents propose a project.
   *
   * @param actor who
   * @param at when
   * @param proposal what is proposed; must list the actor among its proposers
   */
  record Propose(Actor actor, Instant at, ProjectProposal proposal) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param proposal what is proposed; must list the actor among its proposers
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Propose {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(proposal, "proposal");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.PROPOSE;
    }

    @Override
    public String toString() {
      return "propose(" + proposal.id() + ") by " + actor;
    }
  }

  /**
   * The group's council opens the consultation.
   *
   * @param actor who
   * @param at when
   */
  record OpenConsultation(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public OpenConsultation {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.OPEN_CONSULTATION;
    }

    @Override
    public String toString() {
      return "open consultation" + " by " + actor;
    }
  }

  /**
   * A household representative answers the consultation for their household.
   *
   * @param actor who
   * @param at when
   * @param household the household answering
   * @param choice its answer
   */
  record Answer(Actor actor, Instant at, HouseholdId household, Choice choice) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param household the household answering
     * @param choice its answer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Answer {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(household, "household");
      checkNotNull(choice, "choice");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ANSWER_CONSULTATION;
    }

    @Override
    public String toString() {
      return "answer" + "(" + household + ")" + " by " + actor;
    }
  }

  /**
   * The council closes the consultation; it is counted, and a failed one rejects the project.
   *
   * @param actor who
   * @param at when
   */
  record CloseConsultation(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public CloseConsultation {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.CLOSE_CONSULTATION;
    }

    @Override
    public String toString() {
      return "close consultation" + " by " + actor;
    }
  }

  /**
   * The group leader declares the consulted project to the community with a requested budget.
   *
   * @param actor who
   * @param at when
   * @param requested the budget requested
   */
  record Declare(Actor actor, Instant at, Amount requested) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param requested the budget requested
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Declare {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(requested, "requested");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.DECLARE;
    }

    @Override
    public String toString() {
      return "declare" + "(" + requested + ")" + " by " + actor;
    }
  }

  /**
   * The residents' committee starts its review.
   *
   * @param actor who
   * @param at when
   */
  record StartReview(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public StartReview {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.START_REVIEW;
    }

    @Override
    public String toString() {
      return "start review" + " by " + actor;
    }
  }

  /**
   * The residents' committee forwards the project to the management committee's panel.
   *
   * @param actor who
   * @param at when
   */
  record ForwardToPanel(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public ForwardToPanel {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.FORWARD_TO_PANEL;
    }

    @Override
    public String toString() {
      return "forward to panel" + " by " + actor;
    }
  }

  /**
   * An evaluator submits their scorecard.
   *
   * @param actor who
   * @param at when
   * @param card the scorecard; its evaluator is the actor
   */
  record SubmitScore(Actor actor, Instant at, Scorecard card) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param card the scorecard; its evaluator is the actor
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public SubmitScore {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(card, "card");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.SUBMIT_SCORE;
    }

    @Override
    public String toString() {
      return "submit score" + " by " + actor;
    }
  }

  /**
   * The project is approved with a budget and a funding plan; needs enough scores and the panel's recommendation.
   *
   * @param actor who
   * @param at when
   * @param plan how the budget is paid; its total is the approved budget
   */
  record Approve(Actor actor, Instant at, FundingPlan plan) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param plan how the budget is paid; its total is the approved budget
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Approve {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(plan, "plan");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.APPROVE;
    }

    @Override
    public String toString() {
      return "approve" + " by " + actor;
    }
  }

  /**
   * The project is rejected with reasons, during community review or panel evaluation.
   *
   * @param actor who
   * @param at when
   * @param reasons why, at least one
   */
  record Reject(Actor actor, Instant at, ImmutableList<String> reasons) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param reasons why, at least one
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Reject {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");

      reasons = ImmutableList.copyOf(checkNotNull(reasons, "reasons"));
      checkArgument(!reasons.isEmpty(), "reasons must not be empty");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REJECT;
    }

    @Override
    public String toString() {
      return "reject" + " by " + actor;
    }
  }

  /**
   * A proposer withdraws the project before approval.
   *
   * @param actor who
   * @param at when
   * @param reason why
   */
  record Withdraw(Actor actor, Instant at, String reason) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param reason why
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Withdraw {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
      checkArgument(!reason.isBlank(), "reason must not be blank: '%s'", reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.WITHDRAW;
    }

    @Override
    public String toString() {
      return "withdraw" + "(" + reason + ")" + " by " + actor;
    }
  }

  /**
   * The fund officer releases the funding and implementation starts.
   *
   * @param actor who
   * @param at when
   */
  record StartImplementation(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public StartImplementation {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.START_IMPLEMENTATION;
    }

    @Override
    public String toString() {
      return "start implementation" + " by " + actor;
    }
  }

  /**
   * The council adds a milestone.
   *
   * @param actor who
   * @param at when
   * @param name its name
   */
  record AddMilestone(Actor actor, Instant at, String name) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param name its name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public AddMilestone {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(name, "name");
      checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ADD_MILESTONE;
    }

    @Override
    public String toString() {
      return "add milestone" + "(" + name + ")" + " by " + actor;
    }
  }

  /**
   * The council marks an open milestone done.
   *
   * @param actor who
   * @param at when
   * @param name its name
   */
  record CompleteMilestone(Actor actor, Instant at, String name) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param name its name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public CompleteMilestone {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(name, "name");
      checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.COMPLETE_MILESTONE;
    }

    @Override
    public String toString() {
      return "complete milestone" + "(" + name + ")" + " by " + actor;
    }
  }

  /**
   * The council records a work-log entry.
   *
   * @param actor who
   * @param at when
   * @param text what was done
   */
  record LogWork(Actor actor, Instant at, String text) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param text what was done
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public LogWork {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(text, "text");
      checkArgument(!text.isBlank(), "text must not be blank: '%s'", text);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.LOG_WORK;
    }

    @Override
    public String toString() {
      return "log work" + "(" + text + ")" + " by " + actor;
    }
  }

  /**
   * Implementation is suspended.
   *
   * @param actor who
   * @param at when
   * @param reason why
   */
  record Suspend(Actor actor, Instant at, String reason) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param reason why
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Suspend {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
      checkArgument(!reason.isBlank(), "reason must not be blank: '%s'", reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.SUSPEND;
    }

    @Override
    public String toString() {
      return "suspend" + "(" + reason + ")" + " by " + actor;
    }
  }

  /**
   * Implementation resumes.
   *
   * @param actor who
   * @param at when
   */
  record Resume(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Resume {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.RESUME;
    }

    @Override
    public String toString() {
      return "resume" + " by " + actor;
    }
  }

  /**
   * The group leader reports the work complete; all milestones must be done.
   *
   * @param actor who
   * @param at when
   */
  record ReportCompletion(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public ReportCompletion {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REPORT_COMPLETION;
    }

    @Override
    public String toString() {
      return "report completion" + " by " + actor;
    }
  }

  /**
   * An inspector passes or fails the work.
   *
   * @param actor who
   * @param at when
   * @param verdict the verdict
   * @param note what the inspector found
   */
  record Inspect(Actor actor, Instant at, Inspection.Verdict verdict, String note) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param verdict the verdict
     * @param note what the inspector found
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Inspect {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(verdict, "verdict");
      checkNotNull(note, "note");
      checkArgument(!note.isBlank(), "note must not be blank: '%s'", note);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.INSPECT;
    }

    @Override
    public String toString() {
      return "inspect" + "(" + verdict + ")" + " by " + actor;
    }
  }

  /**
   * The residents' committee accepts the work and starts the public disclosure.
   *
   * @param actor who
   * @param at when
   */
  record Accept(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Accept {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ACCEPT;
    }

    @Override
    public String toString() {
      return "accept" + " by " + actor;
    }
  }

  /**
   * A resident objects during the public disclosure.
   *
   * @param actor who
   * @param at when
   * @param reason the objection
   */
  record RaiseObjection(Actor actor, Instant at, String reason) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param reason the objection
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public RaiseObjection {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
      checkArgument(!reason.isBlank(), "reason must not be blank: '%s'", reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.OBJECT;
    }

    @Override
    public String toString() {
      return "object" + "(" + reason + ")" + " by " + actor;
    }
  }

  /**
   * The objection is dismissed; the disclosure starts again.
   *
   * @param actor who
   * @param at when
   * @param reason why
   */
  record DismissObjection(Actor actor, Instant at, String reason) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param reason why
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public DismissObjection {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
      checkArgument(!reason.isBlank(), "reason must not be blank: '%s'", reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.DISMISS_OBJECTION;
    }

    @Override
    public String toString() {
      return "dismiss objection" + "(" + reason + ")" + " by " + actor;
    }
  }

  /**
   * The objection is upheld; the work goes back to implementation to be put right.
   *
   * @param actor who
   * @param at when
   * @param reason why
   */
  record UpholdObjection(Actor actor, Instant at, String reason) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @param reason why
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public UpholdObjection {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
      checkArgument(!reason.isBlank(), "reason must not be blank: '%s'", reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.UPHOLD_OBJECTION;
    }

    @Override
    public String toString() {
      return "uphold objection" + "(" + reason + ")" + " by " + actor;
    }
  }

  /**
   * The project is closed after an undisturbed disclosure.
   *
   * @param actor who
   * @param at when
   */
  record Close(Actor actor, Instant at) implements ProjectCommand {
    /**
     * Creates the command.
     *
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or a list empty
     */
    public Close {
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.CLOSE;
    }

    @Override
    public String toString() {
      return "close" + " by " + actor;
    }
  }
}
