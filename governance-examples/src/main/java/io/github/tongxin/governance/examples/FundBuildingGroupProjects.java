package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.budgeting.BudgetOutcome;
import io.github.tongxin.governance.budgeting.BudgetRule;
import io.github.tongxin.governance.budgeting.BudgetRules;
import io.github.tongxin.governance.budgeting.Fraction;
import io.github.tongxin.governance.budgeting.FundingCandidate;
import io.github.tongxin.governance.budgeting.GroupBudget;
import io.github.tongxin.governance.budgeting.PabulibFile;
import io.github.tongxin.governance.budgeting.ProjectId;
import io.github.tongxin.governance.budgeting.TieBreaking;
import io.github.tongxin.governance.community.Jiading;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.election.ElectionRules;
import io.github.tongxin.governance.election.Electorate;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Funds the self-governance projects of building group C01-G01 of the synthetic Jiading zone
 * with ¥100,000 from the public-welfare fund, twice: greedy by votes (the usual city rule) and
 * the Method of Equal Shares completed by greedy (as Wieliczka and Świecie do), and prints what
 * each funds and the difference. The green-belt path project has ¥12,000 of crowdfunding
 * pledged, which lowers what the fund is charged. Residents' approvals are simulated (seeded):
 * a large majority wants the two big environment projects; a minority of parents and seniors
 * wants the smaller projects for children and for health.
 */
public final class FundBuildingGroupProjects {
  /** The fund offered to the group, in yuan. */
  public static final BigDecimal FUND = new BigDecimal("100000");

  /** The rules compared. */
  public static final List<String> RULES = List.of("greedy_cost_sat", "mes_cost_sat_add1_greedy_cost");


  private FundBuildingGroupProjects() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** The candidates: id, full cost, pledged crowdfunding, name. */
  static List<FundingCandidate> candidates() {
    return List.of(
        new FundingCandidate(ProjectId.of("P1"), new BigDecimal("48000"), new BigDecimal("12000"),
            "绿化带小路 green-belt path (community environment)"),
        FundingCandidate.of(ProjectId.of("P2"), new BigDecimal("42000"),
            "垃圾分类亭 garbage-sorting kiosks (garbage sorting)"),
        FundingCandidate.of(ProjectId.of("P3"), new BigDecimal("30000"),
            "空置房改造为活动室 vacant-room renovation"),
        FundingCandidate.of(ProjectId.of("P4"), new BigDecimal("12000"),
            "亲子阅读角 parent–child reading corner"),
        FundingCandidate.of(ProjectId.of("P5"), new BigDecimal("9000"),
            "老人健康讲座 health talks for seniors (health and culture)"),
        FundingCandidate.of(ProjectId.of("P6"), new BigDecimal("15000"),
            "楼道照明 stairwell lighting (community services)"));
  }

  /** Seeded approvals of the group's registered voters. */
  static Map<ResidentId, List<ProjectId>> approvals(long seed) {
    Electorate electorate =
        Electorate.of(
            Jiading.syntheticZone().zone().communities().get(0),
            SampleElection.GROUP,
            SampleElection.ELECTION_DAY,
            ElectionRules.defaults());
    SplittableRandom random = new SplittableRandom(seed);
    Map<ResidentId, List<ProjectId>> approvals = new LinkedHashMap<>();
    for (ResidentId voter : electorate.voters()) {
      Set<ProjectId> approved = new LinkedHashSet<>();
      boolean minority = random.nextInt(100) < 30; // parents and seniors
      if (minority) {
        pick(approved, "P4", 85, random);
        pick(approved, "P5", 80, random);
        pick(approved, "P3", 40, random);
        pick(approved, "P1", 20, random);
      } else {
        pick(approved, "P1", 80, random);
        pick(approved, "P2", 75, random);
        pick(approved, "P6", 45, random);
        pick(approved, "P3", 25, random);
      }
      approvals.put(voter, new ArrayList<>(approved));
    }
    return approvals;
  }

  /** Who paid for what under Equal Shares: per project, the payers and the largest payment. */
  private static void printPayments(PrintStream out, BudgetOutcome mes) {
    out.println();
    out.println("Equal Shares payments 平等份额法分摊 (projects the greedy completion adds are paid by the fund alone):");
    Fraction mostPaid = Fraction.of(BigDecimal.ZERO);
    for (Map<ProjectId, Fraction> voter : mes.payments()) {
      Fraction paid = Fraction.of(BigDecimal.ZERO);
      for (Fraction amount : voter.values()) {
        paid = paid.plus(amount);
      }
      mostPaid = paid.compareTo(mostPaid) > 0 ? paid : mostPaid;
    }
    for (ProjectId project : mes.selectionOrder()) {
      List<Fraction> payments =
          mes.payments().stream().filter(v -> v.containsKey(project)).map(v -> v.get(project)).toList();
      if (payments.isEmpty()) {
        out.printf("  %-3s greedy completion 贪心补足%n", project);
      } else {
        Fraction largest = payments.stream().max(Fraction::compareTo).orElseThrow();
        out.printf("  %-3s paid by %d voters, at most ¥%s each%n",
            project, payments.size(), yuan(largest));
      }
    }
    out.printf("  most any voter paid in total 个人最多分摊: ¥%s%n", yuan(mostPaid));
  }

  /** An exact amount rounded to the fen for display. */
  private static String yuan(Fraction amount) {
    return amount.toBigDecimal(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static void pick(Set<ProjectId> approved, String id, int percent, SplittableRandom random) {
    if (random.nextInt(100) < percent) {
      approved.add(ProjectId.of(id));
    }
  }

  /**
   * Runs the example.
   *
   * @param out where the results go
   */
  public static void run(PrintStream out) {
    PabulibFile election = GroupBudget.of(SampleElection.GROUP, FUND, candidates(), approvals(3));
    out.println("Funding the projects of building group " + SampleElection.GROUP + ": ¥" + FUND.toPlainString()
        + ", " + election.profile().voters() + " voters");
    out.println("楼组 " + SampleElection.GROUP + " 自治项目资助：公益基金 ¥" + FUND.toPlainString());
    out.println();
    for (FundingCandidate c : candidates()) {
      long votes = election.profile().ballots().stream().filter(b -> b.projects().contains(c.id())).count();
      out.printf("  %-3s ¥%-6s (fund charged ¥%-6s) %4d votes  %s%n",
          c.id(), c.cost().toPlainString(), c.chargedCost().toPlainString(), votes, c.name());
    }
    out.println();
    Map<String, BudgetOutcome> outcomes = new LinkedHashMap<>();
    for (String id : RULES) {
      BudgetRule rule = BudgetRules.byId(id).orElseThrow();
      BudgetOutcome outcome =
          rule.apply(election.instance(), election.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();
      outcomes.put(id, outcome);
      out.printf("%-31s funds %s, ¥%s, leftover ¥%s%n",
          id, outcome.selectionOrder(), outcome.totalCost().toPlainString(), outcome.leftover().toPlainString());
    }
    printPayments(out, outcomes.get(RULES.get(1)));
    List<ProjectId> greedy = outcomes.get(RULES.get(0)).winners();
    List<ProjectId> mes = outcomes.get(RULES.get(1)).winners();
    List<ProjectId> onlyMes = new ArrayList<>(mes);
    onlyMes.removeAll(greedy);
    List<ProjectId> onlyGreedy = new ArrayList<>(greedy);
    onlyGreedy.removeAll(mes);
    out.println();
    out.println("only under Equal Shares 仅平等份额法资助: " + onlyMes);
    out.println("only under greedy 仅贪心法资助: " + onlyGreedy);
  }
}
