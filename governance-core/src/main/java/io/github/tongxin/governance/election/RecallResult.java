package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.community.ResidentId;

/**
 * The result of a recall vote, with its report.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param target the council member whose recall was voted on
 * @param outcome recalled, or why not
 * @param report the rules applied, with numbers and sources
 * @since 0.1.0
 */
public record RecallResult(ResidentId target, RecallOutcome outcome, ImmutableList<ReportLine> report) {
  /**
   * Creates a result.
   *
   * @param target the council member
   * @param outcome the outcome
   * @param report the report
   * @throws NullPointerException if an argument is null
   */
  public RecallResult {
    checkNotNull(target, "target");
    checkNotNull(outcome, "outcome");
    report = ImmutableList.copyOf(checkNotNull(report, "report"));
  }
}
