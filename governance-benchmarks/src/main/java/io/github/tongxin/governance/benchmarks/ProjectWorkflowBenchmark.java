package io.github.tongxin.governance.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Actor;
import io.github.tongxin.governance.project.ActorId;
import io.github.tongxin.governance.project.AuditLog;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.Choice;
import io.github.tongxin.governance.project.ConsultationMatter;
import io.github.tongxin.governance.project.ConsultationRoster;
import io.github.tongxin.governance.project.FundingPlan;
import io.github.tongxin.governance.project.Inspection;
import io.github.tongxin.governance.project.ProjectCommand;
import io.github.tongxin.governance.project.ProjectContext;
import io.github.tongxin.governance.project.ProjectEvent;
import io.github.tongxin.governance.project.ProjectId;
import io.github.tongxin.governance.project.ProjectProposal;
import io.github.tongxin.governance.project.ProjectRole;
import io.github.tongxin.governance.project.ProjectRules;
import io.github.tongxin.governance.project.ProjectState;
import io.github.tongxin.governance.project.ProjectWorkflow;
import io.github.tongxin.governance.project.Scorecard;
import io.github.tongxin.governance.project.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ProjectWorkflow} and {@link AuditLog} over one million events: {@value #PROJECTS} full
 * project lifecycles of {@value #EVENTS_PER_PROJECT} events each (propose, a consultation of
 * {@value #HOUSEHOLDS} households, declaration, review, {@value #EVALUATORS} scorecards, approval
 * with a grant and crowdfunding, {@value #MILESTONES} milestones, {@value #WORK_LOGS} work-log
 * entries, two inspections, acceptance and closure), built in setup by deciding every command
 * (not timed).
 *
 * <p>{@code replay} folds each project's events with {@link ProjectWorkflow#replay}; {@code
 * decide} decides each of the million commands against the state it was decided in (states
 * precomputed); {@code chain} hash-chains each project's events with {@link AuditLog#of}. The
 * baseline {@code countByClass} walks the same events and counts them by class. Report {@code
 * replay / countByClass}, {@code decide / countByClass} and {@code chain / countByClass}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class ProjectWorkflowBenchmark {
  /** Projects, each a full lifecycle. */
  public static final int PROJECTS = 10_000;

  /** Households on each project's roster, each of which answers the consultation. */
  public static final int HOUSEHOLDS = 12;

  /** Evaluators who score each project. */
  public static final int EVALUATORS = 6;

  /** Milestones added and completed in each project. */
  public static final int MILESTONES = 5;

  /** Work-log entries in each project. */
  public static final int WORK_LOGS = 57;

  /** Events in each project's log. */
  public static final int EVENTS_PER_PROJECT = 100;

  private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

  private ProjectContext context;
  private ImmutableList<ImmutableList<ProjectEvent>> logs;
  private ProjectCommand[] commands;
  private ProjectState[] states;

  /**
   * Decides every command of every lifecycle, keeping the commands, the states they were decided
   * in and the events.
   *
   * @throws IllegalStateException if a lifecycle does not have {@value #EVENTS_PER_PROJECT} events
   *     or does not end closed
   */
  @Setup
  public void setUp() {
    Map<HouseholdId, FloorArea> roster = new TreeMap<>();
    for (int h = 1; h <= HOUSEHOLDS; h++) {
      roster.put(household(h), FloorArea.ofHundredths(5_000 + 731L * h));
    }
    context = ProjectContext.of(ProjectRules.standard(), ConsultationRoster.of(roster));
    ImmutableList.Builder<ImmutableList<ProjectEvent>> allLogs = ImmutableList.builder();
    List<ProjectCommand> allCommands = new ArrayList<>();
    List<ProjectState> allStates = new ArrayList<>();
    for (int p = 0; p < PROJECTS; p++) {
      List<ProjectCommand> lifecycle = lifecycle(p);
      ProjectState state = ProjectState.initial();
      ImmutableList.Builder<ProjectEvent> log = ImmutableList.builder();
      for (ProjectCommand command : lifecycle) {
        allCommands.add(command);
        allStates.add(state);
        for (ProjectEvent event : ProjectWorkflow.decide(state, command, context).valueOrThrow()) {
          state = ProjectWorkflow.evolve(state, event);
          log.add(event);
        }
      }
      ImmutableList<ProjectEvent> events = log.build();
      if (events.size() != EVENTS_PER_PROJECT || state.stage() != Stage.CLOSED) {
        throw new IllegalStateException(
            "project " + p + ": " + events.size() + " events, stage " + state.stage());
      }
      allLogs.add(events);
    }
    logs = allLogs.build();
    commands = allCommands.toArray(new ProjectCommand[0]);
    states = allStates.toArray(new ProjectState[0]);
  }

  private static HouseholdId household(int h) {
    return HouseholdId.of(String.format(Locale.ROOT, "H%02d", h));
  }

  private static Actor actor(String id, ProjectRole role, Set<BuildingGroupId> groups, Set<HouseholdId> households) {
    return Actor.of(ActorId.of(id), Set.of(role), groups, households);
  }

  private static List<ProjectCommand> lifecycle(int p) {
    BuildingGroupId group = BuildingGroupId.of("G" + p);
    Set<BuildingGroupId> inGroup = Set.of(group);
    Set<BuildingGroupId> outside = Set.of(BuildingGroupId.of("OUT"));
    List<Actor> representatives = new ArrayList<>();
    for (int h = 1; h <= HOUSEHOLDS; h++) {
      representatives.add(
          actor("rep" + h, ProjectRole.HOUSEHOLD_REPRESENTATIVE, inGroup, Set.of(household(h))));
    }
    Actor proposer = representatives.get(0);
    Actor leader = actor("leader", ProjectRole.BUILDING_GROUP_LEADER, inGroup, Set.of(household(2)));
    Actor committee = actor("rc", ProjectRole.RESIDENTS_COMMITTEE_MEMBER, outside, Set.of());
    Actor secretary = actor("secretary", ProjectRole.PARTY_BRANCH_SECRETARY, outside, Set.of());
    Actor fund = actor("fund", ProjectRole.FUND_OFFICER, outside, Set.of());
    Actor inspector = actor("inspector", ProjectRole.INSPECTOR, outside, Set.of());
    Actor residentInspector =
        Actor.of(
            ActorId.of("resident-inspector"),
            Set.of(ProjectRole.INSPECTOR, ProjectRole.RESIDENT),
            outside,
            Set.of());
    ProjectProposal proposal =
        ProjectProposal.of(
            ProjectId.of(String.format(Locale.ROOT, "P%05d", p)),
            group,
            "Repaint the stairwell",
            Category.COMMUNITY_ENVIRONMENT,
            p % 2 == 0 ? ConsultationMatter.GROUP_MATTER : ConsultationMatter.ITEM_5_USE_MAINTENANCE_FUNDS,
            List.of(proposer));
    List<ProjectCommand> commands = new ArrayList<>();
    Instant[] clock = {START.plus(Duration.ofMinutes(p))};
    java.util.function.Supplier<Instant> next = () -> clock[0] = clock[0].plusSeconds(3_600);
    commands.add(new ProjectCommand.Propose(proposer, next.get(), proposal));
    commands.add(new ProjectCommand.OpenConsultation(leader, next.get()));
    for (int h = 1; h <= HOUSEHOLDS; h++) {
      Choice choice = h % 5 == 0 ? Choice.DISAGREE : Choice.AGREE;
      commands.add(
          new ProjectCommand.Answer(representatives.get(h - 1), next.get(), household(h), choice));
    }
    commands.add(new ProjectCommand.CloseConsultation(leader, next.get()));
    commands.add(new ProjectCommand.Declare(leader, next.get(), Amount.ofYuan(20_000)));
    commands.add(new ProjectCommand.StartReview(committee, next.get()));
    commands.add(new ProjectCommand.ForwardToPanel(committee, next.get()));
    for (int e = 0; e < EVALUATORS; e++) {
      Actor evaluator = actor("evaluator" + e, ProjectRole.EVALUATOR, outside, Set.of());
      commands.add(
          new ProjectCommand.SubmitScore(
              evaluator, next.get(), Scorecard.uniform(evaluator.id(), 6 + (e + p) % 5)));
    }
    commands.add(
        new ProjectCommand.Approve(
            secretary,
            next.get(),
            FundingPlan.of(Amount.ofYuan(12_000), Amount.ofYuan(5_000), Amount.ofYuan(3_000))));
    commands.add(new ProjectCommand.StartImplementation(fund, next.get()));
    for (int m = 0; m < MILESTONES; m++) {
      commands.add(new ProjectCommand.AddMilestone(leader, next.get(), "milestone " + m));
    }
    for (int w = 0; w < WORK_LOGS; w++) {
      commands.add(new ProjectCommand.LogWork(leader, next.get(), "day " + w + ": walls prepared"));
      if (w % 12 == 11 && w / 12 < MILESTONES) {
        commands.add(new ProjectCommand.CompleteMilestone(leader, next.get(), "milestone " + w / 12));
      }
    }
    commands.add(new ProjectCommand.CompleteMilestone(leader, next.get(), "milestone 4"));
    commands.add(new ProjectCommand.ReportCompletion(leader, next.get()));
    commands.add(
        new ProjectCommand.Inspect(inspector, next.get(), Inspection.Verdict.PASSED, "even coat"));
    commands.add(
        new ProjectCommand.Inspect(
            residentInspector, next.get(), Inspection.Verdict.PASSED, "residents satisfied"));
    commands.add(new ProjectCommand.Accept(committee, next.get()));
    commands.add(new ProjectCommand.Close(committee, clock[0].plus(Duration.ofDays(8))));
    return commands;
  }

  /**
   * Replays each project's log.
   *
   * @return the number of closed projects, so that the work is not optimised away
   */
  @Benchmark
  public int replay() {
    int closed = 0;
    for (ImmutableList<ProjectEvent> log : logs) {
      if (ProjectWorkflow.replay(log).stage() == Stage.CLOSED) {
        closed++;
      }
    }
    return closed;
  }

  /**
   * Decides each command against the state it was decided in during setup.
   *
   * @return the number of events decided
   */
  @Benchmark
  public long decide() {
    long events = 0;
    for (int i = 0; i < commands.length; i++) {
      Decision<ImmutableList<ProjectEvent>> decision =
          ProjectWorkflow.decide(states[i], commands[i], context);
      events += decision.isAccepted() ? decision.valueOrThrow().size() : 0;
    }
    return events;
  }

  /**
   * Hash-chains each project's log.
   *
   * @return the number of chained entries
   */
  @Benchmark
  public long chain() {
    long entries = 0;
    for (ImmutableList<ProjectEvent> log : logs) {
      entries += AuditLog.of(log).entries().size();
    }
    return entries;
  }

  /**
   * The baseline: walks every event and counts the events of each class.
   *
   * @return the number of distinct event classes, plus the count of the most common one
   */
  @Benchmark
  public long countByClass() {
    Map<Class<?>, long[]> counts = new IdentityHashMap<>();
    for (ImmutableList<ProjectEvent> log : logs) {
      for (ProjectEvent event : log) {
        counts.computeIfAbsent(event.getClass(), c -> new long[1])[0]++;
      }
    }
    long most = 0;
    for (long[] count : counts.values()) {
      most = Math.max(most, count[0]);
    }
    return counts.size() + most;
  }
}
