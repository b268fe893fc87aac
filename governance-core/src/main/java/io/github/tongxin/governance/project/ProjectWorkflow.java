package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.project.ProjectCommand.Accept;
import io.github.tongxin.governance.project.ProjectCommand.AddMilestone;
import io.github.tongxin.governance.project.ProjectCommand.Answer;
import io.github.tongxin.governance.project.ProjectCommand.Approve;
import io.github.tongxin.governance.project.ProjectCommand.Close;
import io.github.tongxin.governance.project.ProjectCommand.CloseConsultation;
import io.github.tongxin.governance.project.ProjectCommand.CompleteMilestone;
import io.github.tongxin.governance.project.ProjectCommand.Declare;
import io.github.tongxin.governance.project.ProjectCommand.DismissObjection;
import io.github.tongxin.governance.project.ProjectCommand.ForwardToPanel;
import io.github.tongxin.governance.project.ProjectCommand.Inspect;
import io.github.tongxin.governance.project.ProjectCommand.LogWork;
import io.github.tongxin.governance.project.ProjectCommand.OpenConsultation;
import io.github.tongxin.governance.project.ProjectCommand.Propose;
import io.github.tongxin.governance.project.ProjectCommand.RaiseObjection;
import io.github.tongxin.governance.project.ProjectCommand.Reject;
import io.github.tongxin.governance.project.ProjectCommand.ReportCompletion;
import io.github.tongxin.governance.project.ProjectCommand.Resume;
import io.github.tongxin.governance.project.ProjectCommand.StartImplementation;
import io.github.tongxin.governance.project.ProjectCommand.StartReview;
import io.github.tongxin.governance.project.ProjectCommand.SubmitScore;
import io.github.tongxin.governance.project.ProjectCommand.Suspend;
import io.github.tongxin.governance.project.ProjectCommand.UpholdObjection;
import io.github.tongxin.governance.project.ProjectCommand.Withdraw;
import io.github.tongxin.governance.project.ProjectEvent.CompletionReported;
import io.github.tongxin.governance.project.ProjectEvent.ConsultationAnswered;
import io.github.tongxin.governance.project.ProjectEvent.ConsultationClosed;
import io.github.tongxin.governance.project.ProjectEvent.ConsultationOpened;
import io.github.tongxin.governance.project.ProjectEvent.CrowdfundingOpened;
import io.github.tongxin.governance.project.ProjectEvent.ForwardedToPanel;
import io.github.tongxin.governance.project.ProjectEvent.GrantRequested;
import io.github.tongxin.governance.project.ProjectEvent.ImplementationResumed;
import io.github.tongxin.governance.project.ProjectEvent.ImplementationStarted;
import io.github.tongxin.governance.project.ProjectEvent.ImplementationSuspended;
import io.github.tongxin.governance.project.ProjectEvent.InspectionRecorded;
import io.github.tongxin.governance.project.ProjectEvent.MilestoneAdded;
import io.github.tongxin.governance.project.ProjectEvent.MilestoneCompleted;
import io.github.tongxin.governance.project.ProjectEvent.ObjectionDismissed;
import io.github.tongxin.governance.project.ProjectEvent.ObjectionRaised;
import io.github.tongxin.governance.project.ProjectEvent.ObjectionUpheld;
import io.github.tongxin.governance.project.ProjectEvent.ProjectAccepted;
import io.github.tongxin.governance.project.ProjectEvent.ProjectApproved;
import io.github.tongxin.governance.project.ProjectEvent.ProjectClosed;
import io.github.tongxin.governance.project.ProjectEvent.ProjectDeclared;
import io.github.tongxin.governance.project.ProjectEvent.ProjectProposed;
import io.github.tongxin.governance.project.ProjectEvent.ProjectRejected;
import io.github.tongxin.governance.project.ProjectEvent.ProjectWithdrawn;
import io.github.tongxin.governance.project.ProjectEvent.ReviewStarted;
import io.github.tongxin.governance.project.ProjectEvent.ScoreSubmitted;
import io.github.tongxin.governance.project.ProjectEvent.WorkLogged;
import io.github.tongxin.governance.project.ProjectState.Approved;
import io.github.tongxin.governance.project.ProjectState.AwaitingAcceptance;
import io.github.tongxin.governance.project.ProjectState.Consulted;
import io.github.tongxin.governance.project.ProjectState.Declared;
import io.github.tongxin.governance.project.ProjectState.InConsultation;
import io.github.tongxin.governance.project.ProjectState.InImplementation;
import io.github.tongxin.governance.project.ProjectState.InPublicDisclosure;
import io.github.tongxin.governance.project.ProjectState.NotProposed;
import io.github.tongxin.governance.project.ProjectState.Proposed;
import io.github.tongxin.governance.project.ProjectState.Started;
import io.github.tongxin.governance.project.ProjectState.Suspended;
import io.github.tongxin.governance.project.ProjectState.UnderCommunityReview;
import io.github.tongxin.governance.project.ProjectState.UnderObjectionReview;
import io.github.tongxin.governance.project.ProjectState.UnderPanelEvaluation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The self-governance project workflow as a decider: {@link #decide} turns a command into events
 * or coded violations, {@link #evolve} applies one event to a state, and {@link #replay} folds a
 * project's events into its state. Pure functions: no clock, no I/O; a refused command leaves
 * nothing behind.
 *
 * <p>The lifecycle: proposed → in consultation → consulted (a failed consultation rejects) →
 * declared → under community review → under panel evaluation → approved or rejected → in
 * implementation (milestones, work log, suspension) → awaiting acceptance (a failed inspection
 * sends the work back) → in public disclosure (an objection goes to review: dismissed, the
 * disclosure restarts; upheld, the work goes back to implementation) → closed. Proposers may
 * withdraw before approval.
 *
 * <p>Every refusal lists all the rules the command breaks; a command at the wrong stage is
 * refused with {@link ProjectCode#WRONG_STAGE} alone. Beyond the {@link Permissions} table:
 * a proposer may not approve, accept or inspect their own project ({@link ProjectCode#OWN_PROJECT});
 * an evaluator from the proposing group or a proposer's household may not score it ({@link
 * ProjectCode#CONFLICT_OF_INTEREST}); acceptance needs at least {@value #MINIMUM_INSPECTORS}
 * inspectors who passed the work, one of them representing residents.
 *
 * <pre>{@code
 * ProjectState state = ProjectState.initial();
 * Decision<ImmutableList<ProjectEvent>> decision =
 *     ProjectWorkflow.decide(state, new ProjectCommand.Propose(li, at, proposal), context);
 * for (ProjectEvent event : decision.valueOrThrow()) {
 *   state = ProjectWorkflow.evolve(state, event);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProjectWorkflow {
  /** Inspectors who must pass the work before it is accepted. */
  public static final int MINIMUM_INSPECTORS = 2;

  private ProjectWorkflow() {}

  /**
   * Decides a command.
   *
   * @param state the project's current state
   * @param command the command
   * @param context the rules and the consultation roster
   * @return the events the command causes, or the violations that refuse it
   * @throws NullPointerException if an argument is null
   */
  public static Decision<ImmutableList<ProjectEvent>> decide(
      ProjectState state, ProjectCommand command, ProjectContext context) {
    checkNotNull(state, "state");
    checkNotNull(command, "command");
    checkNotNull(context, "context");
    List<Violation> violations = new ArrayList<>();
    Actor actor = command.actor();
    Instant at = command.at();
    Permissions permissions = context.rules().permissions();
    if (!permissions.allows(actor, command.kind())) {
      violations.add(
          Violation.of(
              ProjectCode.NOT_PERMITTED,
              "actor "
                  + actor
                  + " with roles "
                  + actor.roles()
                  + " may not "
                  + command.kind()
                  + ": needs one of "
                  + permissions.rolesFor(command.kind())));
    }
    if (command instanceof Propose propose) {
      if (!(state instanceof NotProposed)) {
        return wrongStage(state, command);
      }
      ProjectProposal proposal = propose.proposal();
      check(
          violations,
          proposal.proposers().contains(actor.id()),
          ProjectCode.NOT_A_PROPOSER,
          "proposal " + proposal.id() + " does not list its proposer " + actor);
      return result(violations, new ProjectProposed(proposal.id(), actor.id(), at, proposal));
    }
    if (!(state instanceof Started started)) {
      return wrongStage(state, command);
    }
    ProjectId id = started.id();
    ProjectProposal proposal = started.proposal();
    if (command instanceof Withdraw withdraw) {
      if (!state.stage().isBeforeApproval()) {
        return wrongStage(state, command);
      }
      check(
          violations,
          proposal.proposers().contains(actor.id()),
          ProjectCode.NOT_A_PROPOSER,
          "only a proposer of " + id + " may withdraw it, not " + actor);
      return result(violations, new ProjectWithdrawn(id, actor.id(), at, withdraw.reason()));
    }
    if (command instanceof Reject reject) {
      if (!(state instanceof UnderCommunityReview || state instanceof UnderPanelEvaluation)) {
        return wrongStage(state, command);
      }
      return result(violations, new ProjectRejected(id, actor.id(), at, reject.reasons()));
    }
    if (command instanceof OpenConsultation) {
      return state instanceof Proposed
          ? result(violations, new ConsultationOpened(id, actor.id(), at))
          : wrongStage(state, command);
    }
    if (command instanceof Answer answer) {
      if (!(state instanceof InConsultation consultation)) {
        return wrongStage(state, command);
      }
      HouseholdId household = answer.household();
      check(
          violations,
          context.roster().contains(household),
          ProjectCode.NOT_ON_ROSTER,
          "household " + household + " is not on the roster of " + proposal.group());
      check(
          violations,
          actor.households().contains(household),
          ProjectCode.NOT_OF_HOUSEHOLD,
          "actor " + actor + " does not belong to household " + household);
      check(
          violations,
          !consultation.answers().containsKey(household),
          ProjectCode.ALREADY_ANSWERED,
          "household " + household + " has already answered");
      return result(
          violations, new ConsultationAnswered(id, actor.id(), at, household, answer.choice()));
    }
    if (command instanceof CloseConsultation) {
      if (!(state instanceof InConsultation consultation)) {
        return wrongStage(state, command);
      }
      Map<HouseholdId, Choice> answers =
          Maps.filterKeys(consultation.answers(), context.roster()::contains);
      ConsultationResult counted =
          ConsultationResult.count(
              proposal.matter(), context.roster(), answers, context.rules().consultation());
      ConsultationClosed closed = new ConsultationClosed(id, actor.id(), at, counted);
      if (counted.passes()) {
        return result(violations, closed);
      }
      ImmutableList<String> reasons =
          counted.unmet().stream().map(ThresholdCheck::toString).collect(ImmutableList.toImmutableList());
      return result(violations, closed, new ProjectRejected(id, actor.id(), at, reasons));
    }
    if (command instanceof Declare declare) {
      if (!(state instanceof Consulted)) {
        return wrongStage(state, command);
      }
      check(
          violations,
          declare.requested().isPositive(),
          ProjectCode.BUDGET_NOT_POSITIVE,
          "requested budget must be positive: " + declare.requested());
      return result(violations, new ProjectDeclared(id, actor.id(), at, declare.requested()));
    }
    if (command instanceof StartReview) {
      return state instanceof Declared
          ? result(violations, new ReviewStarted(id, actor.id(), at))
          : wrongStage(state, command);
    }
    if (command instanceof ForwardToPanel) {
      return state instanceof UnderCommunityReview
          ? result(violations, new ForwardedToPanel(id, actor.id(), at))
          : wrongStage(state, command);
    }
    if (command instanceof SubmitScore submit) {
      if (!(state instanceof UnderPanelEvaluation panel)) {
        return wrongStage(state, command);
      }
      Scorecard card = submit.card();
      PanelRules rules = context.rules().panel();
      check(
          violations,
          card.evaluator().equals(actor.id()),
          ProjectCode.SCORECARD_NOT_OWN,
          "actor " + actor + " submits the scorecard of " + card.evaluator());
      check(
          violations,
          card.scores().keySet().containsAll(rules.weights().keySet()),
          ProjectCode.SCORECARD_INCOMPLETE,
          "scorecard of " + card.evaluator() + " lacks some of " + rules.weights().keySet());
      check(
          violations,
          panel.cards().stream().noneMatch(c -> c.evaluator().equals(card.evaluator())),
          ProjectCode.ALREADY_SCORED,
          "evaluator " + card.evaluator() + " has already scored " + id);
      boolean sameGroup = actor.groups().contains(proposal.group());
      boolean sameHousehold = !Sets.intersection(actor.households(), proposal.households()).isEmpty();
      boolean proposer = proposal.proposers().contains(actor.id());
      check(
          violations,
          !sameGroup && !sameHousehold && !proposer,
          ProjectCode.CONFLICT_OF_INTEREST,
          "evaluator "
              + actor
              + (proposer
                  ? " proposed " + id
                  : sameGroup ? " belongs to the proposing group " + proposal.group()
                  : " belongs to a proposer's household"));
      return result(violations, new ScoreSubmitted(id, actor.id(), at, card));
    }
    if (command instanceof Approve approve) {
      if (!(state instanceof UnderPanelEvaluation panel)) {
        return wrongStage(state, command);
      }
      ownProject(violations, proposal, actor, "approve");
      PanelRules rules = context.rules().panel();
      FundingPlan plan = approve.plan();
      Declared declared = panel.declared();
      check(
          violations,
          plan.total().compareTo(declared.requested()) <= 0,
          ProjectCode.BUDGET_ABOVE_REQUEST,
          "approved budget " + plan.total() + " exceeds the request " + declared.requested());
      boolean complete =
          panel.cards().stream()
              .allMatch(card -> card.scores().keySet().containsAll(rules.weights().keySet()));
      check(
          violations,
          complete,
          ProjectCode.SCORECARD_INCOMPLETE,
          "a scorecard lacks some of " + rules.weights().keySet());
      boolean enough = panel.cards().size() >= rules.minimumEvaluators();
      check(
          violations,
          enough,
          ProjectCode.TOO_FEW_EVALUATORS,
          panel.cards().size() + " evaluators scored " + id + "; needs " + rules.minimumEvaluators());
      if (!enough || !complete) {
        return Decision.rejected(violations);
      }
      PanelResult result = PanelResult.of(panel.cards(), rules);
      check(
          violations,
          result.isRecommended(),
          ProjectCode.NOT_RECOMMENDED,
          "panel score " + result.score() + " is below " + result.recommendation());
      List<ProjectEvent> events = new ArrayList<>();
      events.add(new ProjectApproved(id, actor.id(), at, result, plan));
      if (plan.grant().isPositive()) {
        events.add(new GrantRequested(id, actor.id(), at, plan.grant()));
      }
      if (plan.crowdfunding().isPositive()) {
        events.add(new CrowdfundingOpened(id, actor.id(), at, plan.crowdfunding()));
      }
      return result(violations, events.toArray(new ProjectEvent[0]));
    }
    if (command instanceof StartImplementation) {
      return state instanceof Approved
          ? result(violations, new ImplementationStarted(id, actor.id(), at))
          : wrongStage(state, command);
    }
    if (command instanceof AddMilestone add) {
      if (!(state instanceof InImplementation work)) {
        return wrongStage(state, command);
      }
      check(
          violations,
          !work.hasMilestone(add.name()),
          ProjectCode.MILESTONE_EXISTS,
          "milestone '" + add.name() + "' exists already");
      return result(violations, new MilestoneAdded(id, actor.id(), at, add.name()));
    }
    if (command instanceof CompleteMilestone complete) {
      if (!(state instanceof InImplementation work)) {
        return wrongStage(state, command);
      }
      check(
          violations,
          work.open().stream().anyMatch(m -> m.name().equals(complete.name())),
          ProjectCode.MILESTONE_UNKNOWN,
          "no open milestone '" + complete.name() + "'");
      return result(violations, new MilestoneCompleted(id, actor.id(), at, complete.name()));
    }
    if (command instanceof LogWork log) {
      return state instanceof InImplementation
          ? result(violations, new WorkLogged(id, actor.id(), at, log.text()))
          : wrongStage(state, command);
    }
    if (command instanceof Suspend suspend) {
      return state instanceof InImplementation
          ? result(violations, new ImplementationSuspended(id, actor.id(), at, suspend.reason()))
          : wrongStage(state, command);
    }
    if (command instanceof Resume) {
      return state instanceof Suspended
          ? result(violations, new ImplementationResumed(id, actor.id(), at))
          : wrongStage(state, command);
    }
    if (command instanceof ReportCompletion) {
      if (!(state instanceof InImplementation work)) {
        return wrongStage(state, command);
      }
      check(
          violations,
          work.open().isEmpty(),
          ProjectCode.MILESTONES_OPEN,
          "milestones still open: "
              + work.open().stream().map(Milestone::name).collect(ImmutableList.toImmutableList()));
      return result(violations, new CompletionReported(id, actor.id(), at));
    }
    if (command instanceof Inspect inspect) {
      if (!(state instanceof AwaitingAcceptance acceptance)) {
        return wrongStage(state, command);
      }
      ownProject(violations, proposal, actor, "inspect");
      check(
          violations,
          acceptance.inspections().stream()
              .noneMatch(i -> i.inspector().id().equals(actor.id())),
          ProjectCode.ALREADY_INSPECTED,
          "inspector " + actor + " has already inspected " + id);
      return result(
          violations,
          new InspectionRecorded(
              id, actor.id(), at, new Inspection(actor, at, inspect.verdict(), inspect.note())));
    }
    if (command instanceof Accept) {
      if (!(state instanceof AwaitingAcceptance acceptance)) {
        return wrongStage(state, command);
      }
      ownProject(violations, proposal, actor, "accept");
      long passed =
          acceptance.inspections().stream().map(i -> i.inspector().id()).distinct().count();
      check(
          violations,
          passed >= MINIMUM_INSPECTORS,
          ProjectCode.TOO_FEW_INSPECTORS,
          passed + " inspectors passed the work; needs " + MINIMUM_INSPECTORS);
      check(
          violations,
          acceptance.inspections().stream().anyMatch(Inspection::byResidentRepresentative),
          ProjectCode.NO_RESIDENT_INSPECTOR,
          "none of the inspectors who passed the work represents residents");
      return result(
          violations,
          new ProjectAccepted(id, actor.id(), at, at.plus(context.rules().disclosure())));
    }
    if (command instanceof RaiseObjection objection) {
      if (!(state instanceof InPublicDisclosure disclosure)) {
        return wrongStage(state, command);
      }
      check(
          violations,
          at.isBefore(disclosure.until()),
          ProjectCode.DISCLOSURE_OVER,
          "the disclosure ended at " + disclosure.until() + "; objection at " + at);
      return result(violations, new ObjectionRaised(id, actor.id(), at, objection.reason()));
    }
    if (command instanceof DismissObjection dismiss) {
      return state instanceof UnderObjectionReview
          ? result(
              violations,
              new ObjectionDismissed(
                  id, actor.id(), at, dismiss.reason(), at.plus(context.rules().disclosure())))
          : wrongStage(state, command);
    }
    if (command instanceof UpholdObjection uphold) {
      return state instanceof UnderObjectionReview
          ? result(violations, new ObjectionUpheld(id, actor.id(), at, uphold.reason()))
          : wrongStage(state, command);
    }
    if (command instanceof Close) {
      if (!(state instanceof InPublicDisclosure disclosure)) {
        return wrongStage(state, command);
      }
      check(
          violations,
          !at.isBefore(disclosure.until()),
          ProjectCode.DISCLOSURE_NOT_OVER,
          "the disclosure lasts until " + disclosure.until() + "; close at " + at);
      return result(violations, new ProjectClosed(id, actor.id(), at));
    }
    throw new AssertionError(command);
  }

  /**
   * Applies one event to a state.
   *
   * @param state the state before
   * @param event an event that {@link #decide} could have produced in that state
   * @return the state after
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the event does not apply to the state (a corrupt log)
   */
  public static ProjectState evolve(ProjectState state, ProjectEvent event) {
    checkNotNull(state, "state");
    checkNotNull(event, "event");
    if (event instanceof ProjectProposed proposed && state instanceof NotProposed) {
      return new Proposed(proposed.proposal());
    }
    if (!(state instanceof Started started) || !started.id().equals(event.project())) {
      throw doesNotApply(state, event);
    }
    if (event instanceof ConsultationOpened && state instanceof Proposed s) {
      return new InConsultation(s.proposal(), ImmutableSortedMap.of());
    }
    if (event instanceof ConsultationAnswered e && state instanceof InConsultation s) {
      return new InConsultation(
          s.proposal(),
          ImmutableSortedMap.<HouseholdId, Choice>naturalOrder()
              .putAll(s.answers())
              .put(e.household(), e.choice())
              .buildOrThrow());
    }
    if (event instanceof ConsultationClosed e && state instanceof InConsultation s) {
      return new Consulted(s.proposal(), e.result());
    }
    if (event instanceof ProjectDeclared e && state instanceof Consulted s) {
      return new Declared(s, e.requested());
    }
    if (event instanceof ReviewStarted && state instanceof Declared s) {
      return new UnderCommunityReview(s);
    }
    if (event instanceof ForwardedToPanel && state instanceof UnderCommunityReview s) {
      return new UnderPanelEvaluation(s.declared(), ImmutableList.of());
    }
    if (event instanceof ScoreSubmitted e && state instanceof UnderPanelEvaluation s) {
      return new UnderPanelEvaluation(s.declared(), append(s.cards(), e.card()));
    }
    if (event instanceof ProjectApproved e && state instanceof UnderPanelEvaluation s) {
      return new Approved(s.declared(), e.panel(), e.plan());
    }
    if ((event instanceof GrantRequested || event instanceof CrowdfundingOpened)
        && state instanceof Approved) {
      return state;
    }
    if (event instanceof ProjectRejected e
        && state.stage().isBeforeApproval()) {
      return new ProjectState.Rejected(started.proposal(), state.stage(), e.reasons());
    }
    if (event instanceof ProjectWithdrawn e && state.stage().isBeforeApproval()) {
      return new ProjectState.Withdrawn(started.proposal(), state.stage(), e.reason());
    }
    if (event instanceof ImplementationStarted && state instanceof Approved s) {
      return new InImplementation(s, ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }
    if (event instanceof MilestoneAdded e && state instanceof InImplementation s) {
      return new InImplementation(
          s.approved(), append(s.open(), new Milestone(e.name(), e.at())), s.completed(), s.log());
    }
    if (event instanceof MilestoneCompleted e && state instanceof InImplementation s) {
      Predicate<Milestone> named = m -> m.name().equals(e.name());
      if (s.open().stream().noneMatch(named)) {
        throw doesNotApply(state, event);
      }
      return new InImplementation(
          s.approved(),
          s.open().stream().filter(named.negate()).collect(ImmutableList.toImmutableList()),
          append(s.completed(), new Milestone(e.name(), e.at())),
          s.log());
    }
    if (event instanceof WorkLogged e && state instanceof InImplementation s) {
      return new InImplementation(
          s.approved(),
          s.open(),
          s.completed(),
          append(s.log(), new WorkLogEntry(e.actor(), e.at(), e.text())));
    }
    if (event instanceof ImplementationSuspended e && state instanceof InImplementation s) {
      return new Suspended(s, e.reason());
    }
    if (event instanceof ImplementationResumed && state instanceof Suspended s) {
      return s.paused();
    }
    if (event instanceof CompletionReported && state instanceof InImplementation s) {
      return new AwaitingAcceptance(s, ImmutableList.of());
    }
    if (event instanceof InspectionRecorded e && state instanceof AwaitingAcceptance s) {
      return e.inspection().verdict() == Inspection.Verdict.FAILED
          ? s.work()
          : new AwaitingAcceptance(s.work(), append(s.inspections(), e.inspection()));
    }
    if (event instanceof ProjectAccepted e && state instanceof AwaitingAcceptance s) {
      return new InPublicDisclosure(s, e.disclosureUntil());
    }
    if (event instanceof ObjectionRaised e && state instanceof InPublicDisclosure s) {
      return new UnderObjectionReview(s, e.actor(), e.reason());
    }
    if (event instanceof ObjectionDismissed e && state instanceof UnderObjectionReview s) {
      return new InPublicDisclosure(s.disclosure().acceptance(), e.disclosureUntil());
    }
    if (event instanceof ObjectionUpheld && state instanceof UnderObjectionReview s) {
      return s.disclosure().acceptance().work();
    }
    if (event instanceof ProjectClosed e && state instanceof InPublicDisclosure s) {
      return new ProjectState.Closed(s, e.at());
    }
    throw doesNotApply(state, event);
  }

  /**
   * Folds a project's events into its state, starting from {@link ProjectState#initial()}.
   *
   * @param events the project's events, in order
   * @return the state they lead to
   * @throws NullPointerException if {@code events} or an event is null
   * @throws IllegalStateException if an event does not apply to the state before it
   */
  public static ProjectState replay(Iterable<? extends ProjectEvent> events) {
    ProjectState state = ProjectState.initial();
    for (ProjectEvent event : checkNotNull(events, "events")) {
      state = evolve(state, event);
    }
    return state;
  }

  private static IllegalStateException doesNotApply(ProjectState state, ProjectEvent event) {
    return new IllegalStateException(
        "event " + event.getClass().getSimpleName() + " of " + event.project()
            + " does not apply at stage " + state.stage());
  }

  private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(element).build();
  }

  private static void ownProject(
      List<Violation> violations, ProjectProposal proposal, Actor actor, String what) {
    check(
        violations,
        !proposal.proposers().contains(actor.id()),
        ProjectCode.OWN_PROJECT,
        "proposer " + actor + " may not " + what + " their own project " + proposal.id());
  }

  private static void check(
      List<Violation> violations, boolean met, ProjectCode code, String message) {
    if (!met) {
      violations.add(Violation.of(code, message));
    }
  }

  private static Decision<ImmutableList<ProjectEvent>> wrongStage(
      ProjectState state, ProjectCommand command) {
    return Decision.rejected(
        ImmutableList.of(
            Violation.of(
                ProjectCode.WRONG_STAGE,
                "cannot " + command.kind() + " at stage " + state.stage())));
  }

  private static Decision<ImmutableList<ProjectEvent>> result(
      List<Violation> violations, ProjectEvent... events) {
    return violations.isEmpty()
        ? Decision.accepted(ImmutableList.copyOf(events))
        : Decision.rejected(violations);
  }
}
