package io.github.tongxin.governance.project;

import static io.github.tongxin.governance.project.Stage.APPROVED;
import static io.github.tongxin.governance.project.Stage.AWAITING_ACCEPTANCE;
import static io.github.tongxin.governance.project.Stage.CLOSED;
import static io.github.tongxin.governance.project.Stage.CONSULTED;
import static io.github.tongxin.governance.project.Stage.DECLARED;
import static io.github.tongxin.governance.project.Stage.IN_CONSULTATION;
import static io.github.tongxin.governance.project.Stage.IN_IMPLEMENTATION;
import static io.github.tongxin.governance.project.Stage.IN_PUBLIC_DISCLOSURE;
import static io.github.tongxin.governance.project.Stage.NOT_PROPOSED;
import static io.github.tongxin.governance.project.Stage.PROPOSED;
import static io.github.tongxin.governance.project.Stage.REJECTED;
import static io.github.tongxin.governance.project.Stage.SUSPENDED;
import static io.github.tongxin.governance.project.Stage.UNDER_COMMUNITY_REVIEW;
import static io.github.tongxin.governance.project.Stage.UNDER_OBJECTION_REVIEW;
import static io.github.tongxin.governance.project.Stage.UNDER_PANEL_EVALUATION;
import static io.github.tongxin.governance.project.Stage.WITHDRAWN;

import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.money.Amount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately naive model of the project workflow, written from the rules in the Javadoc of
 * {@link ProjectWorkflow} rather than from its code: a table of the stages at which each command
 * kind is allowed, a table of the stage each accepted command leads to, and the few counters the
 * rules need (answers, scorecards, milestones, inspectors, the end of disclosure). It predicts
 * the set of violation codes of each command (empty: accepted). The standard rules are assumed.
 */
final class ProjectModel {
  static final Map<CommandKind, Set<Stage>> VALID_AT = new EnumMap<>(CommandKind.class);

  static {
    VALID_AT.put(CommandKind.PROPOSE, EnumSet.of(NOT_PROPOSED));
    VALID_AT.put(CommandKind.OPEN_CONSULTATION, EnumSet.of(PROPOSED));
    VALID_AT.put(CommandKind.ANSWER_CONSULTATION, EnumSet.of(IN_CONSULTATION));
    VALID_AT.put(CommandKind.CLOSE_CONSULTATION, EnumSet.of(IN_CONSULTATION));
    VALID_AT.put(CommandKind.DECLARE, EnumSet.of(CONSULTED));
    VALID_AT.put(CommandKind.START_REVIEW, EnumSet.of(DECLARED));
    VALID_AT.put(CommandKind.FORWARD_TO_PANEL, EnumSet.of(UNDER_COMMUNITY_REVIEW));
    VALID_AT.put(CommandKind.SUBMIT_SCORE, EnumSet.of(UNDER_PANEL_EVALUATION));
    VALID_AT.put(CommandKind.APPROVE, EnumSet.of(UNDER_PANEL_EVALUATION));
    VALID_AT.put(CommandKind.REJECT, EnumSet.of(UNDER_COMMUNITY_REVIEW, UNDER_PANEL_EVALUATION));
    VALID_AT.put(
        CommandKind.WITHDRAW,
        EnumSet.of(
            PROPOSED,
            IN_CONSULTATION,
            CONSULTED,
            DECLARED,
            UNDER_COMMUNITY_REVIEW,
            UNDER_PANEL_EVALUATION));
    VALID_AT.put(CommandKind.START_IMPLEMENTATION, EnumSet.of(APPROVED));
    VALID_AT.put(CommandKind.ADD_MILESTONE, EnumSet.of(IN_IMPLEMENTATION));
    VALID_AT.put(CommandKind.COMPLETE_MILESTONE, EnumSet.of(IN_IMPLEMENTATION));
    VALID_AT.put(CommandKind.LOG_WORK, EnumSet.of(IN_IMPLEMENTATION));
    VALID_AT.put(CommandKind.SUSPEND, EnumSet.of(IN_IMPLEMENTATION));
    VALID_AT.put(CommandKind.RESUME, EnumSet.of(SUSPENDED));
    VALID_AT.put(CommandKind.REPORT_COMPLETION, EnumSet.of(IN_IMPLEMENTATION));
    VALID_AT.put(CommandKind.INSPECT, EnumSet.of(AWAITING_ACCEPTANCE));
    VALID_AT.put(CommandKind.ACCEPT, EnumSet.of(AWAITING_ACCEPTANCE));
    VALID_AT.put(CommandKind.OBJECT, EnumSet.of(IN_PUBLIC_DISCLOSURE));
    VALID_AT.put(CommandKind.DISMISS_OBJECTION, EnumSet.of(UNDER_OBJECTION_REVIEW));
    VALID_AT.put(CommandKind.UPHOLD_OBJECTION, EnumSet.of(UNDER_OBJECTION_REVIEW));
    VALID_AT.put(CommandKind.CLOSE, EnumSet.of(IN_PUBLIC_DISCLOSURE));
  }

  /** Roles per command kind, as in the brief's table (kept here, not read from Permissions). */
  static final Map<CommandKind, Set<ProjectRole>> ROLES = new EnumMap<>(CommandKind.class);

  static {
    Set<ProjectRole> residents =
        EnumSet.of(
            ProjectRole.RESIDENT,
            ProjectRole.HOUSEHOLD_REPRESENTATIVE,
            ProjectRole.BUILDING_GROUP_LEADER,
            ProjectRole.BUILDING_GROUP_MEMBER);
    Set<ProjectRole> council =
        EnumSet.of(ProjectRole.BUILDING_GROUP_LEADER, ProjectRole.BUILDING_GROUP_MEMBER);
    Set<ProjectRole> committee = EnumSet.of(ProjectRole.RESIDENTS_COMMITTEE_MEMBER);
    Set<ProjectRole> management =
        EnumSet.of(ProjectRole.PARTY_BRANCH_SECRETARY, ProjectRole.RESIDENTS_COMMITTEE_MEMBER);
    ROLES.put(CommandKind.PROPOSE, residents);
    ROLES.put(CommandKind.WITHDRAW, residents);
    for (CommandKind k :
        List.of(
            CommandKind.OPEN_CONSULTATION,
            CommandKind.CLOSE_CONSULTATION,
            CommandKind.ADD_MILESTONE,
            CommandKind.COMPLETE_MILESTONE,
            CommandKind.LOG_WORK)) {
      ROLES.put(k, council);
    }
    ROLES.put(CommandKind.ANSWER_CONSULTATION, EnumSet.of(ProjectRole.HOUSEHOLD_REPRESENTATIVE));
    ROLES.put(CommandKind.DECLARE, EnumSet.of(ProjectRole.BUILDING_GROUP_LEADER));
    ROLES.put(CommandKind.REPORT_COMPLETION, EnumSet.of(ProjectRole.BUILDING_GROUP_LEADER));
    for (CommandKind k :
        List.of(
            CommandKind.START_REVIEW,
            CommandKind.FORWARD_TO_PANEL,
            CommandKind.ACCEPT,
            CommandKind.DISMISS_OBJECTION,
            CommandKind.UPHOLD_OBJECTION,
            CommandKind.CLOSE)) {
      ROLES.put(k, committee);
    }
    ROLES.put(CommandKind.SUBMIT_SCORE, EnumSet.of(ProjectRole.EVALUATOR));
    for (CommandKind k :
        List.of(CommandKind.APPROVE, CommandKind.REJECT, CommandKind.SUSPEND, CommandKind.RESUME)) {
      ROLES.put(k, management);
    }
    ROLES.put(CommandKind.START_IMPLEMENTATION, EnumSet.of(ProjectRole.FUND_OFFICER));
    ROLES.put(CommandKind.INSPECT, EnumSet.of(ProjectRole.INSPECTOR));
    ROLES.put(
        CommandKind.OBJECT, EnumSet.of(ProjectRole.RESIDENT, ProjectRole.HOUSEHOLD_REPRESENTATIVE));
  }

  static final Duration DISCLOSURE = Duration.ofDays(7);
  static final int MINIMUM_EVALUATORS = 5;
  static final int TRIM = 1;

  private final ConsultationRoster roster;
  private Stage stage = NOT_PROPOSED;
  private ProjectProposal proposal;
  private final Map<HouseholdId, Choice> answers = new HashMap<>();
  private Amount requested = Amount.ZERO;
  private final List<Scorecard> cards = new ArrayList<>();
  private final List<String> open = new ArrayList<>();
  private final Set<String> completed = new HashSet<>();
  private final List<Actor> passed = new ArrayList<>();
  private Instant until = Instant.EPOCH;
  private Stage suspendedFrom;

  ProjectModel(ConsultationRoster roster) {
    this.roster = roster;
  }

  Stage stage() {
    return stage;
  }

  List<String> openMilestones() {
    return Collections.unmodifiableList(open);
  }

  Set<String> completedMilestones() {
    return Collections.unmodifiableSet(completed);
  }

  Map<HouseholdId, Choice> answers() {
    return Collections.unmodifiableMap(answers);
  }

  List<Scorecard> cards() {
    return Collections.unmodifiableList(cards);
  }

  List<Actor> passedInspectors() {
    return Collections.unmodifiableList(passed);
  }

  Amount requested() {
    return requested;
  }

  Instant disclosureUntil() {
    return until;
  }

  static boolean permitted(Actor actor, CommandKind kind) {
    return ROLES.get(kind).stream().anyMatch(actor.roles()::contains);
  }

  static boolean conflicted(Actor actor, ProjectProposal proposal) {
    return actor.groups().contains(proposal.group())
        || proposal.proposers().contains(actor.id())
        || actor.households().stream().anyMatch(proposal.households()::contains);
  }

  /** The codes the command should be refused with; empty if it should be accepted. */
  Set<ProjectCode> expect(ProjectCommand command) {
    Set<ProjectCode> codes = EnumSet.noneOf(ProjectCode.class);
    if (!VALID_AT.get(command.kind()).contains(stage)) {
      return EnumSet.of(ProjectCode.WRONG_STAGE);
    }
    Actor actor = command.actor();
    if (!permitted(actor, command.kind())) {
      codes.add(ProjectCode.NOT_PERMITTED);
    }
    if (command instanceof ProjectCommand.Propose p) {
      when(codes, !p.proposal().proposers().contains(actor.id()), ProjectCode.NOT_A_PROPOSER);
    } else if (command instanceof ProjectCommand.Withdraw) {
      when(codes, !proposal.proposers().contains(actor.id()), ProjectCode.NOT_A_PROPOSER);
    } else if (command instanceof ProjectCommand.Answer a) {
      when(codes, !roster.contains(a.household()), ProjectCode.NOT_ON_ROSTER);
      when(codes, !actor.households().contains(a.household()), ProjectCode.NOT_OF_HOUSEHOLD);
      when(codes, answers.containsKey(a.household()), ProjectCode.ALREADY_ANSWERED);
    } else if (command instanceof ProjectCommand.Declare d) {
      when(codes, !d.requested().isPositive(), ProjectCode.BUDGET_NOT_POSITIVE);
    } else if (command instanceof ProjectCommand.SubmitScore s) {
      when(codes, !s.card().evaluator().equals(actor.id()), ProjectCode.SCORECARD_NOT_OWN);
      when(codes, !complete(s.card()), ProjectCode.SCORECARD_INCOMPLETE);
      when(
          codes,
          cards.stream().anyMatch(c -> c.evaluator().equals(s.card().evaluator())),
          ProjectCode.ALREADY_SCORED);
      when(codes, conflicted(actor, proposal), ProjectCode.CONFLICT_OF_INTEREST);
    } else if (command instanceof ProjectCommand.Approve a) {
      when(codes, proposal.proposers().contains(actor.id()), ProjectCode.OWN_PROJECT);
      when(
          codes,
          a.plan().total().compareTo(requested) > 0,
          ProjectCode.BUDGET_ABOVE_REQUEST);
      boolean allComplete = cards.stream().allMatch(ProjectModel::complete);
      boolean enough = cards.size() >= MINIMUM_EVALUATORS;
      when(codes, !allComplete, ProjectCode.SCORECARD_INCOMPLETE);
      when(codes, !enough, ProjectCode.TOO_FEW_EVALUATORS);
      if (allComplete && enough) {
        when(codes, !recommended(), ProjectCode.NOT_RECOMMENDED);
      }
    } else if (command instanceof ProjectCommand.AddMilestone m) {
      when(
          codes,
          open.contains(m.name()) || completed.contains(m.name()),
          ProjectCode.MILESTONE_EXISTS);
    } else if (command instanceof ProjectCommand.CompleteMilestone m) {
      when(codes, !open.contains(m.name()), ProjectCode.MILESTONE_UNKNOWN);
    } else if (command instanceof ProjectCommand.ReportCompletion) {
      when(codes, !open.isEmpty(), ProjectCode.MILESTONES_OPEN);
    } else if (command instanceof ProjectCommand.Inspect) {
      when(codes, proposal.proposers().contains(actor.id()), ProjectCode.OWN_PROJECT);
      when(
          codes,
          passed.stream().anyMatch(i -> i.id().equals(actor.id())),
          ProjectCode.ALREADY_INSPECTED);
    } else if (command instanceof ProjectCommand.Accept) {
      when(codes, proposal.proposers().contains(actor.id()), ProjectCode.OWN_PROJECT);
      when(
          codes,
          passed.stream().map(Actor::id).distinct().count() < 2,
          ProjectCode.TOO_FEW_INSPECTORS);
      when(
          codes,
          passed.stream()
              .noneMatch(
                  i ->
                      i.hasRole(ProjectRole.RESIDENT)
                          || i.hasRole(ProjectRole.HOUSEHOLD_REPRESENTATIVE)),
          ProjectCode.NO_RESIDENT_INSPECTOR);
    } else if (command instanceof ProjectCommand.RaiseObjection) {
      when(codes, !command.at().isBefore(until), ProjectCode.DISCLOSURE_OVER);
    } else if (command instanceof ProjectCommand.Close) {
      when(codes, command.at().isBefore(until), ProjectCode.DISCLOSURE_NOT_OVER);
    }
    return codes;
  }

  /** Applies a command the model accepted. */
  void apply(ProjectCommand command) {
    Stage before = stage;
    stage = next(command);
    if (command instanceof ProjectCommand.Propose p) {
      proposal = p.proposal();
    } else if (command instanceof ProjectCommand.Answer a) {
      answers.put(a.household(), a.choice());
    } else if (command instanceof ProjectCommand.Declare d) {
      requested = d.requested();
    } else if (command instanceof ProjectCommand.SubmitScore s) {
      cards.add(s.card());
    } else if (command instanceof ProjectCommand.AddMilestone m) {
      open.add(m.name());
    } else if (command instanceof ProjectCommand.CompleteMilestone m) {
      open.remove(m.name());
      completed.add(m.name());
    } else if (command instanceof ProjectCommand.Inspect i) {
      if (i.verdict() == Inspection.Verdict.PASSED) {
        passed.add(i.actor());
      } else {
        passed.clear();
      }
    } else if (command instanceof ProjectCommand.Accept
        || command instanceof ProjectCommand.DismissObjection) {
      until = command.at().plus(DISCLOSURE);
    } else if (command instanceof ProjectCommand.UpholdObjection
        || command instanceof ProjectCommand.ReportCompletion) {
      passed.clear();
    } else if (command instanceof ProjectCommand.Suspend) {
      suspendedFrom = before;
    }
  }

  private Stage next(ProjectCommand command) {
    return switch (command.kind()) {
      case PROPOSE -> PROPOSED;
      case OPEN_CONSULTATION -> IN_CONSULTATION;
      case ANSWER_CONSULTATION -> IN_CONSULTATION;
      case CLOSE_CONSULTATION -> consultationPasses() ? CONSULTED : REJECTED;
      case DECLARE -> DECLARED;
      case START_REVIEW -> UNDER_COMMUNITY_REVIEW;
      case FORWARD_TO_PANEL, SUBMIT_SCORE -> UNDER_PANEL_EVALUATION;
      case APPROVE -> APPROVED;
      case REJECT -> REJECTED;
      case WITHDRAW -> WITHDRAWN;
      case START_IMPLEMENTATION, ADD_MILESTONE, COMPLETE_MILESTONE, LOG_WORK -> IN_IMPLEMENTATION;
      case SUSPEND -> SUSPENDED;
      case RESUME -> suspendedFrom;
      case REPORT_COMPLETION -> AWAITING_ACCEPTANCE;
      case INSPECT ->
          ((ProjectCommand.Inspect) command).verdict() == Inspection.Verdict.PASSED
              ? AWAITING_ACCEPTANCE
              : IN_IMPLEMENTATION;
      case ACCEPT -> IN_PUBLIC_DISCLOSURE;
      case OBJECT -> UNDER_OBJECTION_REVIEW;
      case DISMISS_OBJECTION -> IN_PUBLIC_DISCLOSURE;
      case UPHOLD_OBJECTION -> IN_IMPLEMENTATION;
      case CLOSE -> CLOSED;
    };
  }

  /** Civil Code Art. 278 as the brief states it, in plain long arithmetic. */
  boolean consultationPasses() {
    long size = roster.size();
    long agreeing = answers.values().stream().filter(c -> c == Choice.AGREE).count();
    if (!proposal.matter().isCommonProperty()) {
      return 2 * agreeing > size;
    }
    long totalArea = 0;
    for (FloorArea area : roster.households().values()) {
      totalArea += area.hundredths();
    }
    long participating = answers.size();
    long participatingArea = 0;
    long agreeingArea = 0;
    for (Map.Entry<HouseholdId, Choice> answer : answers.entrySet()) {
      long area = roster.households().get(answer.getKey()).hundredths();
      participatingArea += area;
      if (answer.getValue() == Choice.AGREE) {
        agreeingArea += area;
      }
    }
    boolean participation = 3 * participatingArea >= 2 * totalArea && 3 * participating >= 2 * size;
    boolean consent =
        proposal.matter().needsThreeQuarters()
            ? 4 * agreeingArea >= 3 * participatingArea && 4 * agreeing >= 3 * participating
            : 2 * agreeingArea > participatingArea && 2 * agreeing > participating;
    return participation && consent;
  }

  /** Trimmed mean of weighted card totals, at least 6 (weights total 100). */
  boolean recommended() {
    List<Long> totals = new ArrayList<>();
    for (Scorecard card : cards) {
      totals.add(weighted(card));
    }
    Collections.sort(totals);
    List<Long> kept = totals.subList(TRIM, totals.size() - TRIM);
    long sum = kept.stream().mapToLong(Long::longValue).sum();
    return sum >= 6L * 100 * kept.size();
  }

  static long weighted(Scorecard card) {
    Map<Criterion, Integer> w =
        Map.of(
            Criterion.URGENCY, 25,
            Criterion.PARTICIPATION, 20,
            Criterion.FEASIBILITY, 20,
            Criterion.COST_EFFECTIVENESS, 15,
            Criterion.SUSTAINABILITY, 10,
            Criterion.INCLUSIVENESS, 10);
    long sum = 0;
    for (Map.Entry<Criterion, Integer> e : w.entrySet()) {
      sum += (long) e.getValue() * card.scores().get(e.getKey());
    }
    return sum;
  }

  static boolean complete(Scorecard card) {
    return card.scores().keySet().containsAll(EnumSet.allOf(Criterion.class));
  }

  private static void when(Set<ProjectCode> codes, boolean broken, ProjectCode code) {
    if (broken) {
      codes.add(code);
    }
  }
}
