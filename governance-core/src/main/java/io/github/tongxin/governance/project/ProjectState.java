package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.money.Amount;
import java.time.Instant;

/**
 * Where a project stands, with the data of that stage only; later stages hold the earlier stage
 * they grew from (an {@link Approved} holds its {@link Declared}). Obtained by folding events
 * with {@link ProjectWorkflow#evolve} from {@link #initial()}. Immutable and thread-safe;
 * value-based.
 *
 * @since 0.1.0
 */
public sealed interface ProjectState {
  /**
   * The state before anything was proposed.
   *
   * @return the initial state
   */
  static ProjectState initial() {
    return NotProposed.INSTANCE;
  }

  /**
   * The stage.
   *
   * @return the lifecycle stage
   */
  Stage stage();

  /** Before anything was proposed. */
  enum NotProposed implements ProjectState {
    /** The only instance. */
    INSTANCE;

    @Override
    public Stage stage() {
      return Stage.NOT_PROPOSED;
    }
  }

  /** A state after the proposal: every one carries it. */
  sealed interface Started extends ProjectState {
    /**
     * The proposal.
     *
     * @return what was proposed
     */
    ProjectProposal proposal();

    /**
     * The project's id.
     *
     * @return {@code proposal().id()}
     */
    default ProjectId id() {
      return proposal().id();
    }
  }

  /**
   * Proposed by residents.
   *
   * @param proposal what was proposed
   */
  record Proposed(ProjectProposal proposal) implements Started {
    /**
     * Creates the state.
     *
     * @param proposal what was proposed
     * @throws NullPointerException if {@code proposal} is null
     */
    public Proposed {
      checkNotNull(proposal, "proposal");
    }

    @Override
    public Stage stage() {
      return Stage.PROPOSED;
    }
  }

  /**
   * Households are answering the consultation.
   *
   * @param proposal what was proposed
   * @param answers the answers so far, by household
   */
  record InConsultation(ProjectProposal proposal, ImmutableSortedMap<HouseholdId, Choice> answers)
      implements Started {
    /**
     * Creates the state.
     *
     * @param proposal what was proposed
     * @param answers the answers so far, by household
     * @throws NullPointerException if an argument is null
     */
    public InConsultation {
      checkNotNull(proposal, "proposal");
      answers = ImmutableSortedMap.copyOf(checkNotNull(answers, "answers"));
    }

    @Override
    public Stage stage() {
      return Stage.IN_CONSULTATION;
    }
  }

  /**
   * The consultation is closed and counted.
   *
   * @param proposal what was proposed
   * @param consultation the count
   */
  record Consulted(ProjectProposal proposal, ConsultationResult consultation) implements Started {
    /**
     * Creates the state.
     *
     * @param proposal what was proposed
     * @param consultation the count
     * @throws NullPointerException if an argument is null
     */
    public Consulted {
      checkNotNull(proposal, "proposal");
      checkNotNull(consultation, "consultation");
    }

    @Override
    public Stage stage() {
      return Stage.CONSULTED;
    }
  }

  /**
   * Declared to the community.
   *
   * @param consulted the consulted project
   * @param requested the budget requested
   */
  record Declared(Consulted consulted, Amount requested) implements Started {
    /**
     * Creates the state.
     *
     * @param consulted the consulted project
     * @param requested the budget requested
     * @throws NullPointerException if an argument is null
     */
    public Declared {
      checkNotNull(consulted, "consulted");
      checkNotNull(requested, "requested");
    }

    @Override
    public ProjectProposal proposal() {
      return consulted.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.DECLARED;
    }
  }

  /**
   * Under review by the residents' committee.
   *
   * @param declared the declared project
   */
  record UnderCommunityReview(Declared declared) implements Started {
    /**
     * Creates the state.
     *
     * @param declared the declared project
     * @throws NullPointerException if {@code declared} is null
     */
    public UnderCommunityReview {
      checkNotNull(declared, "declared");
    }

    @Override
    public ProjectProposal proposal() {
      return declared.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.UNDER_COMMUNITY_REVIEW;
    }
  }

  /**
   * Being scored by the panel.
   *
   * @param declared the declared project
   * @param cards the scorecards so far
   */
  record UnderPanelEvaluation(Declared declared, ImmutableList<Scorecard> cards) implements Started {
    /**
     * Creates the state.
     *
     * @param declared the declared project
     * @param cards the scorecards so far
     * @throws NullPointerException if an argument is null
     */
    public UnderPanelEvaluation {
      checkNotNull(declared, "declared");
      cards = ImmutableList.copyOf(checkNotNull(cards, "cards"));
    }

    @Override
    public ProjectProposal proposal() {
      return declared.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.UNDER_PANEL_EVALUATION;
    }
  }

  /**
   * Approved with a budget and a funding plan.
   *
   * @param declared the declared project
   * @param panel the panel's evaluation
   * @param plan the approved budget and how it is paid
   */
  record Approved(Declared declared, PanelResult panel, FundingPlan plan) implements Started {
    /**
     * Creates the state.
     *
     * @param declared the declared project
     * @param panel the panel's evaluation
     * @param plan the approved budget and how it is paid
     * @throws NullPointerException if an argument is null
     */
    public Approved {
      checkNotNull(declared, "declared");
      checkNotNull(panel, "panel");
      checkNotNull(plan, "plan");
    }

    @Override
    public ProjectProposal proposal() {
      return declared.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.APPROVED;
    }
  }

  /**
   * Rejected with reasons.
   *
   * @param proposal what was proposed
   * @param rejectedAt the stage at which it was rejected
   * @param reasons why
   */
  record Rejected(ProjectProposal proposal, Stage rejectedAt, ImmutableList<String> reasons)
      implements Started {
    /**
     * Creates the state.
     *
     * @param proposal what was proposed
     * @param rejectedAt the stage at which it was rejected
     * @param reasons why
     * @throws NullPointerException if an argument is null
     */
    public Rejected {
      checkNotNull(proposal, "proposal");
      checkNotNull(rejectedAt, "rejectedAt");
      reasons = ImmutableList.copyOf(checkNotNull(reasons, "reasons"));
    }

    @Override
    public Stage stage() {
      return Stage.REJECTED;
    }
  }

  /**
   * Withdrawn by its proposers.
   *
   * @param proposal what was proposed
   * @param withdrawnAt the stage at which it was withdrawn
   * @param reason why
   */
  record Withdrawn(ProjectProposal proposal, Stage withdrawnAt, String reason) implements Started {
    /**
     * Creates the state.
     *
     * @param proposal what was proposed
     * @param withdrawnAt the stage at which it was withdrawn
     * @param reason why
     * @throws NullPointerException if an argument is null
     */
    public Withdrawn {
      checkNotNull(proposal, "proposal");
      checkNotNull(withdrawnAt, "withdrawnAt");
      checkNotNull(reason, "reason");
    }

    @Override
    public Stage stage() {
      return Stage.WITHDRAWN;
    }
  }

  /**
   * Being carried out.
   *
   * @param approved the approved project
   * @param open the milestones not yet done, in the order added
   * @param completed the milestones done, in the order done
   * @param log the work log
   */
  record InImplementation(
      Approved approved,
      ImmutableList<Milestone> open,
      ImmutableList<Milestone> completed,
      ImmutableList<WorkLogEntry> log)
      implements Started {
    /**
     * Creates the state.
     *
     * @param approved the approved project
     * @param open the milestones not yet done, in the order added
     * @param completed the milestones done, in the order done
     * @param log the work log
     * @throws NullPointerException if an argument is null
     */
    public InImplementation {
      checkNotNull(approved, "approved");
      open = ImmutableList.copyOf(checkNotNull(open, "open"));
      completed = ImmutableList.copyOf(checkNotNull(completed, "completed"));
      log = ImmutableList.copyOf(checkNotNull(log, "log"));
    }

    /**
     * Whether a milestone of that name exists, open or done.
     *
     * @param name the name
     * @return true if one exists
     */
    public boolean hasMilestone(String name) {
      return open.stream().anyMatch(m -> m.name().equals(name))
          || completed.stream().anyMatch(m -> m.name().equals(name));
    }

    @Override
    public ProjectProposal proposal() {
      return approved.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.IN_IMPLEMENTATION;
    }
  }

  /**
   * Implementation paused.
   *
   * @param paused the implementation as it was when paused
   * @param reason why
   */
  record Suspended(InImplementation paused, String reason) implements Started {
    /**
     * Creates the state.
     *
     * @param paused the implementation as it was when paused
     * @param reason why
     * @throws NullPointerException if an argument is null
     */
    public Suspended {
      checkNotNull(paused, "paused");
      checkNotNull(reason, "reason");
    }

    @Override
    public ProjectProposal proposal() {
      return paused.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.SUSPENDED;
    }
  }

  /**
   * Completed, waiting for acceptance.
   *
   * @param work the finished implementation
   * @param inspections the inspections that passed the work so far
   */
  record AwaitingAcceptance(InImplementation work, ImmutableList<Inspection> inspections)
      implements Started {
    /**
     * Creates the state.
     *
     * @param work the finished implementation
     * @param inspections the inspections that passed the work so far
     * @throws NullPointerException if an argument is null
     */
    public AwaitingAcceptance {
      checkNotNull(work, "work");
      inspections = ImmutableList.copyOf(checkNotNull(inspections, "inspections"));
    }

    @Override
    public ProjectProposal proposal() {
      return work.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.AWAITING_ACCEPTANCE;
    }
  }

  /**
   * Accepted; publicly disclosed until a time.
   *
   * @param acceptance the accepted work with its inspections
   * @param until when the disclosure ends
   */
  record InPublicDisclosure(AwaitingAcceptance acceptance, Instant until) implements Started {
    /**
     * Creates the state.
     *
     * @param acceptance the accepted work with its inspections
     * @param until when the disclosure ends
     * @throws NullPointerException if an argument is null
     */
    public InPublicDisclosure {
      checkNotNull(acceptance, "acceptance");
      checkNotNull(until, "until");
    }

    @Override
    public ProjectProposal proposal() {
      return acceptance.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.IN_PUBLIC_DISCLOSURE;
    }
  }

  /**
   * An objection raised during the disclosure is under review.
   *
   * @param disclosure the disclosure it interrupted
   * @param objector who objected
   * @param reason the objection
   */
  record UnderObjectionReview(InPublicDisclosure disclosure, ActorId objector, String reason)
      implements Started {
    /**
     * Creates the state.
     *
     * @param disclosure the disclosure it interrupted
     * @param objector who objected
     * @param reason the objection
     * @throws NullPointerException if an argument is null
     */
    public UnderObjectionReview {
      checkNotNull(disclosure, "disclosure");
      checkNotNull(objector, "objector");
      checkNotNull(reason, "reason");
    }

    @Override
    public ProjectProposal proposal() {
      return disclosure.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.UNDER_OBJECTION_REVIEW;
    }
  }

  /**
   * Closed.
   *
   * @param disclosure the completed disclosure
   * @param closedAt when it was closed
   */
  record Closed(InPublicDisclosure disclosure, Instant closedAt) implements Started {
    /**
     * Creates the state.
     *
     * @param disclosure the completed disclosure
     * @param closedAt when it was closed
     * @throws NullPointerException if an argument is null
     */
    public Closed {
      checkNotNull(disclosure, "disclosure");
      checkNotNull(closedAt, "closedAt");
      checkArgument(!closedAt.isBefore(disclosure.until()), "closedAt must not precede the end of disclosure: %s", closedAt);
    }

    @Override
    public ProjectProposal proposal() {
      return disclosure.proposal();
    }

    @Override
    public Stage stage() {
      return Stage.CLOSED;
    }
  }
}
