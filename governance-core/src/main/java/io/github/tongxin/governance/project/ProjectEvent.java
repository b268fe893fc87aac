package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.money.Amount;
import java.time.Instant;

/**
 * Something that happened to a project: who did it, when, and what. Folding a project's events
 * with {@link ProjectWorkflow#evolve} rebuilds its state; {@link AuditLog} chains them with
 * SHA-256. {@link GrantRequested} and {@link CrowdfundingOpened} are the link to the fund: its
 * capability consumes them without the project depending on it. Immutable and thread-safe;
 * value-based.
 *
 * @since 0.1.0
 */
public sealed interface ProjectEvent {
  /**
   * The project.
   *
   * @return its id
   */
  ProjectId project();

  /**
   * Who caused the event.
   *
   * @return the actor's id
   */
  ActorId actor();

  /**
   * When.
   *
   * @return the time
   */
  Instant at();

  /**
   * Residents proposed the project.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param proposal the proposal
   */
  record ProjectProposed(ProjectId project, ActorId actor, Instant at, ProjectProposal proposal) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param proposal the proposal
     * @throws NullPointerException if an argument is null
     */
    public ProjectProposed {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(proposal, "proposal");
    }
  }

  /**
   * The consultation opened.
   *
   * @param project the project
   * @param actor who
   * @param at when
   */
  record ConsultationOpened(ProjectId project, ActorId actor, Instant at) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public ConsultationOpened {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }
  }

  /**
   * A household answered the consultation.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param household the household
   * @param choice its answer
   */
  record ConsultationAnswered(ProjectId project, ActorId actor, Instant at, HouseholdId household, Choice choice) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param household the household
     * @param choice its answer
     * @throws NullPointerException if an argument is null
     */
    public ConsultationAnswered {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(household, "household");
      checkNotNull(choice, "choice");
    }
  }

  /**
   * The consultation closed and was counted.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param result the count with its thresholds
   */
  record ConsultationClosed(ProjectId project, ActorId actor, Instant at, ConsultationResult result) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param result the count with its thresholds
     * @throws NullPointerException if an argument is null
     */
    public ConsultationClosed {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(result, "result");
    }
  }

  /**
   * The project was declared to the community.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param requested the budget requested
   */
  record ProjectDeclared(ProjectId project, ActorId actor, Instant at, Amount requested) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param requested the budget requested
     * @throws NullPointerException if an argument is null
     */
    public ProjectDeclared {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(requested, "requested");
    }
  }

  /**
   * The residents' committee started its review.
   *
   * @param project the project
   * @param actor who
   * @param at when
   */
  record ReviewStarted(ProjectId project, ActorId actor, Instant at) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public ReviewStarted {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }
  }

  /**
   * The project went to the management committee's panel.
   *
   * @param project the project
   * @param actor who
   * @param at when
   */
  record ForwardedToPanel(ProjectId project, ActorId actor, Instant at) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public ForwardedToPanel {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }
  }

  /**
   * An evaluator scored the project.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param card the scorecard
   */
  record ScoreSubmitted(ProjectId project, ActorId actor, Instant at, Scorecard card) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param card the scorecard
     * @throws NullPointerException if an argument is null
     */
    public ScoreSubmitted {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(card, "card");
    }
  }

  /**
   * The project was approved.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param panel the panel's evaluation
   * @param plan the approved budget and how it is paid
   */
  record ProjectApproved(ProjectId project, ActorId actor, Instant at, PanelResult panel, FundingPlan plan) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param panel the panel's evaluation
     * @param plan the approved budget and how it is paid
     * @throws NullPointerException if an argument is null
     */
    public ProjectApproved {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(panel, "panel");
      checkNotNull(plan, "plan");
    }
  }

  /**
   * A grant was requested from the public-welfare fund; the fund capability consumes this event.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param amount the grant
   */
  record GrantRequested(ProjectId project, ActorId actor, Instant at, Amount amount) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param amount the grant
     * @throws NullPointerException if an argument is null
     */
    public GrantRequested {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(amount, "amount");
    }
  }

  /**
   * Crowdfunding opened for the project; the fund capability consumes this event.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param target the target
   */
  record CrowdfundingOpened(ProjectId project, ActorId actor, Instant at, Amount target) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param target the target
     * @throws NullPointerException if an argument is null
     */
    public CrowdfundingOpened {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(target, "target");
    }
  }

  /**
   * The project was rejected.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param reasons why
   */
  record ProjectRejected(ProjectId project, ActorId actor, Instant at, ImmutableList<String> reasons) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param reasons why
     * @throws NullPointerException if an argument is null
     */
    public ProjectRejected {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      reasons = ImmutableList.copyOf(checkNotNull(reasons, "reasons"));
    }
  }

  /**
   * The proposers withdrew the project.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param reason why
   */
  record ProjectWithdrawn(ProjectId project, ActorId actor, Instant at, String reason) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param reason why
     * @throws NullPointerException if an argument is null
     */
    public ProjectWithdrawn {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * Implementation started.
   *
   * @param project the project
   * @param actor who
   * @param at when
   */
  record ImplementationStarted(ProjectId project, ActorId actor, Instant at) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public ImplementationStarted {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }
  }

  /**
   * A milestone was added.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param name its name
   */
  record MilestoneAdded(ProjectId project, ActorId actor, Instant at, String name) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param name its name
     * @throws NullPointerException if an argument is null
     */
    public MilestoneAdded {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(name, "name");
    }
  }

  /**
   * A milestone was completed.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param name its name
   */
  record MilestoneCompleted(ProjectId project, ActorId actor, Instant at, String name) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param name its name
     * @throws NullPointerException if an argument is null
     */
    public MilestoneCompleted {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(name, "name");
    }
  }

  /**
   * A work-log entry was written.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param text what was done
   */
  record WorkLogged(ProjectId project, ActorId actor, Instant at, String text) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param text what was done
     * @throws NullPointerException if an argument is null
     */
    public WorkLogged {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(text, "text");
    }
  }

  /**
   * Implementation was suspended.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param reason why
   */
  record ImplementationSuspended(ProjectId project, ActorId actor, Instant at, String reason) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param reason why
     * @throws NullPointerException if an argument is null
     */
    public ImplementationSuspended {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * Implementation resumed.
   *
   * @param project the project
   * @param actor who
   * @param at when
   */
  record ImplementationResumed(ProjectId project, ActorId actor, Instant at) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public ImplementationResumed {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }
  }

  /**
   * The work was reported complete.
   *
   * @param project the project
   * @param actor who
   * @param at when
   */
  record CompletionReported(ProjectId project, ActorId actor, Instant at) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public CompletionReported {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }
  }

  /**
   * An inspector passed or failed the work; a failure sends it back to implementation.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param inspection the inspection
   */
  record InspectionRecorded(ProjectId project, ActorId actor, Instant at, Inspection inspection) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param inspection the inspection
     * @throws NullPointerException if an argument is null
     */
    public InspectionRecorded {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(inspection, "inspection");
    }
  }

  /**
   * The work was accepted and the public disclosure started.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param disclosureUntil when the disclosure ends
   */
  record ProjectAccepted(ProjectId project, ActorId actor, Instant at, Instant disclosureUntil) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param disclosureUntil when the disclosure ends
     * @throws NullPointerException if an argument is null
     */
    public ProjectAccepted {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(disclosureUntil, "disclosureUntil");
    }
  }

  /**
   * A resident objected during the disclosure.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param reason the objection
   */
  record ObjectionRaised(ProjectId project, ActorId actor, Instant at, String reason) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param reason the objection
     * @throws NullPointerException if an argument is null
     */
    public ObjectionRaised {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * The objection was dismissed and the disclosure started again.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param reason why
   * @param disclosureUntil when the new disclosure ends
   */
  record ObjectionDismissed(ProjectId project, ActorId actor, Instant at, String reason, Instant disclosureUntil) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param reason why
     * @param disclosureUntil when the new disclosure ends
     * @throws NullPointerException if an argument is null
     */
    public ObjectionDismissed {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
      checkNotNull(disclosureUntil, "disclosureUntil");
    }
  }

  /**
   * The objection was upheld; the work goes back to implementation.
   *
   * @param project the project
   * @param actor who
   * @param at when
   * @param reason why
   */
  record ObjectionUpheld(ProjectId project, ActorId actor, Instant at, String reason) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @param reason why
     * @throws NullPointerException if an argument is null
     */
    public ObjectionUpheld {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * The project was closed.
   *
   * @param project the project
   * @param actor who
   * @param at when
   */
  record ProjectClosed(ProjectId project, ActorId actor, Instant at) implements ProjectEvent {
    /**
     * Creates the event.
     *
     * @param project the project
     * @param actor who
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public ProjectClosed {
      checkNotNull(project, "project");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }
  }
}
