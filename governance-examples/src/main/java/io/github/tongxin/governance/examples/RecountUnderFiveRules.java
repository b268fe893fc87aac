package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.election.ApprovalRecount;
import io.github.tongxin.governance.election.Contest;
import io.github.tongxin.governance.election.RoundResult;
import io.github.tongxin.governance.election.Tally;
import io.github.tongxin.governance.election.rules.CommitteeRule;
import io.github.tongxin.governance.election.rules.CommitteeRules;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Recounts the member ballots of the sample election of building group C01-G01 under five
 * approval-based committee rules, beside the statutory count: what if the same "for" marks were
 * counted by approval voting, proportional approval voting, sequential Phragmén, the Method of
 * Equal Shares or Chamberlin–Courant?
 */
public final class RecountUnderFiveRules {
  /** The rules recounted, by abcvoting id. */
  public static final List<String> RULES = List.of("av", "pav", "seqphragmen", "equal-shares", "cc");

  private RecountUnderFiveRules() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where the results go
   */
  public static void run(PrintStream out) {
    SampleElection election = new SampleElection(ElectBuildingGroupCouncil.SEED);
    RoundResult statutory =
        Tally.count(election.rules, election.electorate, election.slate, election.round);
    ApprovalRecount recount =
        ApprovalRecount.of(Contest.MEMBERS, election.slate, election.electorate, election.round.ballots());
    int seats = election.rules.memberSeats();
    out.println("Member ballots of " + SampleElection.GROUP + " recounted (" + recount.profile().voters()
        + " ballots, " + recount.candidates().size() + " candidates, " + seats + " seats)");
    out.println("楼组 " + SampleElection.GROUP + " 成员选票按其他规则重新计票");
    out.println();
    out.printf("%-14s %s%n", "statutory", statutory.contest(Contest.MEMBERS).orElseThrow().elected()
        + " (first ballot; seats left go to a supplementary ballot)");
    for (String id : RULES) {
      CommitteeRule rule = CommitteeRules.byId(id).orElseThrow();
      List<ResidentId> elected = recount.recount(rule, seats);
      out.printf("%-14s %s  %s / %s%n", id, elected, rule.englishName(), rule.chineseName());
    }
  }
}
