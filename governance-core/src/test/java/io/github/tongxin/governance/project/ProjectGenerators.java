package io.github.tongxin.governance.project;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.money.Amount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the project package, built from public factories only.
 *
 * <p>A {@link Scenario} is a roster of 3..12 households, a pool of actors with random roles and
 * affiliations, one proposal and 20..80 commands at non-decreasing times. The commands are drawn
 * one by one against a {@link ProjectModel}: about 85% are of a kind valid at the model's stage
 * and issued mostly by an actor with the right role, so that runs often get through approval,
 * implementation, acceptance and closure; the rest are any kind by any actor. Each command comes
 * from one generated int (its seed), so QuickTheories shrinks a failing run by dropping commands
 * and the shrunk scenario prints as a story ("approve by a07.sec").
 */
final class ProjectGenerators {
  static final BuildingGroupId GROUP = BuildingGroupId.of("G1");
  static final BuildingGroupId OTHER_GROUP = BuildingGroupId.of("G2");
  static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

  private ProjectGenerators() {}

  /** A generated run: who exists, what is proposed and the commands in order. */
  record Scenario(
      ConsultationRoster roster,
      ImmutableList<Actor> actors,
      ProjectProposal proposal,
      ImmutableList<ProjectCommand> commands) {
    ProjectContext context() {
      return ProjectContext.of(ProjectRules.standard(), roster);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      text.append("roster ").append(roster.households()).append('\n');
      for (Actor actor : actors) {
        text.append("  actor ")
            .append(actor.id())
            .append(' ')
            .append(actor.roles())
            .append(' ')
            .append(actor.groups())
            .append(' ')
            .append(actor.households())
            .append('\n');
      }
      text.append("proposal ")
          .append(proposal.id())
          .append(' ')
          .append(proposal.matter())
          .append(" by ")
          .append(proposal.proposers())
          .append(' ')
          .append(proposal.households())
          .append('\n');
      for (int i = 0; i < commands.size(); i++) {
        ProjectCommand command = commands.get(i);
        text.append(String.format(Locale.ROOT, "%3d ", i))
            .append(Duration.between(START, command.at()))
            .append(' ')
            .append(command)
            .append('\n');
      }
      return text.toString();
    }
  }

  /** Scenarios of 20..80 commands. */
  static Gen<Scenario> scenarios() {
    return scenarios(20, 80);
  }

  static Gen<Scenario> scenarios(int minCommands, int maxCommands) {
    return integers()
        .all()
        .zip(
            lists().of(integers().all()).ofSizeBetween(minCommands, maxCommands),
            ProjectGenerators::scenario)
        .describedAs(Scenario::toString);
  }

  /** Rosters of 3..12 households, 30..150 m² each. */
  static Gen<ConsultationRoster> rosters() {
    return integers().all().map(seed -> roster(new SplittableRandom(seed)));
  }

  static ConsultationRoster roster(SplittableRandom random) {
    int n = 3 + random.nextInt(10);
    Map<HouseholdId, FloorArea> households = new TreeMap<>();
    for (int i = 1; i <= n; i++) {
      households.put(household(i), FloorArea.ofHundredths(3_000 + random.nextInt(12_001)));
    }
    return ConsultationRoster.of(households);
  }

  static HouseholdId household(int i) {
    return HouseholdId.of(String.format(Locale.ROOT, "H%02d", i));
  }

  static Scenario scenario(int setupSeed, List<Integer> commandSeeds) {
    SplittableRandom random = new SplittableRandom(setupSeed);
    ConsultationRoster roster = roster(random);
    List<Actor> actors = actors(roster, random);
    ProjectProposal proposal = proposal(actors, random);
    ProjectContext context = ProjectContext.of(ProjectRules.standard(), roster);
    Builder builder = new Builder(roster, actors, proposal, context);
    for (int seed : commandSeeds) {
      builder.next(new SplittableRandom(((long) setupSeed << 32) ^ (seed & 0xffffffffL)));
    }
    return new Scenario(roster, ImmutableList.copyOf(actors), proposal, builder.commands.build());
  }

  /**
   * An actor pool: a representative for most households (sometimes also a resident), the group's
   * leader and members, residents' committee members, a party secretary, 6..9 evaluators (about
   * one in six from the proposing group or one of its households), a fund officer, 2..3
   * inspectors (one of them a resident), and 0..4 actors with 1..3 random roles and random
   * affiliations. Any actor may get an extra random role.
   */
  static List<Actor> actors(ConsultationRoster roster, SplittableRandom random) {
    List<HouseholdId> households = ImmutableList.copyOf(roster.households().keySet());
    List<Actor> actors = new ArrayList<>();
    int[] counter = {0};
    for (HouseholdId household : households) {
      if (random.nextInt(10) < 9) {
        Set<ProjectRole> roles = EnumSet.of(ProjectRole.HOUSEHOLD_REPRESENTATIVE);
        if (random.nextBoolean()) {
          roles.add(ProjectRole.RESIDENT);
        }
        actors.add(actor(counter, roles, inGroup(household), random));
      }
    }
    Affiliation any = () -> pick(households, random);
    actors.add(
        actor(
            counter,
            EnumSet.of(ProjectRole.BUILDING_GROUP_LEADER, ProjectRole.RESIDENT),
            inGroup(any.household()),
            random));
    int members = 1 + random.nextInt(2);
    for (int i = 0; i < members; i++) {
      actors.add(
          actor(counter, EnumSet.of(ProjectRole.BUILDING_GROUP_MEMBER), inGroup(any.household()), random));
    }
    int committee = 1 + random.nextInt(2);
    for (int i = 0; i < committee; i++) {
      actors.add(
          actor(
              counter,
              EnumSet.of(ProjectRole.RESIDENTS_COMMITTEE_MEMBER),
              random.nextInt(5) == 0 ? inGroup(any.household()) : outside(counter[0]),
              random));
    }
    actors.add(
        actor(counter, EnumSet.of(ProjectRole.PARTY_BRANCH_SECRETARY), outside(counter[0]), random));
    int evaluators = 6 + random.nextInt(4);
    for (int i = 0; i < evaluators; i++) {
      int kind = random.nextInt(12);
      Affiliation affiliation =
          kind == 0
              ? inGroup(any.household())
              : kind == 1 ? inHouseholdOnly(any.household()) : outside(counter[0]);
      actors.add(actor(counter, EnumSet.of(ProjectRole.EVALUATOR), affiliation, random));
    }
    actors.add(actor(counter, EnumSet.of(ProjectRole.FUND_OFFICER), outside(counter[0]), random));
    actors.add(
        actor(
            counter,
            EnumSet.of(ProjectRole.INSPECTOR, ProjectRole.RESIDENT),
            random.nextBoolean() ? inGroup(any.household()) : outside(counter[0]),
            random));
    int inspectors = 1 + random.nextInt(2);
    for (int i = 0; i < inspectors; i++) {
      actors.add(actor(counter, EnumSet.of(ProjectRole.INSPECTOR), outside(counter[0]), random));
    }
    int extras = random.nextInt(5);
    ProjectRole[] all = ProjectRole.values();
    for (int i = 0; i < extras; i++) {
      Set<ProjectRole> roles = EnumSet.noneOf(ProjectRole.class);
      int n = 1 + random.nextInt(3);
      for (int j = 0; j < n; j++) {
        roles.add(all[random.nextInt(all.length)]);
      }
      actors.add(
          actor(
              counter,
              roles,
              random.nextBoolean() ? inGroup(any.household()) : outside(counter[0]),
              random));
    }
    return actors;
  }

  private interface Affiliation {
    HouseholdId household();

    default Set<BuildingGroupId> groups() {
      return Set.of(GROUP);
    }

    default Set<HouseholdId> households() {
      return Set.of(household());
    }
  }

  private static Affiliation inGroup(HouseholdId household) {
    return () -> household;
  }

  private static Affiliation inHouseholdOnly(HouseholdId household) {
    return new Affiliation() {
      @Override
      public HouseholdId household() {
        return household;
      }

      @Override
      public Set<BuildingGroupId> groups() {
        return Set.of();
      }
    };
  }

  private static Affiliation outside(int n) {
    HouseholdId household = HouseholdId.of(String.format(Locale.ROOT, "X%02d", n));
    return new Affiliation() {
      @Override
      public HouseholdId household() {
        return household;
      }

      @Override
      public Set<BuildingGroupId> groups() {
        return Set.of(OTHER_GROUP);
      }
    };
  }

  private static final Map<ProjectRole, String> SHORT = new EnumMap<>(ProjectRole.class);

  static {
    SHORT.put(ProjectRole.RESIDENT, "res");
    SHORT.put(ProjectRole.HOUSEHOLD_REPRESENTATIVE, "rep");
    SHORT.put(ProjectRole.BUILDING_GROUP_LEADER, "lead");
    SHORT.put(ProjectRole.BUILDING_GROUP_MEMBER, "mem");
    SHORT.put(ProjectRole.RESIDENTS_COMMITTEE_MEMBER, "rc");
    SHORT.put(ProjectRole.PARTY_BRANCH_SECRETARY, "sec");
    SHORT.put(ProjectRole.EVALUATOR, "eval");
    SHORT.put(ProjectRole.FUND_OFFICER, "fund");
    SHORT.put(ProjectRole.INSPECTOR, "insp");
  }

  private static Actor actor(
      int[] counter, Set<ProjectRole> roles, Affiliation affiliation, SplittableRandom random) {
    Set<ProjectRole> all = EnumSet.copyOf(roles);
    if (random.nextInt(8) == 0) {
      all.add(ProjectRole.values()[random.nextInt(ProjectRole.values().length)]);
    }
    counter[0]++;
    String where = affiliation.groups().contains(GROUP) ? "G1" : affiliation.household().value();
    String id =
        String.format(Locale.ROOT, "a%02d.", counter[0])
            + all.stream().map(SHORT::get).collect(Collectors.joining("."))
            + "."
            + where;
    return Actor.of(ActorId.of(id), all, affiliation.groups(), affiliation.households());
  }

  /** 1..2 proposers from the group; sometimes a committee member or secretary co-proposes. */
  static ProjectProposal proposal(List<Actor> actors, SplittableRandom random) {
    List<Actor> residents =
        actors.stream()
            .filter(a -> a.groups().contains(GROUP))
            .filter(a -> ProjectModel.permitted(a, CommandKind.PROPOSE))
            .toList();
    Set<Actor> proposers = new LinkedHashSet<>();
    proposers.add(pick(residents, random));
    if (random.nextInt(3) == 0) {
      proposers.add(pick(residents, random));
    }
    if (random.nextInt(6) == 0) {
      proposers.add(pick(actors, random));
    }
    ConsultationMatter[] matters = ConsultationMatter.values();
    ConsultationMatter matter =
        random.nextBoolean() ? ConsultationMatter.GROUP_MATTER : matters[random.nextInt(matters.length)];
    Category[] categories = Category.values();
    return ProjectProposal.of(
        ProjectId.of("P" + random.nextInt(100)),
        GROUP,
        "Repaint the stairwell",
        categories[random.nextInt(categories.length)],
        matter,
        proposers);
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  /** Draws commands one at a time against a model of the workflow. */
  static final class Builder {
    private static final List<String> MILESTONES = List.of("design", "purchase", "works", "cleanup");

    final ConsultationRoster roster;
    final List<Actor> actors;
    final ProjectProposal proposal;
    final ProjectContext context;
    final ProjectModel model;
    final ImmutableList.Builder<ProjectCommand> commands = ImmutableList.builder();
    Instant now = START;

    Builder(
        ConsultationRoster roster,
        List<Actor> actors,
        ProjectProposal proposal,
        ProjectContext context) {
      this.roster = roster;
      this.actors = actors;
      this.proposal = proposal;
      this.context = context;
      this.model = new ProjectModel(roster);
    }

    void next(SplittableRandom r) {
      now = now.plus(step(r));
      CommandKind[] kinds = CommandKind.values();
      ProjectCommand command =
          r.nextInt(100) < 85
              ? onStage(r)
              : build(kinds[r.nextInt(kinds.length)], r, r.nextInt(3) == 0);
      commands.add(command);
      if (model.expect(command).isEmpty()) {
        model.apply(command);
      }
    }

    private static Duration step(SplittableRandom r) {
      int k = r.nextInt(10);
      return k == 0
          ? Duration.ZERO
          : k == 9 ? Duration.ofDays(1 + r.nextInt(10)) : Duration.ofSeconds(r.nextInt(6 * 3600));
    }

    private ProjectCommand onStage(SplittableRandom r) {
      int p = r.nextInt(100);
      switch (model.stage()) {
        case NOT_PROPOSED:
          return build(CommandKind.PROPOSE, r, false);
        case PROPOSED:
          return build(p < 4 ? CommandKind.WITHDRAW : CommandKind.OPEN_CONSULTATION, r, false);
        case IN_CONSULTATION:
          {
            boolean allAnswerable =
                roster.households().keySet().stream()
                    .allMatch(
                        h ->
                            model.answers().containsKey(h)
                                || actors.stream()
                                    .noneMatch(
                                        a ->
                                            a.households().contains(h)
                                                && ProjectModel.permitted(
                                                    a, CommandKind.ANSWER_CONSULTATION)));
            boolean closeNow = allAnswerable && p < 70 || p < 1;
            return build(
                closeNow ? CommandKind.CLOSE_CONSULTATION : CommandKind.ANSWER_CONSULTATION,
                r,
                false);
          }
        case CONSULTED:
          return build(p < 3 ? CommandKind.WITHDRAW : CommandKind.DECLARE, r, false);
        case DECLARED:
          return build(CommandKind.START_REVIEW, r, false);
        case UNDER_COMMUNITY_REVIEW:
          return build(p < 4 ? CommandKind.REJECT : CommandKind.FORWARD_TO_PANEL, r, false);
        case UNDER_PANEL_EVALUATION:
          {
            int cards = model.cards().size();
            CommandKind kind =
                p < 1
                    ? CommandKind.REJECT
                    : cards >= ProjectModel.MINIMUM_EVALUATORS && p < 60 || p < 8
                        ? CommandKind.APPROVE
                        : CommandKind.SUBMIT_SCORE;
            return build(kind, r, false);
          }
        case APPROVED:
          return build(CommandKind.START_IMPLEMENTATION, r, false);
        case IN_IMPLEMENTATION:
          {
            CommandKind kind;
            if (p < 4) {
              kind = CommandKind.SUSPEND;
            } else if (p < 25) {
              kind = CommandKind.LOG_WORK;
            } else if (model.openMilestones().isEmpty()
                && (model.completedMilestones().size() >= 2 || p < 45)) {
              kind = CommandKind.REPORT_COMPLETION;
            } else if (!model.openMilestones().isEmpty() && p < 70) {
              kind = CommandKind.COMPLETE_MILESTONE;
            } else {
              kind = CommandKind.ADD_MILESTONE;
            }
            return build(kind, r, false);
          }
        case SUSPENDED:
          return build(CommandKind.RESUME, r, false);
        case AWAITING_ACCEPTANCE:
          return build(
              model.passedInspectors().size() >= 2 && p < 60 || p < 5
                  ? CommandKind.ACCEPT
                  : CommandKind.INSPECT,
              r,
              false);
        case IN_PUBLIC_DISCLOSURE:
          if (p < 25) {
            return build(CommandKind.OBJECT, r, false);
          }
          if (p < 75 && now.isBefore(model.disclosureUntil())) {
            now = model.disclosureUntil().plus(Duration.ofMinutes(r.nextInt(3) * 600L));
          }
          return build(CommandKind.CLOSE, r, false);
        case UNDER_OBJECTION_REVIEW:
          return build(
              p < 70 ? CommandKind.DISMISS_OBJECTION : CommandKind.UPHOLD_OBJECTION, r, false);
        default:
          CommandKind[] kinds = CommandKind.values();
          return build(kinds[r.nextInt(kinds.length)], r, true);
      }
    }

    /** An actor: mostly one allowed (and fit) for the kind, sometimes anyone. */
    private Actor actorFor(CommandKind kind, SplittableRandom r, boolean anyone, Predicate<Actor> fit) {
      if (anyone || r.nextInt(100) < 12) {
        return pick(actors, r);
      }
      List<Actor> good =
          actors.stream().filter(a -> ProjectModel.permitted(a, kind)).filter(fit).toList();
      if (good.isEmpty()) {
        good = actors.stream().filter(a -> ProjectModel.permitted(a, kind)).toList();
      }
      return good.isEmpty() ? pick(actors, r) : pick(good, r);
    }

    private Actor actorFor(CommandKind kind, SplittableRandom r, boolean anyone) {
      return actorFor(kind, r, anyone, a -> true);
    }

    private boolean notProposer(Actor a) {
      return !proposal.proposers().contains(a.id());
    }

    ProjectCommand build(CommandKind kind, SplittableRandom r, boolean anyone) {
      Instant at = now;
      switch (kind) {
        case PROPOSE:
          return new ProjectCommand.Propose(
              actorFor(kind, r, anyone, a -> proposal.proposers().contains(a.id())), at, proposal);
        case OPEN_CONSULTATION:
          return new ProjectCommand.OpenConsultation(actorFor(kind, r, anyone), at);
        case ANSWER_CONSULTATION:
          {
            List<HouseholdId> unanswered =
                roster.households().keySet().stream()
                    .filter(h -> !model.answers().containsKey(h))
                    .toList();
            HouseholdId household =
                r.nextInt(20) == 0
                    ? HouseholdId.of("X99")
                    : unanswered.isEmpty() || r.nextInt(15) == 0
                        ? pick(ImmutableList.copyOf(roster.households().keySet()), r)
                        : pick(unanswered, r);
            Actor actor = actorFor(kind, r, anyone, a -> a.households().contains(household));
            int c = r.nextInt(100);
            Choice choice = c < 92 ? Choice.AGREE : c < 96 ? Choice.DISAGREE : Choice.ABSTAIN;
            return new ProjectCommand.Answer(actor, at, household, choice);
          }
        case CLOSE_CONSULTATION:
          return new ProjectCommand.CloseConsultation(actorFor(kind, r, anyone), at);
        case DECLARE:
          {
            int c = r.nextInt(20);
            Amount requested =
                c == 0 ? Amount.ZERO : c == 1 ? Amount.ofYuan(-5) : Amount.ofFen(100_000 + r.nextInt(5_000_000));
            return new ProjectCommand.Declare(actorFor(kind, r, anyone), at, requested);
          }
        case START_REVIEW:
          return new ProjectCommand.StartReview(actorFor(kind, r, anyone), at);
        case FORWARD_TO_PANEL:
          return new ProjectCommand.ForwardToPanel(actorFor(kind, r, anyone), at);
        case SUBMIT_SCORE:
          {
            Actor actor =
                actorFor(
                    kind,
                    r,
                    anyone,
                    a ->
                        !ProjectModel.conflicted(a, proposal)
                            && model.cards().stream().noneMatch(c -> c.evaluator().equals(a.id())));
            ActorId evaluator = r.nextInt(25) == 0 ? pick(actors, r).id() : actor.id();
            Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
            int low = r.nextInt(10) == 0 ? 0 : 5;
            for (Criterion criterion : Criterion.values()) {
              scores.put(criterion, low + r.nextInt(11 - low));
            }
            if (r.nextInt(15) == 0) {
              scores.remove(Criterion.values()[r.nextInt(Criterion.values().length)]);
            }
            return new ProjectCommand.SubmitScore(actor, at, Scorecard.of(evaluator, scores));
          }
        case APPROVE:
          {
            long requested = Math.max(model.requested().fen(), 3);
            long total = r.nextInt(10) == 0 ? requested + 1 + r.nextInt(1000) : 1 + r.nextLong(requested);
            long grant = r.nextLong(total + 1);
            long crowd = r.nextLong(total - grant + 1);
            FundingPlan plan =
                FundingPlan.of(
                    Amount.ofFen(grant), Amount.ofFen(crowd), Amount.ofFen(total - grant - crowd));
            return new ProjectCommand.Approve(actorFor(kind, r, anyone, this::notProposer), at, plan);
          }
        case REJECT:
          return new ProjectCommand.Reject(
              actorFor(kind, r, anyone), at, ImmutableList.of("not a priority this year"));
        case WITHDRAW:
          return new ProjectCommand.Withdraw(
              actorFor(kind, r, anyone, a -> proposal.proposers().contains(a.id())),
              at,
              "no longer needed");
        case START_IMPLEMENTATION:
          return new ProjectCommand.StartImplementation(actorFor(kind, r, anyone), at);
        case ADD_MILESTONE:
          return new ProjectCommand.AddMilestone(actorFor(kind, r, anyone), at, pick(MILESTONES, r));
        case COMPLETE_MILESTONE:
          {
            List<String> open = model.openMilestones();
            String name = open.isEmpty() || r.nextInt(10) == 0 ? pick(MILESTONES, r) : pick(open, r);
            return new ProjectCommand.CompleteMilestone(actorFor(kind, r, anyone), at, name);
          }
        case LOG_WORK:
          return new ProjectCommand.LogWork(
              actorFor(kind, r, anyone), at, "day " + r.nextInt(100) + ": work done");
        case SUSPEND:
          return new ProjectCommand.Suspend(actorFor(kind, r, anyone), at, "safety check");
        case RESUME:
          return new ProjectCommand.Resume(actorFor(kind, r, anyone), at);
        case REPORT_COMPLETION:
          return new ProjectCommand.ReportCompletion(actorFor(kind, r, anyone), at);
        case INSPECT:
          {
            Actor actor =
                actorFor(
                    kind,
                    r,
                    anyone,
                    a ->
                        notProposer(a)
                            && model.passedInspectors().stream()
                                .noneMatch(i -> i.id().equals(a.id())));
            Inspection.Verdict verdict =
                r.nextInt(100) < 88 ? Inspection.Verdict.PASSED : Inspection.Verdict.FAILED;
            return new ProjectCommand.Inspect(actor, at, verdict, "checked on site");
          }
        case ACCEPT:
          return new ProjectCommand.Accept(actorFor(kind, r, anyone, this::notProposer), at);
        case OBJECT:
          return new ProjectCommand.RaiseObjection(actorFor(kind, r, anyone), at, "paint peeling");
        case DISMISS_OBJECTION:
          return new ProjectCommand.DismissObjection(actorFor(kind, r, anyone), at, "unfounded");
        case UPHOLD_OBJECTION:
          return new ProjectCommand.UpholdObjection(actorFor(kind, r, anyone), at, "founded");
        case CLOSE:
          return new ProjectCommand.Close(actorFor(kind, r, anyone), at);
        default:
          throw new AssertionError(kind);
      }
    }
  }

  /** Every actor of a scenario that holds a role. */
  static ImmutableSet<Actor> withRole(List<Actor> actors, ProjectRole role) {
    return actors.stream().filter(a -> a.hasRole(role)).collect(ImmutableSet.toImmutableSet());
  }
}
