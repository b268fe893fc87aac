package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.election.ApprovalRecount;
import io.github.tongxin.governance.election.Contest;
import io.github.tongxin.governance.election.rules.ApprovalProfile;
import io.github.tongxin.governance.election.rules.CommitteeRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecountUnderFiveRulesTest {
  /** The output of one run, shared by the tests (the example recounts 298 ballots five times). */
  private static String output;

  @BeforeAll
  static void runOnce() {
    output = output();
  }

  private static String output() {
    if (output != null) {
      return output;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecountUnderFiveRules.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String freshOutput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecountUnderFiveRules.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The ids listed on the line that starts with {@code prefix} followed by a space. */
  private static List<String> ids(String output, String prefix) {
    String line =
        output.lines().filter(l -> l.startsWith(prefix + " ")).findFirst().orElseThrow();
    String list = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
    return list.isEmpty() ? List.of() : Arrays.asList(list.split(", "));
  }

  /** The member ballots of the sample election, as the example recounts them. */
  private static ApprovalRecount recount() {
    SampleElection election = new SampleElection(ElectBuildingGroupCouncil.SEED);
    return ApprovalRecount.of(
        Contest.MEMBERS, election.slate, election.electorate, election.round.ballots());
  }

  private static List<String> names(ApprovalRecount recount, Collection<Integer> indices) {
    return indices.stream()
        .sorted()
        .map(c -> recount.candidates().get(c).toString())
        .collect(Collectors.toList());
  }

  @Test
  void mainPrintsWhatRunPrints() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      RecountUnderFiveRules.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(freshOutput()).isEqualTo(output());
  }

  @Test
  void printsTheStatutoryCountAndOneLinePerRule() {
    String out = output();
    ApprovalRecount recount = recount();

    assertThat(out)
        .startsWith(
            "Member ballots of C01-G01 recounted ("
                + recount.profile().voters()
                + " ballots, "
                + recount.candidates().size()
                + " candidates, 5 seats)")
        .contains("楼组 C01-G01 成员选票按其他规则重新计票")
        .contains("seats left go to a supplementary ballot")
        .contains("Phragmén's Sequential Rule (seq-Phragmén) / 序贯Phragmén法")
        .contains("Method of Equal Shares (MES) with seq-Phragmén completion / 等份额法（序贯Phragmén补足）");
    assertThat(RecountUnderFiveRules.RULES)
        .containsExactly("av", "pav", "seqphragmen", "equal-shares", "cc");
    for (String id : RecountUnderFiveRules.RULES) {
      List<String> elected = ids(out, id);
      assertThat(elected).as(id).hasSize(5).doesNotHaveDuplicates();
      assertThat(recount.candidates().stream().map(Object::toString)).containsAll(elected);
    }
    // The statutory first ballot elects only majority winners, each also an approval winner.
    assertThat(ids(out, "av")).containsAll(ids(out, "statutory"));
  }

  @Test
  void approvalVotingElectsTheFiveMostApproved() {
    ApprovalRecount recount = recount();
    ApprovalProfile profile = recount.profile();
    List<Integer> byApprovals = new ArrayList<>();
    for (int c = 0; c < profile.candidates(); c++) {
      byApprovals.add(c);
    }
    byApprovals.sort(Comparator.comparingInt((Integer c) -> -approvals(profile, c)));
    // No tie at the cut-off, so the top five are determined.
    assertThat(approvals(profile, byApprovals.get(4)))
        .isGreaterThan(approvals(profile, byApprovals.get(5)));

    assertThat(ids(output(), "av"))
        .containsExactlyElementsOf(names(recount, byApprovals.subList(0, 5)));
  }

  @Test
  void seqPhragmenAndEqualSharesLinesAreTheRulesAppliedToTheBallots() {
    String out = output();
    ApprovalRecount recount = recount();
    for (String id : List.of("seqphragmen", "equal-shares")) {
      assertThat(ids(out, id))
          .as(id)
          .containsExactlyElementsOf(
              recount.recount(CommitteeRules.byId(id).orElseThrow(), 5).stream()
                  .map(Object::toString)
                  .collect(Collectors.toList()));
    }
  }

  @Test
  void theEqualSharesCommitteeGivesEveryCohesiveGroupItsShare() {
    // EJR checked over candidate sets: for every set T of l candidates, the voters who approve
    // all of T but fewer than l elected members must be fewer than l * n / k.
    ApprovalRecount recount = recount();
    ApprovalProfile profile = recount.profile();
    List<String> elected = ids(output(), "equal-shares");
    Set<Integer> committee = new TreeSet<>();
    for (int c = 0; c < profile.candidates(); c++) {
      if (elected.contains(recount.candidates().get(c).toString())) {
        committee.add(c);
      }
    }
    int n = profile.voters();
    int k = 5;
    int m = profile.candidates();
    for (int set = 1; set < 1 << m; set++) {
      int l = Integer.bitCount(set);
      if (l > k) {
        continue;
      }
      int unsatisfied = 0;
      for (Set<Integer> ballot : profile.ballots()) {
        boolean approvesAll = true;
        for (int c = 0; c < m; c++) {
          if ((set >> c & 1) == 1 && !ballot.contains(c)) {
            approvesAll = false;
          }
        }
        long satisfaction = ballot.stream().filter(committee::contains).count();
        if (approvesAll && satisfaction < l) {
          unsatisfied++;
        }
      }
      assertThat((long) unsatisfied * k).as("candidate set %s", set).isLessThan((long) l * n);
    }
  }

  private static int approvals(ApprovalProfile profile, int candidate) {
    int count = 0;
    for (Set<Integer> ballot : profile.ballots()) {
      if (ballot.contains(candidate)) {
        count++;
      }
    }
    return count;
  }
}
