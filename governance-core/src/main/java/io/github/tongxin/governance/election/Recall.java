package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.Council;
import io.github.tongxin.governance.community.ResidentId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recall of a council member (Villagers' Committees Organic Law Art. 16; Shanghai measures Art.
 * 27): at least one fifth of voters sign to start it; it passes when more than half of
 * registered voters vote and more than half of those approve. Integer arithmetic throughout.
 *
 * <pre>{@code
 * Decision<Integer> started = Recall.initiate(rules, electorate, council, target, signatories);
 * RecallResult result = Recall.vote(rules, electorate, target, 140, 80);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Recall {
  private Recall() {}

  /**
   * Checks a recall petition.
   *
   * @param rules the rules
   * @param electorate the register
   * @param council the sitting council
   * @param target the member to recall
   * @param signatories who signed; each registered voter counts once, others not at all
   * @return the number of valid signatures if the petition may go ahead, else the violations
   *     (a target without a seat, too few signatures; with too few, also each signatory who is
   *     not a voter)
   * @throws NullPointerException if an argument or signatory is null
   */
  public static Decision<Integer> initiate(
      ElectionRules rules,
      Electorate electorate,
      Council council,
      ResidentId target,
      Iterable<ResidentId> signatories) {
    checkNotNull(rules, "rules");
    checkNotNull(electorate, "electorate");
    checkNotNull(council, "council");
    checkNotNull(target, "target");
    List<Violation> violations = new ArrayList<>();
    if (!council.holders().contains(target)) {
      violations.add(
          Violation.of(ElectionCode.RECALL_TARGET_NOT_ON_COUNCIL, target + " holds no seat on the council"));
    }
    Set<ResidentId> valid = new LinkedHashSet<>();
    Set<ResidentId> notVoters = new LinkedHashSet<>();
    for (ResidentId signatory : checkNotNull(signatories, "signatories")) {
      checkNotNull(signatory, "signatories contains null");
      (electorate.contains(signatory) ? valid : notVoters).add(signatory);
    }
    Threshold threshold = rules.recallInitiation();
    if (!threshold.isMetBy(valid.size(), electorate.size())) {
      violations.add(
          Violation.of(
              ElectionCode.RECALL_TOO_FEW_SIGNATURES,
              valid.size() + " valid signatures of " + electorate.size() + " voters; " + threshold + " needed"));
      for (ResidentId signatory : notVoters) {
        violations.add(
            Violation.of(
                ElectionCode.RECALL_SIGNATORY_NOT_A_VOTER,
                signatory + " signed but is not a registered voter; the signature does not count"));
      }
    }
    return violations.isEmpty() ? Decision.accepted(valid.size()) : Decision.rejected(violations);
  }

  /**
   * Counts a recall vote.
   *
   * @param rules the rules
   * @param electorate the register
   * @param target the member whose recall is voted on
   * @param voted registered voters who voted on the recall; at most the register's size
   * @param approving of those, how many approved; at most {@code voted}
   * @return the result with its report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative or out of range
   */
  public static RecallResult vote(
      ElectionRules rules, Electorate electorate, ResidentId target, int voted, int approving) {
    checkNotNull(rules, "rules");
    checkNotNull(electorate, "electorate");
    checkNotNull(target, "target");
    checkArgument(
        0 <= voted && voted <= electorate.size(),
        "voted must be 0..%s (registered voters): %s",
        electorate.size(),
        voted);
    checkArgument(
        0 <= approving && approving <= voted, "approving must be 0..%s (voted): %s", voted, approving);
    ImmutableList.Builder<ReportLine> report = ImmutableList.builder();
    Threshold turnout = rules.recallTurnout();
    boolean turnoutMet = turnout.isMetBy(voted, electorate.size());
    report.add(
        new ReportLine(
            Provision.RECALL,
            "recall of " + target + ": " + voted + " of " + electorate.size() + " registered voters voted, "
                + turnout + ": " + (turnoutMet ? "met" : "not met"),
            "罢免" + target + "：登记选民" + electorate.size() + "人中" + voted + "人投票，" + turnout + "："
                + (turnoutMet ? "符合" : "不符合")));
    RecallOutcome outcome;
    if (!turnoutMet) {
      outcome = RecallOutcome.FAILED_TURNOUT;
    } else {
      Threshold approval = rules.recallApproval();
      boolean approved = approval.isMetBy(approving, voted);
      report.add(
          new ReportLine(
              Provision.RECALL,
              "recall of " + target + ": " + approving + " of " + voted + " approve, " + approval + ": "
                  + (approved ? "recalled" : "not recalled"),
              "罢免" + target + "：" + voted + "人中" + approving + "人赞成，" + approval + "："
                  + (approved ? "罢免通过" : "罢免未通过")));
      outcome = approved ? RecallOutcome.RECALLED : RecallOutcome.FAILED_APPROVAL;
    }
    return new RecallResult(target, outcome, report.build());
  }
}
