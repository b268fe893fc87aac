package io.github.tongxin.governance.project;

import static io.github.tongxin.governance.project.ProjectGenerators.scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.project.ProjectEvent.InspectionRecorded;
import io.github.tongxin.governance.project.ProjectEvent.ProjectAccepted;
import io.github.tongxin.governance.project.ProjectEvent.ProjectApproved;
import io.github.tongxin.governance.project.ProjectEvent.ProjectClosed;
import io.github.tongxin.governance.project.ProjectEvent.ScoreSubmitted;
import io.github.tongxin.governance.project.ProjectGenerators.Scenario;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Action-sequence properties of {@link ProjectWorkflow}: generated commands (legal and illegal,
 * by actors with and without the right roles) are folded over the decider and over {@link
 * ProjectModel}, and the invariants are checked after every step.
 */
class ProjectWorkflowProperties {
  private static final Permissions STANDARD = Permissions.standard();
  private static final Map<Stage, AtomicInteger> REACHED = new EnumMap<>(Stage.class);
  private static final AtomicInteger RUNS = new AtomicInteger();

  static {
    for (Stage stage : Stage.values()) {
      REACHED.put(stage, new AtomicInteger());
    }
  }

  @Test
  void everyStepKeepsTheInvariantsAndAgreesWithTheModel() {
    qt().withExamples(120).withShrinkCycles(200).forAll(scenarios()).checkAssert(this::run);
  }

  @Test
  void theGeneratorReachesTheLateStagesOften() {
    Map<Stage, Integer> reached = new EnumMap<>(Stage.class);
    int[] runs = {0};
    // A fixed seed: how often the generator reaches a stage must not depend on a run's luck.
    qt().withFixedSeed(20_261_127L)
        .withExamples(150)
        .forAll(scenarios())
        .checkAssert(
            scenario -> {
              runs[0]++;
              for (Stage stage : stagesOf(scenario)) {
                reached.merge(stage, 1, Integer::sum);
              }
            });
    assertThat(reached.getOrDefault(Stage.APPROVED, 0)).isGreaterThan(runs[0] / 3);
    assertThat(reached.getOrDefault(Stage.IN_PUBLIC_DISCLOSURE, 0)).isGreaterThan(runs[0] / 6);
    assertThat(reached.getOrDefault(Stage.CLOSED, 0)).isGreaterThan(runs[0] / 10);
  }

  @Test
  void changingOneEventBreaksTheChainAtThatEntry() {
    qt().withExamples(100)
        .forAll(scenarios(40, 80), integers().all(), integers().all())
        .checkAssert(
            (scenario, where, how) -> {
              ImmutableList<ProjectEvent> log = logOf(scenario);
              if (log.isEmpty()) {
                return;
              }
              SplittableRandom random = new SplittableRandom(how);
              List<AuditLog.Entry> entries = new ArrayList<>(AuditLog.of(log).entries());
              int i = Math.floorMod(where, entries.size());
              AuditLog.Entry entry = entries.get(i);
              ProjectEvent forged = different(entry.event(), log, random);
              assertThat(forged).isNotEqualTo(entry.event());
              entries.set(
                  i, new AuditLog.Entry(entry.sequence(), forged, entry.previous(), entry.hash()));
              assertThat(AuditLog.verify(entries))
                  .as("forged %s -> %s", entry.event(), forged)
                  .isInstanceOfSatisfying(
                      AuditLog.Broken.class, broken -> assertThat(broken.index()).isEqualTo(i));
            });
  }

  @Test
  void removingOrSwappingEntriesIsDetected() {
    qt().withExamples(50)
        .forAll(scenarios(40, 80), integers().all(), integers().all())
        .checkAssert(
            (scenario, where, other) -> {
              ImmutableList<ProjectEvent> log = logOf(scenario);
              if (log.size() < 2) {
                return;
              }
              ImmutableList<AuditLog.Entry> entries = AuditLog.of(log).entries();
              int i = Math.floorMod(where, entries.size());
              int j = Math.floorMod(other, entries.size());
              // removed as stored
              List<AuditLog.Entry> removed = new ArrayList<>(entries);
              removed.remove(i);
              if (i < removed.size()) {
                assertBrokenAt(removed, i);
              } else {
                // dropping the last entry leaves a valid shorter chain: a prefix is intact
                assertThat(AuditLog.verify(removed).isIntact()).isTrue();
              }
              // removed and renumbered, so that the sequence check alone cannot catch it
              List<AuditLog.Entry> renumbered = new ArrayList<>();
              for (int k = 0; k < removed.size(); k++) {
                AuditLog.Entry e = removed.get(k);
                renumbered.add(new AuditLog.Entry(k, e.event(), e.previous(), e.hash()));
              }
              if (i < renumbered.size()) {
                assertBrokenAt(renumbered, i);
              }
              // swapped as stored, and swapped with renumbering
              if (i != j && !entries.get(i).event().equals(entries.get(j).event())) {
                List<AuditLog.Entry> swapped = new ArrayList<>(entries);
                Collections.swap(swapped, i, j);
                assertBrokenAt(swapped, Math.min(i, j));
                List<AuditLog.Entry> swappedRenumbered = new ArrayList<>();
                for (int k = 0; k < swapped.size(); k++) {
                  AuditLog.Entry e = swapped.get(k);
                  swappedRenumbered.add(new AuditLog.Entry(k, e.event(), e.previous(), e.hash()));
                }
                assertBrokenAt(swappedRenumbered, Math.min(i, j));
              }
            });
  }

  @AfterAll
  static void printStageReach() {
    int runs = RUNS.get();
    if (runs == 0) {
      return;
    }
    String report =
        REACHED.entrySet().stream()
            .map(
                e ->
                    String.format(
                        java.util.Locale.ROOT,
                        "%-24s %4d/%d (%3.0f%%)",
                        e.getKey(),
                        e.getValue().get(),
                        runs,
                        100.0 * e.getValue().get() / runs))
            .collect(Collectors.joining("\n  "));
    System.out.println("ProjectWorkflowProperties: runs reaching each stage\n  " + report);
  }

  // ---------------------------------------------------------------------------------------------

  private void run(Scenario scenario) {
    ProjectContext context = scenario.context();
    ProjectModel model = new ProjectModel(scenario.roster());
    ProjectState state = ProjectState.initial();
    List<ProjectEvent> log = new ArrayList<>();
    AuditLog audit = AuditLog.empty();
    Set<Stage> seen = EnumSet.of(state.stage());
    Instant previousTime = Instant.MIN;
    int step = 0;
    for (ProjectCommand command : scenario.commands()) {
      String where = "step " + step++ + ": " + command;
      assertThat(command.at()).as(where).isAfterOrEqualTo(previousTime);
      previousTime = command.at();
      ProjectState before = state;
      Set<ProjectCode> expected = model.expect(command);
      Decision<ImmutableList<ProjectEvent>> decision =
          ProjectWorkflow.decide(state, command, context);
      assertThat(codesOf(decision)).as(where + " codes; " + decision.violations()).isEqualTo(expected);
      if (decision instanceof Decision.Accepted<ImmutableList<ProjectEvent>> accepted) {
        assertThat(accepted.value()).as(where).isNotEmpty();
        for (ProjectEvent event : accepted.value()) {
          assertEventIsAllowed(event, command, scenario.proposal(), where);
          state = ProjectWorkflow.evolve(state, event);
          log.add(event);
        }
        audit = audit.append(accepted.value());
        model.apply(command);
      } else {
        assertThat(decision.violations()).as(where).isNotEmpty();
        for (Violation violation : decision.violations()) {
          assertThat(violation.code()).isNotNull();
          assertThat(violation.code().code()).isNotBlank();
        }
        // a refusal is a value: the state is the one before, and replaying the log still gives it
        assertThat(state).isSameAs(before);
        assertThat(ProjectWorkflow.replay(log)).as(where).isEqualTo(before);
      }
      assertThat(state.stage()).as(where + " stage").isEqualTo(model.stage());
      assertThat(state).as(where + " replay").isEqualTo(ProjectWorkflow.replay(log));
      assertThat(audit.events()).as(where).isEqualTo(log);
      if (decision.isAccepted()) {
        // the chain only changes when events are appended
        assertThat(AuditLog.verify(audit.entries()))
            .as(where)
            .isEqualTo(new AuditLog.Intact(log.size()));
      }
      seen.add(state.stage());
    }
    AuditLog chained = AuditLog.of(log);
    assertThat(chained).isEqualTo(audit);
    assertThat(AuditLog.verify(chained.entries()).isIntact()).isTrue();
    RUNS.incrementAndGet();
    for (Stage stage : seen) {
      REACHED.get(stage).incrementAndGet();
    }
  }

  private static void assertEventIsAllowed(
      ProjectEvent event, ProjectCommand command, ProjectProposal proposal, String where) {
    Actor actor = command.actor();
    assertThat(event.actor()).as(where).isEqualTo(actor.id());
    assertThat(event.at()).as(where).isEqualTo(command.at());
    assertThat(event.project()).as(where).isEqualTo(proposal.id());
    boolean proposer = proposal.proposers().contains(actor.id());
    if (event instanceof ProjectApproved) {
      assertThat(STANDARD.rolesFor(CommandKind.APPROVE)).as(where).containsAnyElementsOf(actor.roles());
      assertThat(proposer).as(where + ": proposer approved own project").isFalse();
    }
    if (event instanceof ProjectAccepted) {
      assertThat(STANDARD.rolesFor(CommandKind.ACCEPT)).as(where).containsAnyElementsOf(actor.roles());
      assertThat(proposer).as(where + ": proposer accepted own project").isFalse();
    }
    if (event instanceof ProjectClosed) {
      assertThat(STANDARD.rolesFor(CommandKind.CLOSE)).as(where).containsAnyElementsOf(actor.roles());
    }
    if (event instanceof InspectionRecorded) {
      assertThat(proposer).as(where + ": proposer inspected own project").isFalse();
    }
    if (event instanceof ScoreSubmitted scored) {
      assertThat(scored.card().evaluator()).as(where).isEqualTo(actor.id());
      assertThat(actor.groups()).as(where).doesNotContain(proposal.group());
      for (HouseholdId household : actor.households()) {
        assertThat(proposal.households()).as(where).doesNotContain(household);
      }
      assertThat(proposer).as(where).isFalse();
    }
  }

  private static Set<ProjectCode> codesOf(Decision<?> decision) {
    Set<ProjectCode> codes = EnumSet.noneOf(ProjectCode.class);
    for (Violation violation : decision.violations()) {
      codes.add((ProjectCode) violation.code());
    }
    return codes;
  }

  static ImmutableList<ProjectEvent> logOf(Scenario scenario) {
    ProjectContext context = scenario.context();
    ProjectState state = ProjectState.initial();
    ImmutableList.Builder<ProjectEvent> log = ImmutableList.builder();
    for (ProjectCommand command : scenario.commands()) {
      Decision<ImmutableList<ProjectEvent>> decision =
          ProjectWorkflow.decide(state, command, context);
      if (decision instanceof Decision.Accepted<ImmutableList<ProjectEvent>> accepted) {
        for (ProjectEvent event : accepted.value()) {
          state = ProjectWorkflow.evolve(state, event);
          log.add(event);
        }
      }
    }
    return log.build();
  }

  static Set<Stage> stagesOf(Scenario scenario) {
    Set<Stage> stages = EnumSet.of(Stage.NOT_PROPOSED);
    ProjectState state = ProjectState.initial();
    for (ProjectEvent event : logOf(scenario)) {
      state = ProjectWorkflow.evolve(state, event);
      stages.add(state.stage());
    }
    return stages;
  }

  private static void assertBrokenAt(List<AuditLog.Entry> entries, int index) {
    assertThat(AuditLog.verify(entries))
        .isInstanceOfSatisfying(
            AuditLog.Broken.class, broken -> assertThat(broken.index()).isEqualTo(index));
  }

  /**
   * A different event: one field of the event changed (an instant by one nanosecond, a text by a
   * letter, an id by a suffix), another event of the log, or a forged work-log entry.
   */
  static ProjectEvent different(ProjectEvent event, List<ProjectEvent> log, SplittableRandom random) {
    int kind = random.nextInt(3);
    if (kind == 0) {
      ProjectEvent mutated = mutateOneField(event, random);
      if (mutated != null) {
        return mutated;
      }
    }
    if (kind == 1) {
      List<ProjectEvent> others = log.stream().filter(e -> !e.equals(event)).toList();
      if (!others.isEmpty()) {
        return others.get(random.nextInt(others.size()));
      }
    }
    return new ProjectEvent.WorkLogged(event.project(), event.actor(), event.at(), "forged entry");
  }

  private static ProjectEvent mutateOneField(ProjectEvent event, SplittableRandom random) {
    RecordComponent[] components = event.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    List<Integer> mutable = new ArrayList<>();
    try {
      for (int c = 0; c < components.length; c++) {
        values[c] = components[c].getAccessor().invoke(event);
        types[c] = components[c].getType();
        if (mutate(values[c]) != null) {
          mutable.add(c);
        }
      }
      int c = mutable.get(random.nextInt(mutable.size()));
      values[c] = mutate(values[c]);
      Constructor<?> constructor = event.getClass().getDeclaredConstructor(types);
      return (ProjectEvent) constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object mutate(Object value) {
    if (value instanceof Instant instant) {
      return instant.plusNanos(1);
    }
    if (value instanceof String text) {
      return text + "x";
    }
    if (value instanceof ActorId id) {
      return ActorId.of(id.value() + "x");
    }
    if (value instanceof ProjectId id) {
      return ProjectId.of(id.value() + "x");
    }
    if (value instanceof HouseholdId id) {
      return HouseholdId.of(id.value() + "x");
    }
    if (value instanceof io.github.tongxin.governance.money.Amount amount) {
      return amount.plus(io.github.tongxin.governance.money.Amount.ofFen(1));
    }
    if (value instanceof Choice choice) {
      return Choice.values()[(choice.ordinal() + 1) % Choice.values().length];
    }
    if (value instanceof ImmutableList<?> list && !list.isEmpty() && list.get(0) instanceof String) {
      return ImmutableList.builder().addAll(list).add("extra").build();
    }
    return null;
  }
}
