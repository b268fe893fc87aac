package io.github.tongxin.governance.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.money.Amount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A building group of six households, its people, and a project that goes all the way. */
final class ProjectFixture {
  static final BuildingGroupId GROUP = BuildingGroupId.of("G1");
  static final ProjectId ID = ProjectId.of("P1");
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  static final Actor ZHANG =
      actor("zhang", Set.of(ProjectRole.BUILDING_GROUP_LEADER, ProjectRole.HOUSEHOLD_REPRESENTATIVE), "H1");
  static final Actor MEMBER = actor("liu", Set.of(ProjectRole.BUILDING_GROUP_MEMBER), "H2");
  static final Actor WANG = outsider("wang", ProjectRole.RESIDENTS_COMMITTEE_MEMBER);
  static final Actor CHEN = outsider("chen", ProjectRole.PARTY_BRANCH_SECRETARY);
  static final Actor FUND = outsider("fund", ProjectRole.FUND_OFFICER);
  static final Actor INSPECTOR = outsider("inspector", ProjectRole.INSPECTOR);
  static final Actor RESIDENT_INSPECTOR =
      Actor.of(
          ActorId.of("zhao"),
          Set.of(ProjectRole.INSPECTOR, ProjectRole.RESIDENT),
          Set.of(BuildingGroupId.of("G2")),
          Set.of(HouseholdId.of("G2-H9")));

  static final ConsultationRoster ROSTER = roster();
  static final ProjectContext CONTEXT = ProjectContext.of(ProjectRules.standard(), ROSTER);
  static final ProjectProposal PROPOSAL =
      ProjectProposal.of(
          ID,
          GROUP,
          "Path through the green belt",
          Category.COMMUNITY_ENVIRONMENT,
          ConsultationMatter.ITEM_8_CHANGE_USE_OF_COMMON_PARTS,
          List.of(ZHANG));

  private ProjectFixture() {}

  static Actor actor(String id, Set<ProjectRole> roles, String household) {
    return Actor.of(ActorId.of(id), roles, Set.of(GROUP), Set.of(HouseholdId.of(household)));
  }

  static Actor outsider(String id, ProjectRole role) {
    return Actor.of(ActorId.of(id), Set.of(role), Set.of(), Set.of());
  }

  /** The representative of household H{n}; H1's is Zhang. */
  static Actor representative(int n) {
    return n == 1 ? ZHANG : actor("rep" + n, Set.of(ProjectRole.HOUSEHOLD_REPRESENTATIVE), "H" + n);
  }

  static Actor evaluator(int n) {
    return outsider("E" + n, ProjectRole.EVALUATOR);
  }

  static Instant day(int n) {
    return START.plus(Duration.ofDays(n));
  }

  private static ConsultationRoster roster() {
    Map<HouseholdId, FloorArea> households = new LinkedHashMap<>();
    for (int n = 1; n <= 6; n++) {
      households.put(HouseholdId.of("H" + n), FloorArea.parse("100.00"));
    }
    return ConsultationRoster.of(households);
  }

  /** Proposal, consultation (five of six agree), declaration, review, forwarding. */
  static List<ProjectCommand> toPanel() {
    List<ProjectCommand> commands = new ArrayList<>();
    commands.add(new ProjectCommand.Propose(ZHANG, day(0), PROPOSAL));
    commands.add(new ProjectCommand.OpenConsultation(ZHANG, day(1)));
    for (int n = 1; n <= 6; n++) {
      commands.add(
          new ProjectCommand.Answer(
              representative(n), day(2), HouseholdId.of("H" + n), n == 6 ? Choice.DISAGREE : Choice.AGREE));
    }
    commands.add(new ProjectCommand.CloseConsultation(MEMBER, day(8)));
    commands.add(new ProjectCommand.Declare(ZHANG, day(9), Amount.parse("38,000.00")));
    commands.add(new ProjectCommand.StartReview(WANG, day(10)));
    commands.add(new ProjectCommand.ForwardToPanel(WANG, day(12)));
    return commands;
  }

  /** Five outside evaluators score 8, 7, 7, 6, 9: trimmed mean 7.33. */
  static List<ProjectCommand> scores() {
    int[] points = {8, 7, 7, 6, 9};
    List<ProjectCommand> commands = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      commands.add(
          new ProjectCommand.SubmitScore(
              evaluator(n), day(13), Scorecard.uniform(evaluator(n).id(), points[n - 1])));
    }
    return commands;
  }

  static FundingPlan plan() {
    return FundingPlan.of(Amount.parse("30,000.00"), Amount.parse("8,000.00"), Amount.ZERO);
  }

  /** The whole lifecycle from proposal to closure. */
  static List<ProjectCommand> wholeLifecycle() {
    List<ProjectCommand> commands = new ArrayList<>(toPanel());
    commands.addAll(scores());
    commands.add(new ProjectCommand.Approve(CHEN, day(14), plan()));
    commands.add(new ProjectCommand.StartImplementation(FUND, day(20)));
    commands.add(new ProjectCommand.AddMilestone(ZHANG, day(21), "paving laid"));
    commands.add(new ProjectCommand.LogWork(MEMBER, day(25), "kerbs set along 40 m"));
    commands.add(new ProjectCommand.CompleteMilestone(ZHANG, day(30), "paving laid"));
    commands.add(new ProjectCommand.ReportCompletion(ZHANG, day(31)));
    commands.add(new ProjectCommand.Inspect(INSPECTOR, day(32), Inspection.Verdict.PASSED, "as approved"));
    commands.add(
        new ProjectCommand.Inspect(RESIDENT_INSPECTOR, day(32), Inspection.Verdict.PASSED, "even surface"));
    commands.add(new ProjectCommand.Accept(WANG, day(33)));
    commands.add(new ProjectCommand.Close(WANG, day(40)));
    return commands;
  }

  /** Runs commands that must all be accepted; returns the events. */
  static ImmutableList<ProjectEvent> run(List<ProjectCommand> commands) {
    ProjectState state = ProjectState.initial();
    ImmutableList.Builder<ProjectEvent> log = ImmutableList.builder();
    for (ProjectCommand command : commands) {
      Decision<ImmutableList<ProjectEvent>> decision = ProjectWorkflow.decide(state, command, CONTEXT);
      assertThat(decision.violations()).as(command.toString()).isEmpty();
      for (ProjectEvent event : decision.valueOrThrow()) {
        state = ProjectWorkflow.evolve(state, event);
        log.add(event);
      }
    }
    return log.build();
  }

  static ProjectState stateAfter(List<ProjectCommand> commands) {
    return ProjectWorkflow.replay(run(commands));
  }
}
