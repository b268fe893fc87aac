package io.github.tongxin.governance.project;

import static io.github.tongxin.governance.project.Choice.ABSTAIN;
import static io.github.tongxin.governance.project.Choice.AGREE;
import static io.github.tongxin.governance.project.Choice.DISAGREE;
import static io.github.tongxin.governance.project.ConsultationMatter.GROUP_MATTER;
import static io.github.tongxin.governance.project.ConsultationMatter.ITEM_5_USE_MAINTENANCE_FUNDS;
import static io.github.tongxin.governance.project.ConsultationMatter.ITEM_8_CHANGE_USE_OF_COMMON_PARTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.election.Threshold;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Civil Code Art. 278 thresholds at their boundaries, and the group rule. */
class ConsultationResultTest {
  private static final ConsultationRules RULES = ConsultationRules.standard();

  /** A roster of households H1, H2, … with the given areas in m². */
  private static ConsultationRoster roster(String... areas) {
    Map<HouseholdId, FloorArea> households = new LinkedHashMap<>();
    for (int i = 0; i < areas.length; i++) {
      households.put(HouseholdId.of("H" + (i + 1)), FloorArea.parse(areas[i]));
    }
    return ConsultationRoster.of(households);
  }

  /** Answers for H1, H2, … in order; null leaves a household silent. */
  private static Map<HouseholdId, Choice> answers(Choice... choices) {
    Map<HouseholdId, Choice> answers = new LinkedHashMap<>();
    for (int i = 0; i < choices.length; i++) {
      if (choices[i] != null) {
        answers.put(HouseholdId.of("H" + (i + 1)), choices[i]);
      }
    }
    return answers;
  }

  private static ThresholdCheck check(ConsultationResult result, ThresholdCheck.Test test) {
    return result.checks().stream().filter(c -> c.test() == test).findFirst().orElseThrow();
  }

  @Test
  void participationOfExactlyTwoThirdsOfAreaAndOwnersIsEnough() {
    ConsultationResult result =
        ConsultationResult.count(
            ITEM_5_USE_MAINTENANCE_FUNDS,
            roster("90.00", "90.00", "90.00"),
            answers(AGREE, AGREE, null),
            RULES);
    assertThat(check(result, ThresholdCheck.Test.PARTICIPATION_AREA))
        .extracting(ThresholdCheck::part, ThresholdCheck::whole, ThresholdCheck::isMet)
        .containsExactly(18_000L, 27_000L, true);
    assertThat(check(result, ThresholdCheck.Test.PARTICIPATION_OWNERS).isMet()).isTrue();
    assertThat(result.passes()).isTrue();
  }

  @Test
  void participationOneHundredthOfASquareMetreBelowTwoThirdsFails() {
    // 180.00 of 270.01 m² take part: 3 × 18,000 = 54,000 < 2 × 27,001 = 54,002.
    ConsultationResult result =
        ConsultationResult.count(
            ITEM_5_USE_MAINTENANCE_FUNDS,
            roster("90.00", "90.00", "90.01"),
            answers(AGREE, AGREE, null),
            RULES);
    assertThat(check(result, ThresholdCheck.Test.PARTICIPATION_AREA).isMet()).isFalse();
    assertThat(check(result, ThresholdCheck.Test.PARTICIPATION_OWNERS).isMet()).isTrue();
    assertThat(result.passes()).isFalse();
    assertThat(result.unmet()).hasSize(1);
    assertThat(result.unmet().get(0).toString())
        .isEqualTo("participating area 180.00 m² of 270.01 m² ≥ 2/3: not met");
  }

  @Test
  void participationOfOneOwnerBelowTwoThirdsFails() {
    // 3 of 5 owners take part: 3 × 3 = 9 < 2 × 5 = 10, although they hold most of the area.
    ConsultationResult result =
        ConsultationResult.count(
            ITEM_5_USE_MAINTENANCE_FUNDS,
            roster("200.00", "200.00", "200.00", "10.00", "10.00"),
            answers(AGREE, AGREE, AGREE, null, null),
            RULES);
    assertThat(check(result, ThresholdCheck.Test.PARTICIPATION_AREA).isMet()).isTrue();
    assertThat(check(result, ThresholdCheck.Test.PARTICIPATION_OWNERS).toString())
        .isEqualTo("participating owners 3 households of 5 households ≥ 2/3: not met");
    assertThat(result.passes()).isFalse();
  }

  @Test
  void itemEightPassesWithExactlyThreeQuartersOfParticipatingAreaAndOwners() {
    ConsultationResult result =
        ConsultationResult.count(
            ITEM_8_CHANGE_USE_OF_COMMON_PARTS,
            roster("80.00", "80.00", "80.00", "80.00"),
            answers(AGREE, AGREE, AGREE, DISAGREE),
            RULES);
    assertThat(check(result, ThresholdCheck.Test.CONSENT_AREA))
        .extracting(ThresholdCheck::part, ThresholdCheck::whole, ThresholdCheck::isMet)
        .containsExactly(24_000L, 32_000L, true);
    assertThat(check(result, ThresholdCheck.Test.CONSENT_OWNERS).threshold())
        .isEqualTo(Threshold.atLeast(3, 4));
    assertThat(result.passes()).isTrue();
  }

  @Test
  void itemEightFailsJustBelowThreeQuartersOfParticipatingArea() {
    // 240.00 of 320.01 m² agree: 4 × 24,000 = 96,000 < 3 × 32,001 = 96,003.
    ConsultationResult result =
        ConsultationResult.count(
            ITEM_8_CHANGE_USE_OF_COMMON_PARTS,
            roster("80.00", "80.00", "80.00", "80.01"),
            answers(AGREE, AGREE, AGREE, DISAGREE),
            RULES);
    assertThat(check(result, ThresholdCheck.Test.CONSENT_AREA).isMet()).isFalse();
    assertThat(check(result, ThresholdCheck.Test.CONSENT_OWNERS).isMet()).isTrue();
    assertThat(result.passes()).isFalse();
  }

  @Test
  void itemEightFailsJustBelowThreeQuartersOfParticipatingOwners() {
    // 5 of 7 participating owners agree: 4 × 5 = 20 < 3 × 7 = 21; area is ample.
    ConsultationResult result =
        ConsultationResult.count(
            ITEM_8_CHANGE_USE_OF_COMMON_PARTS,
            roster("100.00", "100.00", "100.00", "100.00", "100.00", "10.00", "10.00"),
            answers(AGREE, AGREE, AGREE, AGREE, AGREE, DISAGREE, ABSTAIN),
            RULES);
    assertThat(check(result, ThresholdCheck.Test.CONSENT_AREA).isMet()).isTrue();
    assertThat(check(result, ThresholdCheck.Test.CONSENT_OWNERS).isMet()).isFalse();
  }

  @Test
  void otherItemsFailAtExactlyHalfAndPassOneOver() {
    ConsultationRoster four = roster("50.00", "50.00", "50.00", "50.00");
    ConsultationResult half =
        ConsultationResult.count(
            ITEM_5_USE_MAINTENANCE_FUNDS, four, answers(AGREE, AGREE, DISAGREE, ABSTAIN), RULES);
    assertThat(check(half, ThresholdCheck.Test.CONSENT_OWNERS).isMet()).isFalse();
    assertThat(check(half, ThresholdCheck.Test.CONSENT_AREA).isMet()).isFalse();
    assertThat(half.passes()).isFalse();

    ConsultationResult oneOver =
        ConsultationResult.count(
            ITEM_5_USE_MAINTENANCE_FUNDS, four, answers(AGREE, AGREE, AGREE, ABSTAIN), RULES);
    assertThat(oneOver.passes()).isTrue();
  }

  @Test
  void halfOfTheAreaPlusOneHundredthIsMoreThanHalf() {
    // Agreeing 100.01 of 200.01 m²: 2 × 10,001 = 20,002 > 20,001. Owners: 2 of 3 > half.
    ConsultationResult result =
        ConsultationResult.count(
            ITEM_5_USE_MAINTENANCE_FUNDS,
            roster("50.00", "50.01", "100.00"),
            answers(AGREE, AGREE, DISAGREE),
            RULES);
    assertThat(check(result, ThresholdCheck.Test.CONSENT_AREA).isMet()).isTrue();
    assertThat(result.passes()).isTrue();
  }

  @Test
  void abstentionsTakePartButDoNotAgree() {
    ConsultationResult result =
        ConsultationResult.count(
            ITEM_5_USE_MAINTENANCE_FUNDS,
            roster("70.00", "70.00", "70.00"),
            answers(AGREE, ABSTAIN, ABSTAIN),
            RULES);
    assertThat(check(result, ThresholdCheck.Test.PARTICIPATION_OWNERS).isMet()).isTrue();
    assertThat(check(result, ThresholdCheck.Test.CONSENT_OWNERS).part()).isEqualTo(1);
    assertThat(result.passes()).isFalse();
  }

  @Test
  void groupMatterCountsAgreeingHouseholdsAmongAllOfTheGroup() {
    ConsultationRoster six = roster("60.00", "60.00", "60.00", "60.00", "60.00", "60.00");
    ConsultationResult half =
        ConsultationResult.count(GROUP_MATTER, six, answers(AGREE, AGREE, AGREE), RULES);
    assertThat(half.checks()).hasSize(1);
    assertThat(half.checks().get(0).toString())
        .isEqualTo("agreeing households (of the group) 3 households of 6 households > 1/2: not met");
    ConsultationResult oneOver =
        ConsultationResult.count(GROUP_MATTER, six, answers(AGREE, AGREE, AGREE, AGREE), RULES);
    assertThat(oneOver.passes()).isTrue();
  }

  @Test
  void aResearcherCanChangeTheGroupRule() {
    ConsultationRules twoThirds = RULES.withGroupConsent(Threshold.atLeast(2, 3));
    ConsultationResult result =
        ConsultationResult.count(
            GROUP_MATTER, roster("60.00", "60.00", "60.00"), answers(AGREE, AGREE, null), twoThirds);
    assertThat(result.passes()).isTrue();
    assertThat(RULES.withGroupConsent(RULES.groupConsent())).isSameAs(RULES);
  }

  @Test
  void anAnswerFromOutsideTheRosterIsACallerMistake() {
    assertThatThrownBy(
            () ->
                ConsultationResult.count(
                    GROUP_MATTER,
                    roster("60.00"),
                    ImmutableMap.of(HouseholdId.of("X9"), AGREE),
                    RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X9");
  }

  @Test
  void matterKnowsWhichItemsNeedThreeQuarters() {
    assertThat(ConsultationMatter.values())
        .filteredOn(ConsultationMatter::needsThreeQuarters)
        .containsExactly(
            ConsultationMatter.ITEM_6_RAISE_MAINTENANCE_FUNDS,
            ConsultationMatter.ITEM_7_REBUILD,
            ConsultationMatter.ITEM_8_CHANGE_USE_OF_COMMON_PARTS);
    assertThat(GROUP_MATTER.isCommonProperty()).isFalse();
  }
}
