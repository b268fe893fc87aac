package io.github.tongxin.governance.examples;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
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
import io.github.tongxin.governance.project.Criterion;
import io.github.tongxin.governance.project.FundingPlan;
import io.github.tongxin.governance.project.Inspection;
import io.github.tongxin.governance.project.PanelResult;
import io.github.tongxin.governance.project.PanelRules;
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
import io.github.tongxin.governance.project.ThresholdCheck;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Wanghui community's path through the green belt (望汇社区绿化带步道), end to end: residents of
 * building group WH-G03 propose to turn a trodden strip of green belt into a paved path, which
 * changes the use of common parts and so needs Civil Code Art. 278 item (8): two thirds of area
 * and owners taking part, three quarters of them agreeing. Then declaration, community review, a
 * panel of five, approval with a grant and crowdfunding, implementation with milestones and a
 * work log, acceptance by two inspectors (one a resident), a public disclosure interrupted by an
 * objection that is dismissed, and closure. Prints the timeline, the consultation's thresholds
 * with their numbers, the panel's score and the audit chain's head.
 *
 * <p>Households, areas and answers are illustrative, not Wanghui's real figures.
 */
public final class WanghuiPathProject {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final BuildingGroupId GROUP = BuildingGroupId.of("WH-G03");
  private static final int HOUSEHOLDS = 48;

  private WanghuiPathProject() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  private static HouseholdId household(int n) {
    return HouseholdId.of(String.format("WH-G03-H%02d", n));
  }

  /** Areas from 62.40 to 131.10 m², a fixed pattern (illustrative). */
  private static FloorArea area(int n) {
    return FloorArea.ofHundredths(6_240 + (n * 1_733L) % 6_871);
  }

  private static Actor representative(int n, ProjectRole... extra) {
    List<ProjectRole> roles = new ArrayList<>(List.of(ProjectRole.HOUSEHOLD_REPRESENTATIVE, ProjectRole.RESIDENT));
    roles.addAll(List.of(extra));
    return Actor.of(ActorId.of(String.format("resident-%02d", n)), roles, Set.of(GROUP), Set.of(household(n)));
  }

  private static Actor official(String id, ProjectRole role) {
    return Actor.of(ActorId.of(id), Set.of(role), Set.of(), Set.of());
  }

  private static java.time.Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /**
   * Runs the example.
   *
   * @param out where the timeline goes
   */
  public static void run(PrintStream out) {
    Map<HouseholdId, FloorArea> areas = new LinkedHashMap<>();
    for (int n = 1; n <= HOUSEHOLDS; n++) {
      areas.put(household(n), area(n));
    }
    ConsultationRoster roster = ConsultationRoster.of(areas);
    ProjectContext context = ProjectContext.of(ProjectRules.standard(), roster);

    Actor leader = representative(1, ProjectRole.BUILDING_GROUP_LEADER);
    Actor member = representative(2, ProjectRole.BUILDING_GROUP_MEMBER);
    Actor committee = official("rc-wang", ProjectRole.RESIDENTS_COMMITTEE_MEMBER);
    Actor secretary = official("secretary-chen", ProjectRole.PARTY_BRANCH_SECRETARY);
    Actor fundOfficer = official("fund-xu", ProjectRole.FUND_OFFICER);
    Actor engineer = official("inspector-zhou", ProjectRole.INSPECTOR);
    Actor residentInspector =
        Actor.of(
            ActorId.of("inspector-resident-40"),
            Set.of(ProjectRole.INSPECTOR, ProjectRole.RESIDENT),
            Set.of(GROUP),
            Set.of(household(40)));
    ProjectProposal proposal =
        ProjectProposal.of(
            ProjectId.of("WH-2026-007"),
            GROUP,
            "Paved path through the green belt 绿化带步道",
            Category.COMMUNITY_ENVIRONMENT,
            ConsultationMatter.ITEM_8_CHANGE_USE_OF_COMMON_PARTS,
            List.of(leader, member));

    List<ProjectCommand> commands = new ArrayList<>();
    commands.add(new ProjectCommand.Propose(leader, at("2026-03-02T19:30"), proposal));
    commands.add(new ProjectCommand.OpenConsultation(member, at("2026-03-05T09:00")));
    // 40 of 48 households answer: 35 agree, 3 disagree, 2 abstain; 8 stay silent.
    for (int n = 1; n <= 40; n++) {
      Choice choice = n <= 35 ? Choice.AGREE : n <= 38 ? Choice.DISAGREE : Choice.ABSTAIN;
      commands.add(
          new ProjectCommand.Answer(representative(n), at("2026-03-07T10:00").plusSeconds(60L * n), household(n), choice));
    }
    commands.add(new ProjectCommand.CloseConsultation(member, at("2026-03-12T20:00")));
    commands.add(new ProjectCommand.Declare(leader, at("2026-03-14T09:00"), Amount.parse("46,800.00")));
    commands.add(new ProjectCommand.StartReview(committee, at("2026-03-16T09:00")));
    commands.add(new ProjectCommand.ForwardToPanel(committee, at("2026-03-20T15:00")));
    int[][] scores = {{9, 8, 8, 7, 8, 9}, {8, 9, 7, 7, 7, 8}, {7, 6, 8, 8, 6, 7}, {9, 9, 9, 8, 8, 9}, {5, 6, 6, 6, 5, 6}};
    for (int e = 0; e < scores.length; e++) {
      Actor evaluator = official("evaluator-" + (e + 1), ProjectRole.EVALUATOR);
      Map<Criterion, Integer> card = new EnumMap<>(Criterion.class);
      for (Criterion criterion : Criterion.values()) {
        card.put(criterion, scores[e][criterion.ordinal()]);
      }
      commands.add(
          new ProjectCommand.SubmitScore(evaluator, at("2026-03-26T14:00").plusSeconds(600L * e), Scorecard.of(evaluator.id(), card)));
    }
    FundingPlan plan =
        FundingPlan.of(Amount.parse("36,000.00"), Amount.parse("8,800.00"), Amount.parse("2,000.00"));
    commands.add(new ProjectCommand.Approve(secretary, at("2026-03-30T10:00"), plan));
    commands.add(new ProjectCommand.StartImplementation(fundOfficer, at("2026-04-08T09:00")));
    commands.add(new ProjectCommand.AddMilestone(leader, at("2026-04-08T10:00"), "route marked and trees protected"));
    commands.add(new ProjectCommand.AddMilestone(leader, at("2026-04-08T10:05"), "permeable paving laid"));
    commands.add(new ProjectCommand.CompleteMilestone(member, at("2026-04-12T17:00"), "route marked and trees protected"));
    commands.add(new ProjectCommand.LogWork(member, at("2026-04-20T18:00"), "12 volunteers laid 60 m of paving"));
    commands.add(new ProjectCommand.CompleteMilestone(leader, at("2026-04-26T17:00"), "permeable paving laid"));
    commands.add(new ProjectCommand.ReportCompletion(leader, at("2026-04-27T09:00")));
    commands.add(new ProjectCommand.Inspect(engineer, at("2026-04-29T10:00"), Inspection.Verdict.PASSED, "built as approved"));
    commands.add(
        new ProjectCommand.Inspect(residentInspector, at("2026-04-29T10:30"), Inspection.Verdict.PASSED, "even and well drained"));
    commands.add(new ProjectCommand.Accept(committee, at("2026-04-30T09:00")));
    commands.add(new ProjectCommand.RaiseObjection(representative(37), at("2026-05-03T11:00"), "the accounts are not posted"));
    commands.add(new ProjectCommand.DismissObjection(committee, at("2026-05-04T16:00"), "accounts posted on the notice board"));
    commands.add(new ProjectCommand.Close(committee, at("2026-05-11T16:00")));

    ProjectState state = ProjectState.initial();
    List<ProjectEvent> log = new ArrayList<>();
    out.println("Project " + proposal.id() + ": " + proposal.title());
    out.println("Building group " + GROUP + ", " + HOUSEHOLDS + " households, " + roster.totalArea() + " m²");
    out.println();
    int answers = 0;
    java.time.Instant lastAnswer = null;
    for (ProjectCommand command : commands) {
      Decision<ImmutableList<ProjectEvent>> decision = ProjectWorkflow.decide(state, command, context);
      if (!decision.isAccepted()) {
        for (Violation violation : decision.violations()) {
          out.println("REFUSED " + command + ": " + violation);
        }
        continue;
      }
      for (ProjectEvent event : decision.valueOrThrow()) {
        state = ProjectWorkflow.evolve(state, event);
        log.add(event);
        if (event instanceof ProjectEvent.ConsultationAnswered) {
          answers++;
          lastAnswer = event.at();
          continue;
        }
        if (answers > 0) {
          out.println(
              String.format("%s  %-22s ", WHEN.format(lastAnswer.atZone(SHANGHAI)), "in consultation")
                  + answers
                  + " households answered");
          answers = 0;
        }
        out.println(line(event.at(), state) + describe(event));
        if (event instanceof ProjectEvent.ConsultationClosed closed) {
          for (ThresholdCheck check : closed.result().checks()) {
            out.println("                   " + check);
          }
        }
      }
    }
    out.println();
    PanelResult panel = PanelResult.of(scoresOf(log), PanelRules.standard());
    out.println("panel score 评审得分: " + panel.score() + " (recommended at " + panel.recommendation() + ")");
    out.println("final stage 最终阶段: " + state.stage().englishName() + " / " + state.stage().chineseName());
    AuditLog audit = AuditLog.of(log);
    AuditLog.Verification verification = AuditLog.verify(audit.entries());
    out.println("audit chain 审计链: " + (verification.isIntact() ? "intact" : verification) + ", " + log.size() + " events, head " + audit.head());
  }

  private static List<Scorecard> scoresOf(List<ProjectEvent> log) {
    return log.stream()
        .filter(e -> e instanceof ProjectEvent.ScoreSubmitted)
        .map(e -> ((ProjectEvent.ScoreSubmitted) e).card())
        .toList();
  }

  private static String line(java.time.Instant at, ProjectState state) {
    return String.format("%s  %-22s ", WHEN.format(at.atZone(SHANGHAI)), state.stage().englishName());
  }

  private static String describe(ProjectEvent event) {
    String by = " (" + event.actor() + ")";
    if (event instanceof ProjectEvent.ProjectProposed e) {
      return "proposed by " + e.proposal().proposers() + ", " + e.proposal().matter().englishName();
    }
    if (event instanceof ProjectEvent.ConsultationClosed e) {
      return "consultation closed: " + (e.result().passes() ? "passed" : "failed") + by;
    }
    if (event instanceof ProjectEvent.ProjectDeclared e) {
      return "declared, requesting " + e.requested() + " yuan" + by;
    }
    if (event instanceof ProjectEvent.ScoreSubmitted e) {
      return "scored " + PanelResult.cardScore(e.card(), PanelRules.standard()) + by;
    }
    if (event instanceof ProjectEvent.ProjectApproved e) {
      return "approved: " + e.plan().total() + " yuan, panel " + e.panel().score() + by;
    }
    if (event instanceof ProjectEvent.GrantRequested e) {
      return "grant requested from the public-welfare fund: " + e.amount() + " yuan";
    }
    if (event instanceof ProjectEvent.CrowdfundingOpened e) {
      return "crowdfunding opened, target " + e.target() + " yuan";
    }
    if (event instanceof ProjectEvent.MilestoneAdded e) {
      return "milestone added: " + e.name() + by;
    }
    if (event instanceof ProjectEvent.MilestoneCompleted e) {
      return "milestone done: " + e.name() + by;
    }
    if (event instanceof ProjectEvent.WorkLogged e) {
      return "work log: " + e.text() + by;
    }
    if (event instanceof ProjectEvent.InspectionRecorded e) {
      return "inspection " + e.inspection().verdict() + ": " + e.inspection().note() + by;
    }
    if (event instanceof ProjectEvent.ProjectAccepted e) {
      return "accepted; disclosed until " + WHEN.format(e.disclosureUntil().atZone(SHANGHAI)) + by;
    }
    if (event instanceof ProjectEvent.ObjectionRaised e) {
      return "objection: " + e.reason() + by;
    }
    if (event instanceof ProjectEvent.ObjectionDismissed e) {
      return "objection dismissed (" + e.reason() + "); disclosed until "
          + WHEN.format(e.disclosureUntil().atZone(SHANGHAI)) + by;
    }
    String name = event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return name + by;
  }
}
