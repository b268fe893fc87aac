package io.github.tongxin.governance.project;

import static io.github.tongxin.governance.project.ProjectFixture.CHEN;
import static io.github.tongxin.governance.project.ProjectFixture.CONTEXT;
import static io.github.tongxin.governance.project.ProjectFixture.FUND;
import static io.github.tongxin.governance.project.ProjectFixture.INSPECTOR;
import static io.github.tongxin.governance.project.ProjectFixture.MEMBER;
import static io.github.tongxin.governance.project.ProjectFixture.RESIDENT_INSPECTOR;
import static io.github.tongxin.governance.project.ProjectFixture.WANG;
import static io.github.tongxin.governance.project.ProjectFixture.ZHANG;
import static io.github.tongxin.governance.project.ProjectFixture.day;
import static io.github.tongxin.governance.project.ProjectFixture.evaluator;
import static io.github.tongxin.governance.project.ProjectFixture.representative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.money.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The project lifecycle, scenario by scenario. */
class ProjectLifecycleTest {
  /** Applies {@code before}, then asserts {@code command} is refused and leaves no trace. */
  private static List<ProjectCode> refusal(List<ProjectCommand> before, ProjectCommand command) {
    ProjectState state = ProjectFixture.stateAfter(before);
    Decision<ImmutableList<ProjectEvent>> decision = ProjectWorkflow.decide(state, command, CONTEXT);
    assertThat(decision.isAccepted()).as(command.toString()).isFalse();
    assertThat(ProjectFixture.stateAfter(before)).isEqualTo(state);
    return decision.violations().stream().map(v -> (ProjectCode) v.code()).toList();
  }

  private static List<ProjectCommand> plus(List<ProjectCommand> before, ProjectCommand... more) {
    List<ProjectCommand> commands = new ArrayList<>(before);
    commands.addAll(List.of(more));
    return commands;
  }

  private static List<ProjectCommand> approved() {
    List<ProjectCommand> commands = new ArrayList<>(ProjectFixture.toPanel());
    commands.addAll(ProjectFixture.scores());
    commands.add(new ProjectCommand.Approve(CHEN, day(14), ProjectFixture.plan()));
    return commands;
  }

  private static List<ProjectCommand> awaitingAcceptance() {
    return plus(
        approved(),
        new ProjectCommand.StartImplementation(FUND, day(20)),
        new ProjectCommand.ReportCompletion(ZHANG, day(31)));
  }

  private static List<ProjectCommand> inDisclosure() {
    return plus(
        awaitingAcceptance(),
        new ProjectCommand.Inspect(INSPECTOR, day(32), Inspection.Verdict.PASSED, "ok"),
        new ProjectCommand.Inspect(RESIDENT_INSPECTOR, day(32), Inspection.Verdict.PASSED, "ok"),
        new ProjectCommand.Accept(WANG, day(33)));
  }

  @Test
  void residentsCarryAPathProjectFromProposalToClosure() {
    ImmutableList<ProjectEvent> events = ProjectFixture.run(ProjectFixture.wholeLifecycle());
    ProjectState state = ProjectWorkflow.replay(events);
    assertThat(state).isInstanceOf(ProjectState.Closed.class);
    ProjectState.Closed closed = (ProjectState.Closed) state;
    assertThat(closed.closedAt()).isEqualTo(day(40));
    assertThat(closed.disclosure().until()).isEqualTo(day(40));
    ProjectState.InImplementation work = closed.disclosure().acceptance().work();
    assertThat(work.completed()).extracting(Milestone::name).containsExactly("paving laid");
    assertThat(work.log()).extracting(WorkLogEntry::text).containsExactly("kerbs set along 40 m");
    // Scores 8, 7, 7, 6, 9: drop 6 and 9, (8 + 7 + 7) / 3 = 22/3.
    assertThat(work.approved().panel().score()).isEqualTo(PanelScore.of(22, 3));
    assertThat(events)
        .filteredOn(e -> e instanceof ProjectEvent.GrantRequested)
        .singleElement()
        .extracting(e -> ((ProjectEvent.GrantRequested) e).amount())
        .isEqualTo(Amount.parse("30,000.00"));
    assertThat(events)
        .filteredOn(e -> e instanceof ProjectEvent.CrowdfundingOpened)
        .singleElement()
        .extracting(e -> ((ProjectEvent.CrowdfundingOpened) e).target())
        .isEqualTo(Amount.parse("8,000.00"));
    assertThat(events).allMatch(e -> e.project().equals(ProjectFixture.ID));
    assertThat(events.get(events.size() - 1).actor()).isEqualTo(WANG.id());
  }

  @Test
  void consultationBelowThreeQuartersRejectsTheProject() {
    List<ProjectCommand> commands = new ArrayList<>();
    commands.add(new ProjectCommand.Propose(ZHANG, day(0), ProjectFixture.PROPOSAL));
    commands.add(new ProjectCommand.OpenConsultation(ZHANG, day(1)));
    for (int n = 1; n <= 6; n++) {
      commands.add(
          new ProjectCommand.Answer(
              representative(n), day(2), HouseholdId.of("H" + n), n <= 4 ? Choice.AGREE : Choice.DISAGREE));
    }
    commands.add(new ProjectCommand.CloseConsultation(ZHANG, day(8)));
    ProjectState state = ProjectFixture.stateAfter(commands);
    assertThat(state).isInstanceOf(ProjectState.Rejected.class);
    ProjectState.Rejected rejected = (ProjectState.Rejected) state;
    assertThat(rejected.rejectedAt()).isEqualTo(Stage.CONSULTED);
    assertThat(rejected.reasons())
        .containsExactly(
            "agreeing area (of participating) 400.00 m² of 600.00 m² ≥ 3/4: not met",
            "agreeing owners (of participating) 4 households of 6 households ≥ 3/4: not met");
  }

  @Test
  void evaluatorFromTheProposingGroupMayNotScore() {
    Actor neighbour =
        Actor.of(
            ActorId.of("E-neighbour"),
            Set.of(ProjectRole.EVALUATOR),
            Set.of(ProjectFixture.GROUP),
            Set.of(HouseholdId.of("H5")));
    assertThat(
            refusal(
                ProjectFixture.toPanel(),
                new ProjectCommand.SubmitScore(
                    neighbour, day(13), Scorecard.uniform(neighbour.id(), 10))))
        .containsExactly(ProjectCode.CONFLICT_OF_INTEREST);
    Actor sameHousehold =
        Actor.of(ActorId.of("E-kin"), Set.of(ProjectRole.EVALUATOR), Set.of(), Set.of(HouseholdId.of("H1")));
    assertThat(
            refusal(
                ProjectFixture.toPanel(),
                new ProjectCommand.SubmitScore(
                    sameHousehold, day(13), Scorecard.uniform(sameHousehold.id(), 10))))
        .containsExactly(ProjectCode.CONFLICT_OF_INTEREST);
  }

  @Test
  void evaluatorScoresOnceAndOnlyTheirOwnCompleteCard() {
    List<ProjectCommand> once =
        plus(
            ProjectFixture.toPanel(),
            new ProjectCommand.SubmitScore(evaluator(1), day(13), Scorecard.uniform(evaluator(1).id(), 7)));
    assertThat(
            refusal(
                once,
                new ProjectCommand.SubmitScore(
                    evaluator(1),
                    day(13),
                    Scorecard.of(evaluator(2).id(), java.util.Map.of(Criterion.URGENCY, 9)))))
        .containsExactlyInAnyOrder(ProjectCode.SCORECARD_NOT_OWN, ProjectCode.SCORECARD_INCOMPLETE);
    assertThat(
            refusal(
                once,
                new ProjectCommand.SubmitScore(
                    evaluator(1), day(13), Scorecard.uniform(evaluator(1).id(), 3))))
        .containsExactly(ProjectCode.ALREADY_SCORED);
  }

  @Test
  void aProposerMayNotApproveTheirOwnProjectAndEveryBrokenRuleIsListed() {
    List<ProjectCommand> scored = plus(ProjectFixture.toPanel());
    scored.addAll(ProjectFixture.scores());
    Actor zhangAsSecretary =
        Actor.of(ZHANG.id(), Set.of(ProjectRole.PARTY_BRANCH_SECRETARY), Set.of(), Set.of());
    assertThat(refusal(scored, new ProjectCommand.Approve(zhangAsSecretary, day(14), ProjectFixture.plan())))
        .containsExactly(ProjectCode.OWN_PROJECT);
    assertThat(refusal(scored, new ProjectCommand.Approve(ZHANG, day(14), ProjectFixture.plan())))
        .containsExactly(ProjectCode.NOT_PERMITTED, ProjectCode.OWN_PROJECT);
    FundingPlan tooMuch = FundingPlan.of(Amount.parse("38,000.01"), Amount.ZERO, Amount.ZERO);
    assertThat(refusal(scored, new ProjectCommand.Approve(CHEN, day(14), tooMuch)))
        .containsExactly(ProjectCode.BUDGET_ABOVE_REQUEST);
  }

  @Test
  void approvalNeedsFiveEvaluatorsAndARecommendation() {
    List<ProjectCommand> four = plus(ProjectFixture.toPanel());
    four.addAll(ProjectFixture.scores().subList(0, 4));
    assertThat(refusal(four, new ProjectCommand.Approve(CHEN, day(14), ProjectFixture.plan())))
        .containsExactly(ProjectCode.TOO_FEW_EVALUATORS);
    List<ProjectCommand> lukewarm = plus(ProjectFixture.toPanel());
    for (int n = 1; n <= 5; n++) {
      lukewarm.add(
          new ProjectCommand.SubmitScore(evaluator(n), day(13), Scorecard.uniform(evaluator(n).id(), 5)));
    }
    assertThat(refusal(lukewarm, new ProjectCommand.Approve(CHEN, day(14), ProjectFixture.plan())))
        .containsExactly(ProjectCode.NOT_RECOMMENDED);
    ProjectState rejected =
        ProjectFixture.stateAfter(
            plus(lukewarm, new ProjectCommand.Reject(CHEN, day(14), ImmutableList.of("score 5.00 below 6.00"))));
    assertThat(rejected).isInstanceOf(ProjectState.Rejected.class);
    assertThat(((ProjectState.Rejected) rejected).rejectedAt()).isEqualTo(Stage.UNDER_PANEL_EVALUATION);
  }

  @Test
  void aCommandAtTheWrongStageIsRefusedWithThatReasonAlone() {
    List<ProjectCommand> proposed =
        List.of(new ProjectCommand.Propose(ZHANG, day(0), ProjectFixture.PROPOSAL));
    List<Violation> violations =
        ProjectWorkflow.decide(
                ProjectFixture.stateAfter(proposed),
                new ProjectCommand.Approve(representative(3), day(1), ProjectFixture.plan()),
                CONTEXT)
            .violations();
    assertThat(violations).extracting(Violation::code).containsExactly(ProjectCode.WRONG_STAGE);
    assertThat(violations.get(0).message()).isEqualTo("cannot APPROVE at stage PROPOSED");
    assertThat(refusal(proposed, new ProjectCommand.Propose(ZHANG, day(1), ProjectFixture.PROPOSAL)))
        .containsExactly(ProjectCode.WRONG_STAGE);
  }

  @Test
  void theProposalMustListItsProposer() {
    assertThat(
            refusal(
                List.of(), new ProjectCommand.Propose(representative(4), day(0), ProjectFixture.PROPOSAL)))
        .containsExactly(ProjectCode.NOT_A_PROPOSER);
  }

  @Test
  void householdsAnswerOnceThroughTheirOwnRepresentative() {
    List<ProjectCommand> open =
        List.of(
            new ProjectCommand.Propose(ZHANG, day(0), ProjectFixture.PROPOSAL),
            new ProjectCommand.OpenConsultation(ZHANG, day(1)),
            new ProjectCommand.Answer(representative(2), day(2), HouseholdId.of("H2"), Choice.AGREE));
    assertThat(
            refusal(open, new ProjectCommand.Answer(representative(2), day(2), HouseholdId.of("H2"), Choice.DISAGREE)))
        .containsExactly(ProjectCode.ALREADY_ANSWERED);
    assertThat(
            refusal(open, new ProjectCommand.Answer(representative(2), day(2), HouseholdId.of("H3"), Choice.AGREE)))
        .containsExactly(ProjectCode.NOT_OF_HOUSEHOLD);
    Actor stranger =
        Actor.of(
            ActorId.of("stranger"),
            Set.of(ProjectRole.HOUSEHOLD_REPRESENTATIVE),
            Set.of(BuildingGroupId.of("G2")),
            Set.of(HouseholdId.of("G2-H1")));
    assertThat(
            refusal(open, new ProjectCommand.Answer(stranger, day(2), HouseholdId.of("G2-H1"), Choice.AGREE)))
        .containsExactly(ProjectCode.NOT_ON_ROSTER);
    assertThat(refusal(open, new ProjectCommand.Answer(WANG, day(2), HouseholdId.of("H4"), Choice.AGREE)))
        .containsExactly(ProjectCode.NOT_PERMITTED, ProjectCode.NOT_OF_HOUSEHOLD);
  }

  @Test
  void proposersMayWithdrawBeforeApprovalOnly() {
    List<ProjectCommand> declared = ProjectFixture.toPanel().subList(0, 10);
    ProjectState withdrawn =
        ProjectFixture.stateAfter(plus(declared, new ProjectCommand.Withdraw(ZHANG, day(9), "moved away")));
    assertThat(withdrawn).isEqualTo(
        new ProjectState.Withdrawn(ProjectFixture.PROPOSAL, Stage.DECLARED, "moved away"));
    assertThat(refusal(declared, new ProjectCommand.Withdraw(MEMBER, day(9), "not mine")))
        .containsExactly(ProjectCode.NOT_A_PROPOSER);
    assertThat(refusal(approved(), new ProjectCommand.Withdraw(ZHANG, day(15), "too late")))
        .containsExactly(ProjectCode.WRONG_STAGE);
  }

  @Test
  void implementationCanBeSuspendedAndCompletesOnlyWithAllMilestonesDone() {
    List<ProjectCommand> started =
        plus(
            approved(),
            new ProjectCommand.StartImplementation(FUND, day(20)),
            new ProjectCommand.AddMilestone(ZHANG, day(21), "paving laid"));
    assertThat(refusal(started, new ProjectCommand.ReportCompletion(ZHANG, day(22))))
        .containsExactly(ProjectCode.MILESTONES_OPEN);
    assertThat(refusal(started, new ProjectCommand.AddMilestone(MEMBER, day(22), "paving laid")))
        .containsExactly(ProjectCode.MILESTONE_EXISTS);
    assertThat(refusal(started, new ProjectCommand.CompleteMilestone(MEMBER, day(22), "lamps")))
        .containsExactly(ProjectCode.MILESTONE_UNKNOWN);
    List<ProjectCommand> suspended =
        plus(started, new ProjectCommand.Suspend(WANG, day(22), "rain season"));
    ProjectState paused = ProjectFixture.stateAfter(suspended);
    assertThat(paused.stage()).isEqualTo(Stage.SUSPENDED);
    assertThat(refusal(suspended, new ProjectCommand.LogWork(ZHANG, day(23), "dug")))
        .containsExactly(ProjectCode.WRONG_STAGE);
    ProjectState resumed =
        ProjectFixture.stateAfter(plus(suspended, new ProjectCommand.Resume(CHEN, day(30))));
    assertThat(resumed).isEqualTo(((ProjectState.Suspended) paused).paused());
  }

  @Test
  void acceptanceNeedsTwoInspectorsOneOfThemForResidents() {
    List<ProjectCommand> oneInspector =
        plus(
            awaitingAcceptance(),
            new ProjectCommand.Inspect(INSPECTOR, day(32), Inspection.Verdict.PASSED, "ok"));
    assertThat(refusal(oneInspector, new ProjectCommand.Accept(WANG, day(33))))
        .containsExactly(ProjectCode.TOO_FEW_INSPECTORS, ProjectCode.NO_RESIDENT_INSPECTOR);
    Actor second = ProjectFixture.outsider("inspector2", ProjectRole.INSPECTOR);
    List<ProjectCommand> twoOfficials =
        plus(oneInspector, new ProjectCommand.Inspect(second, day(32), Inspection.Verdict.PASSED, "ok"));
    assertThat(refusal(twoOfficials, new ProjectCommand.Accept(WANG, day(33))))
        .containsExactly(ProjectCode.NO_RESIDENT_INSPECTOR);
    assertThat(
            refusal(oneInspector, new ProjectCommand.Inspect(INSPECTOR, day(32), Inspection.Verdict.PASSED, "again")))
        .containsExactly(ProjectCode.ALREADY_INSPECTED);
    Actor zhangAsInspector = Actor.of(ZHANG.id(), Set.of(ProjectRole.INSPECTOR), Set.of(), Set.of());
    assertThat(
            refusal(
                awaitingAcceptance(),
                new ProjectCommand.Inspect(zhangAsInspector, day(32), Inspection.Verdict.PASSED, "mine")))
        .containsExactly(ProjectCode.OWN_PROJECT);
  }

  @Test
  void aFailedInspectionSendsTheWorkBack() {
    ProjectState state =
        ProjectFixture.stateAfter(
            plus(
                awaitingAcceptance(),
                new ProjectCommand.Inspect(INSPECTOR, day(32), Inspection.Verdict.PASSED, "ok"),
                new ProjectCommand.Inspect(
                    RESIDENT_INSPECTOR, day(32), Inspection.Verdict.FAILED, "puddles at the gate")));
    assertThat(state.stage()).isEqualTo(Stage.IN_IMPLEMENTATION);
  }

  @Test
  void disclosureLastsSevenDaysAndObjectionsGoToReview() {
    ProjectState disclosed = ProjectFixture.stateAfter(inDisclosure());
    assertThat(((ProjectState.InPublicDisclosure) disclosed).until()).isEqualTo(day(40));
    assertThat(refusal(inDisclosure(), new ProjectCommand.Close(WANG, day(39))))
        .containsExactly(ProjectCode.DISCLOSURE_NOT_OVER);
    assertThat(refusal(inDisclosure(), new ProjectCommand.RaiseObjection(representative(6), day(40), "late")))
        .containsExactly(ProjectCode.DISCLOSURE_OVER);
    List<ProjectCommand> objected =
        plus(inDisclosure(), new ProjectCommand.RaiseObjection(representative(6), day(35), "receipts missing"));
    assertThat(ProjectFixture.stateAfter(objected).stage()).isEqualTo(Stage.UNDER_OBJECTION_REVIEW);
    ProjectState dismissed =
        ProjectFixture.stateAfter(
            plus(objected, new ProjectCommand.DismissObjection(WANG, day(36), "receipts shown")));
    assertThat(((ProjectState.InPublicDisclosure) dismissed).until()).isEqualTo(day(43));
    ProjectState upheld =
        ProjectFixture.stateAfter(
            plus(objected, new ProjectCommand.UpholdObjection(WANG, day(36), "kerb unfinished")));
    assertThat(upheld.stage()).isEqualTo(Stage.IN_IMPLEMENTATION);
  }

  @Test
  void evolveRefusesAnEventThatDoesNotFit() {
    ProjectEvent closed = new ProjectEvent.ProjectClosed(ProjectFixture.ID, WANG.id(), day(1));
    assertThatThrownBy(() -> ProjectWorkflow.evolve(ProjectState.initial(), closed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ProjectClosed")
        .hasMessageContaining("NOT_PROPOSED");
    ProjectState proposed =
        ProjectFixture.stateAfter(List.of(new ProjectCommand.Propose(ZHANG, day(0), ProjectFixture.PROPOSAL)));
    ProjectEvent other = new ProjectEvent.ConsultationOpened(ProjectId.of("P2"), ZHANG.id(), day(1));
    assertThatThrownBy(() -> ProjectWorkflow.evolve(proposed, other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("P2");
  }

  @Test
  void permissionsAreData() {
    Permissions permissions = Permissions.standard();
    assertThat(permissions.rolesFor(CommandKind.APPROVE))
        .containsExactlyInAnyOrder(ProjectRole.PARTY_BRANCH_SECRETARY, ProjectRole.RESIDENTS_COMMITTEE_MEMBER);
    Permissions onlySecretary =
        permissions.with(CommandKind.APPROVE, List.of(ProjectRole.PARTY_BRANCH_SECRETARY));
    assertThat(onlySecretary.allows(WANG, CommandKind.APPROVE)).isFalse();
    assertThat(onlySecretary.allows(CHEN, CommandKind.APPROVE)).isTrue();
    assertThatThrownBy(() -> permissions.with(CommandKind.CLOSE, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLOSE");
  }
}
