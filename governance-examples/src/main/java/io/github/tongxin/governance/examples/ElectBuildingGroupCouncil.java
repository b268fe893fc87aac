package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.election.Contest;
import io.github.tongxin.governance.election.ContestResult;
import io.github.tongxin.governance.election.CouncilOutcome;
import io.github.tongxin.governance.election.ReportLine;
import io.github.tongxin.governance.election.RoundResult;
import io.github.tongxin.governance.election.Tally;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Elects the council (一长五员) of building group C01-G01 of the synthetic Jiading zone from a
 * simulated first ballot and, for the seats it leaves, a supplementary ballot (另行选举); prints the
 * bilingual report with the article behind each step and the council elected.
 */
public final class ElectBuildingGroupCouncil {
  /** The seed of the simulated ballots. */
  public static final long SEED = 7;

  private ElectBuildingGroupCouncil() {}

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
   * @param out where the report goes
   */
  public static void run(PrintStream out) {
    SampleElection election = new SampleElection(SEED);
    RoundResult result = Tally.count(election.rules, election.electorate, election.slate, election.round);
    out.println("Council election of building group " + SampleElection.GROUP + " on " + SampleElection.ELECTION_DAY);
    out.println("楼组团队 " + SampleElection.GROUP + " 一长五员选举，" + SampleElection.ELECTION_DAY);
    out.println();
    for (ReportLine line : result.report()) {
      out.println(line.inEnglish());
      out.println(line.inChinese());
    }
    List<ContestResult> results = new ArrayList<>(result.contests().values());
    ContestResult members = result.contest(Contest.MEMBERS).orElseThrow();
    if (members.unfilledSeats() > 0) {
      out.println();
      out.println("Supplementary ballot 另行选举 for " + members.unfilledSeats() + " member seats");
      RoundResult supplementary =
          Tally.countSupplementary(
              election.rules,
              election.electorate,
              Contest.MEMBERS,
              members.unfilledSeats(),
              members.supplementaryCandidates(),
              election.supplementaryRound(members.supplementaryCandidates(), members.unfilledSeats(), SEED));
      for (ReportLine line : supplementary.report()) {
        out.println(line.inEnglish());
        out.println(line.inChinese());
      }
      results.addAll(supplementary.contests().values());
    }
    out.println();
    CouncilOutcome outcome = CouncilOutcome.of(election.rules, election.electorate, results);
    for (ReportLine line : outcome.report()) {
      out.println(line.inEnglish());
      out.println(line.inChinese());
    }
    out.println();
    out.println("status: " + result.status().englishName() + " / " + result.status().chineseName());
    out.println("leader 楼组团队长: " + outcome.council().leaders());
    out.println("members 成员: " + outcome.council().members());
    out.println("next 后续: " + outcome.followUp().englishName() + " / " + outcome.followUp().chineseName());
  }
}
