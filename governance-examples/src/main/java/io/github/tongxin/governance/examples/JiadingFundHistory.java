package io.github.tongxin.governance.examples;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.community.BuildingGroup;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.Jiading;
import io.github.tongxin.governance.fund.Activities;
import io.github.tongxin.governance.fund.Campaign;
import io.github.tongxin.governance.fund.CampaignRule;
import io.github.tongxin.governance.fund.Chart;
import io.github.tongxin.governance.fund.ComplianceReport;
import io.github.tongxin.governance.fund.ComplianceRules;
import io.github.tongxin.governance.fund.FinancialPosition;
import io.github.tongxin.governance.fund.Fund;
import io.github.tongxin.governance.fund.Leftover;
import io.github.tongxin.governance.fund.OverdueReport;
import io.github.tongxin.governance.fund.ProjectFunding;
import io.github.tongxin.governance.fund.RestrictionId;
import io.github.tongxin.governance.fund.TransferCode;
import io.github.tongxin.governance.fund.TransferId;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The public-welfare fund of the synthetic Jiading zone, 2024–2025: government allocations and
 * donations come in; 106 building-group projects receive grants worth more than 1,000,000 yuan in
 * total, reserved on approval and paid in two tranches; some refund what they did not use, two
 * cancel the rest; the green-belt path project is also crowdfunded by its residents, and its
 * restricted money pays its second tranche and what is left goes back to its 20 contributing
 * households at the end. The example prints the statement of financial
 * position, the statement of activities, the per-project table, the Art. 61 compliance report and
 * the Art. 79 overdue reports. Amounts are seeded and deterministic.
 */
public final class JiadingFundHistory {
  /** The time zone of the fund's books. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** How many projects the fund pays, as in the seed article. */
  public static final int PROJECTS = 106;

  /** The crowdfunded project. */
  public static final ProjectId PATH = ProjectId.of("C01-G01-P1");

  private static final Category[] CATEGORIES = Category.values();

  private JiadingFundHistory() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static Instant date(int year, int month, int day) {
    return LocalDate.of(year, month, day).atStartOfDay(SHANGHAI).toInstant().plusSeconds(9 * 3600);
  }

  /** The 106 projects: one per building group, in the zone's order. */
  static List<ProjectId> projects() {
    return Projects.IDS;
  }

  /** The project ids, computed once (generating the zone takes a moment). */
  private static final class Projects {
    static final List<ProjectId> IDS = List.copyOf(generate());
  }

  private static List<ProjectId> generate() {
    List<ProjectId> projects = new ArrayList<>();
    for (Community community : Jiading.syntheticZone().zone().communities()) {
      for (BuildingGroup group : community.groups()) {
        if (projects.size() < PROJECTS) {
          projects.add(ProjectId.of(group.id().value() + "-P1"));
        }
      }
    }
    if (projects.size() < PROJECTS) {
      throw new IllegalStateException("the zone has only " + projects.size() + " groups");
    }
    return projects;
  }

  /**
   * The fund's history.
   *
   * @return the fund at the end of 2025
   */
  public static Fund fund() {
    SplittableRandom random = new SplittableRandom(Jiading.DEFAULT_SEED);
    Fund fund = Fund.open();
    fund = ok(fund.receive(TransferId.of("gov-2024"), Chart.GOVERNMENT, Amount.ofYuan(600_000),
        TransferCode.GOVERNMENT_ALLOCATION, date(2024, 1, 10)));
    fund = ok(fund.receive(TransferId.of("ent-2024"), Chart.ENTERPRISE_DONATIONS,
        Amount.ofYuan(250_000), TransferCode.DONATION, date(2024, 2, 1)));
    fund = ok(fund.receive(TransferId.of("res-2024"), Chart.RESIDENT_DONATIONS,
        Amount.parse("38,650.00"), TransferCode.DONATION, date(2024, 3, 1)));
    // The path project's campaign: 20 households, keep what you raise, leftovers returned.
    fund = ok(fund.openCampaign(new Campaign(PATH, Amount.ofYuan(4_000), date(2024, 4, 30),
        CampaignRule.KEEP_WHAT_YOU_RAISE), Leftover.RETURN_TO_CONTRIBUTORS));
    for (int h = 1; h <= 20; h++) {
      fund = ok(fund.contribute(PATH, TransferId.of("cf-" + PATH.value() + "-H" + h),
          Amount.ofYuan(100 + 10L * h), date(2024, 4, h)));
    }
    fund = ok(fund.closeCampaign(PATH, date(2024, 4, 30)));
    List<ProjectId> projects = projects();
    List<Amount> amounts = new ArrayList<>();
    for (int i = 0; i < PROJECTS; i++) {
      amounts.add(Amount.ofYuan(6_000 + 100L * random.nextInt(81)));
    }
    // 2024: the first 50 projects are approved, one every three days from May, and receive
    // their first tranche (60%) in October.
    for (int i = 0; i < 50; i++) {
      fund = ok(fund.approveGrant(projects.get(i), CATEGORIES[i % CATEGORIES.length],
          amounts.get(i), date(2024, 5, 6).plusSeconds(i * 3 * 86_400L)));
    }
    for (int i = 0; i < 50; i++) {
      fund = ok(fund.payTranche(projects.get(i), 1, sixtyPercent(amounts.get(i)),
          date(2024, 10, 8).plusSeconds(i * 3600L)));
    }
    fund = ok(fund.payManagementCost(TransferId.of("admin-2024"), Amount.ofYuan(21_000),
        date(2024, 12, 20)));
    // 2025: new income; the other 56 projects are approved from February and receive their
    // first tranche in June.
    fund = ok(fund.receive(TransferId.of("gov-2025"), Chart.GOVERNMENT, Amount.ofYuan(500_000),
        TransferCode.GOVERNMENT_ALLOCATION, date(2025, 1, 10)));
    fund = ok(fund.receive(TransferId.of("ent-2025"), Chart.ENTERPRISE_DONATIONS,
        Amount.ofYuan(120_000), TransferCode.DONATION, date(2025, 1, 20)));
    for (int i = 50; i < PROJECTS; i++) {
      fund = ok(fund.approveGrant(projects.get(i), CATEGORIES[i % CATEGORIES.length],
          amounts.get(i), date(2025, 2, 3).plusSeconds((i - 50) * 2 * 86_400L)));
    }
    for (int i = 50; i < PROJECTS; i++) {
      fund = ok(fund.payTranche(projects.get(i), 1, sixtyPercent(amounts.get(i)),
          date(2025, 6, 2).plusSeconds((i - 50) * 3600L)));
    }
    // September 2025: second tranches; two projects cancel the rest; the path project's second
    // tranche comes from its residents' crowdfunding first.
    for (int i = 0; i < PROJECTS; i++) {
      Instant paid = date(2025, 9, 1).plusSeconds(i * 3600L);
      ProjectId project = projects.get(i);
      Amount rest = amounts.get(i).minus(sixtyPercent(amounts.get(i)));
      if (i % 40 == 17) {
        fund = ok(fund.cancelGrant(project, paid));
      } else if (project.equals(PATH)) {
        Amount restricted = fund.restricted(RestrictionId.of(PATH.value()));
        Amount fromCampaign = restricted.compareTo(rest) < 0 ? restricted : rest;
        fund = ok(fund.payTranche(project, 2, fromCampaign, RestrictionId.of(PATH.value()), paid));
        if (rest.compareTo(fromCampaign) > 0) {
          fund = ok(fund.payTranche(project, 3, rest.minus(fromCampaign), paid));
        }
      } else {
        fund = ok(fund.payTranche(project, 2, rest, paid));
      }
    }
    // November 2025: four projects refund part of their first tranche.
    for (int i = 0; i < PROJECTS; i += 25) {
      fund = ok(fund.refund(projects.get(i), 1, Amount.parse("412.50"), date(2025, 11, 3)));
    }
    fund = ok(fund.payManagementCost(TransferId.of("admin-2025"), Amount.ofYuan(52_000),
        date(2025, 12, 20)));
    // The path project is closed: what its campaign has left goes back to the 20 households in
    // proportion to what each still has in it (largest remainder, Amount.allocate).
    fund = ok(fund.returnLeftover(RestrictionId.of(PATH.value()), date(2025, 12, 28)));
    return fund;
  }

  private static Amount sixtyPercent(Amount amount) {
    return Amount.ofFen(amount.fen() * 6 / 10);
  }

  private static Fund ok(Decision<Fund> decision) {
    return decision.valueOrThrow();
  }

  /**
   * Prints the reports.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Fund fund = fund();
    Instant end = date(2025, 12, 31);
    out.println("嘉定工业区社区公益基金 Jiading Industrial Zone community public-welfare fund, 2024–2025");
    out.println("transfers recorded: " + fund.ledger().size());
    FinancialPosition.of(fund.ledger(), end).lines().forEach(out::println);
    Activities.of(fund.ledger(), date(2025, 1, 1).minusSeconds(9 * 3600), date(2026, 1, 1).minusSeconds(9 * 3600))
        .lines().forEach(out::println);
    ImmutableList<ProjectFunding> lines = ProjectFunding.of(fund, end);
    out.println("项目资助 project grants (" + lines.size() + " projects)");
    out.println(String.format(java.util.Locale.ROOT, "%-8s %-24s %14s %14s %14s %14s",
        "project", "category", "granted", "paid", "remaining", "refunded"));
    Amount granted = Amount.ZERO;
    Amount paid = Amount.ZERO;
    Amount refunded = Amount.ZERO;
    for (ProjectFunding line : lines) {
      out.println(line.line());
      granted = granted.plus(line.grant().amount());
      paid = paid.plus(line.paid());
      refunded = refunded.plus(line.refunded());
    }
    out.println("total granted " + granted + ", paid " + paid + ", refunded " + refunded);
    Amount raised = Amount.ZERO;
    Amount returned = Amount.ZERO;
    for (TransferId contribution :
        fund.restrictions().get(RestrictionId.of(PATH.value())).contributions()) {
      raised = raised.plus(fund.ledger().find(contribution).orElseThrow().entry().amount());
      returned = returned.plus(fund.ledger().returned(contribution));
    }
    out.println("众筹 crowdfunding for " + PATH + ": raised " + raised + " from "
        + fund.restrictions().get(RestrictionId.of(PATH.value())).contributions().size()
        + " households, spent on the project " + raised.minus(returned) + ", returned " + returned
        + ", still restricted " + fund.restricted(RestrictionId.of(PATH.value())));
    ComplianceReport compliance =
        ComplianceReport.check(ComplianceRules.CHARITY_LAW, fund.ledger(), Year.of(2025), SHANGHAI);
    out.println("年度支出检查 annual spending check (Art. 61): "
        + (compliance.isCompliant() ? "met" : "NOT met"));
    compliance.explanation().forEach(line -> out.println("  " + line));
    compliance.violations().forEach(v -> out.println("  " + v));
    List<OverdueReport.Schedule> schedules = new ArrayList<>();
    List<ProjectId> projects = projects();
    for (int i = 0; i < 6; i++) {
      LocalDate start = LocalDate.of(2025, 3, 1 + i);
      schedules.add(new OverdueReport.Schedule(projects.get(50 + i), start, start.plusMonths(9),
          i % 3 == 0 ? ImmutableList.of(start.plusMonths(3), start.plusMonths(6))
              : i % 3 == 1 ? ImmutableList.of(start.plusMonths(3)) : ImmutableList.of()));
    }
    LocalDate check = LocalDate.of(2025, 9, 15);
    ImmutableList<OverdueReport> overdue = OverdueReport.list(schedules, check);
    out.println("逾期进展报告 overdue progress reports on " + check + " (Art. 79): " + overdue.size());
    overdue.forEach(o -> out.println("  " + o.project() + " due " + o.due() + ", " + o.daysLate()
        + " days late"));
  }
}
