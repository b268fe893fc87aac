package io.github.tongxin.governance.election.rules;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators for approval profiles, built from public factories only. */
final class RulesGenerators {
  private RulesGenerators() {}

  /** A profile and a committee size k in 1..candidates. */
  record Election(ApprovalProfile profile, int committeeSize) {
    @Override
    public String toString() {
      return "k=" + committeeSize + " " + profile;
    }
  }

  /**
   * Profiles of 1..{@code maxVoters} voters over 2..{@code maxCandidates} candidates; each
   * voter approves each candidate with probability about {@code approvalPercent}%.
   */
  static Gen<Election> elections(int maxVoters, int maxCandidates, int approvalPercent) {
    return range(2, maxCandidates)
        .flatMap(
            m ->
                range(1, maxVoters)
                    .flatMap(
                        n ->
                            intArrays(constant(n * m), range(0, 99))
                                .zip(
                                    range(1, m),
                                    (marks, k) ->
                                        new Election(profile(m, n, marks, approvalPercent), k))));
  }

  static ApprovalProfile profile(int candidates, int voters, int[] marks, int approvalPercent) {
    List<List<Integer>> ballots = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      List<Integer> ballot = new ArrayList<>();
      for (int c = 0; c < candidates; c++) {
        if (marks[v * candidates + c] < approvalPercent) {
          ballot.add(c);
        }
      }
      ballots.add(ballot);
    }
    return ApprovalProfile.of(candidates, ballots);
  }

  /** The same ballots with voters in another order: voter i becomes voter order[i]. */
  static ApprovalProfile permuteVoters(ApprovalProfile profile, int[] order) {
    List<List<Integer>> ballots = new ArrayList<>(profile.voters());
    for (int i = 0; i < profile.voters(); i++) {
      ballots.add(null);
    }
    for (int v = 0; v < profile.voters(); v++) {
      ballots.set(order[v], List.copyOf(profile.ballots().get(v)));
    }
    return ApprovalProfile.of(profile.candidates(), ballots);
  }

  /** The same ballots with candidate c renamed to relabel[c]. */
  static ApprovalProfile relabelCandidates(ApprovalProfile profile, int[] relabel) {
    List<List<Integer>> ballots = new ArrayList<>();
    for (var ballot : profile.ballots()) {
      List<Integer> renamed = new ArrayList<>();
      for (int c : ballot) {
        renamed.add(relabel[c]);
      }
      ballots.add(renamed);
    }
    return ApprovalProfile.of(profile.candidates(), ballots);
  }

  /** A committee with each member c renamed to relabel[c]. */
  static Committee relabel(Committee committee, int[] relabel) {
    List<Integer> renamed = new ArrayList<>();
    for (int c : committee.members()) {
      renamed.add(relabel[c]);
    }
    return Committee.of(renamed);
  }
}
