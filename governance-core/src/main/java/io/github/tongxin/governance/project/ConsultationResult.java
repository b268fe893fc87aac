package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.election.Threshold;
import java.util.Map;

/**
 * The outcome of a consultation: the matter, and every threshold it was tested against with its
 * numbers. It passes when every check is met. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * ConsultationResult result =
 *     ConsultationResult.count(ConsultationMatter.ITEM_8_CHANGE_USE_OF_COMMON_PARTS, roster,
 *         answers, ConsultationRules.standard());
 * result.passes();
 * result.checks().forEach(System.out::println); // "participating area … ≥ 2/3: met" …
 * }</pre>
 *
 * @param matter what was decided
 * @param checks the thresholds tested, in the order the law states them; at least one
 * @since 0.1.0
 */
public record ConsultationResult(ConsultationMatter matter, ImmutableList<ThresholdCheck> checks) {
  /**
   * Creates a result.
   *
   * @param matter what was decided
   * @param checks the thresholds tested, in the order the law states them; at least one
   * @throws NullPointerException if an argument or a check is null
   * @throws IllegalArgumentException if {@code checks} is empty
   */
  public ConsultationResult {
    checkNotNull(matter, "matter");
    checks = ImmutableList.copyOf(checkNotNull(checks, "checks"));
    checkArgument(!checks.isEmpty(), "checks must not be empty");
  }

  /**
   * Counts a consultation. A matter on common property (Art. 278) is tested for participation by
   * area and by owners among all of the roster, then for consent by area and by owners among the
   * participants, against three quarters for items (6)–(8) and more than half otherwise; a group
   * matter is tested once, agreeing households among all of the roster. Every answer, abstention
   * included, counts as taking part; households without an answer do not.
   *
   * @param matter what is decided
   * @param roster who may answer, with their areas
   * @param answers each answering household's choice
   * @param rules the thresholds
   * @return the result with all its checks
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if a household that answered is not on the roster
   */
  public static ConsultationResult count(
      ConsultationMatter matter,
      ConsultationRoster roster,
      Map<HouseholdId, Choice> answers,
      ConsultationRules rules) {
    checkNotNull(matter, "matter");
    checkNotNull(roster, "roster");
    checkNotNull(rules, "rules");
    ImmutableMap<HouseholdId, Choice> copy = ImmutableSortedMap.copyOf(checkNotNull(answers, "answers"));
    long participatingArea = 0;
    long agreeingArea = 0;
    long agreeing = 0;
    for (Map.Entry<HouseholdId, Choice> answer : copy.entrySet()) {
      FloorArea area = roster.households().get(answer.getKey());
      checkArgument(area != null, "answers holds a household not on the roster: %s", answer.getKey());
      participatingArea += area.hundredths();
      if (answer.getValue() == Choice.AGREE) {
        agreeingArea += area.hundredths();
        agreeing++;
      }
    }
    long participating = copy.size();
    if (!matter.isCommonProperty()) {
      return new ConsultationResult(
          matter,
          ImmutableList.of(
              new ThresholdCheck(
                  ThresholdCheck.Test.GROUP_CONSENT, rules.groupConsent(), agreeing, roster.size())));
    }
    Threshold consent = matter.needsThreeQuarters() ? rules.majorConsent() : rules.ordinaryConsent();
    return new ConsultationResult(
        matter,
        ImmutableList.of(
            new ThresholdCheck(
                ThresholdCheck.Test.PARTICIPATION_AREA,
                rules.participation(),
                participatingArea,
                roster.totalArea().hundredths()),
            new ThresholdCheck(
                ThresholdCheck.Test.PARTICIPATION_OWNERS,
                rules.participation(),
                participating,
                roster.size()),
            new ThresholdCheck(
                ThresholdCheck.Test.CONSENT_AREA, consent, agreeingArea, participatingArea),
            new ThresholdCheck(
                ThresholdCheck.Test.CONSENT_OWNERS, consent, agreeing, participating)));
  }

  /**
   * Whether the consultation passed.
   *
   * @return true if every check is met
   */
  public boolean passes() {
    return checks.stream().allMatch(ThresholdCheck::isMet);
  }

  /**
   * The checks that were not met.
   *
   * @return those checks, in order; empty if the consultation passed
   */
  public ImmutableList<ThresholdCheck> unmet() {
    return checks.stream().filter(check -> !check.isMet()).collect(ImmutableList.toImmutableList());
  }
}
