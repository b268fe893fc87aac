package io.github.tongxin.governance.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelResultTest {
  private static final PanelRules RULES = PanelRules.standard();

  private static List<Scorecard> uniformCards(int... scores) {
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      cards.add(Scorecard.uniform(ActorId.of("E" + i), scores[i]));
    }
    return cards;
  }

  /** Urgency 5 and every other criterion 6: (25×5 + 75×6) / 100 = 5.75. */
  private static Scorecard lowUrgency(String evaluator) {
    Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      scores.put(criterion, 6);
    }
    scores.put(Criterion.URGENCY, 5);
    return Scorecard.of(ActorId.of(evaluator), scores);
  }

  @Test
  void weightedCardScoreUsesTheDefaultWeights() {
    Scorecard card =
        Scorecard.of(
            ActorId.of("E1"),
            ImmutableMap.of(
                Criterion.URGENCY, 10,
                Criterion.PARTICIPATION, 5,
                Criterion.FEASIBILITY, 5,
                Criterion.COST_EFFECTIVENESS, 0,
                Criterion.SUSTAINABILITY, 10,
                Criterion.INCLUSIVENESS, 10));
    // (250 + 100 + 100 + 0 + 100 + 100) / 100
    assertThat(PanelResult.cardScore(card, RULES)).isEqualTo(PanelScore.of(13, 2));
    assertThat(PanelResult.cardScore(lowUrgency("E2"), RULES).toString()).isEqualTo("5.75");
  }

  @Test
  void trimmedMeanDropsOneHighestAndOneLowest() {
    PanelResult result = PanelResult.of(uniformCards(4, 6, 7, 8, 10), RULES);
    assertThat(result.score()).isEqualTo(PanelScore.of(7));
    assertThat(result.untrimmedMean()).isEqualTo(PanelScore.of(7));
    PanelResult thirds = PanelResult.of(uniformCards(6, 6, 7, 7, 10), RULES);
    assertThat(thirds.score()).isEqualTo(PanelScore.of(20, 3));
    assertThat(thirds.score().toString()).isEqualTo("6.67");
    assertThat(thirds.untrimmedMean()).isEqualTo(PanelScore.of(36, 5));
  }

  @Test
  void recommendedAtExactlyTheThresholdButNotJustBelow() {
    List<Scorecard> exactly = new ArrayList<>(uniformCards(6, 6, 9));
    exactly.add(lowUrgency("L1"));
    exactly.add(Scorecard.uniform(ActorId.of("E9"), 6));
    // card scores 6, 6, 9, 5.75, 6 → drop 5.75 and 9 → 6.00
    PanelResult atThreshold = PanelResult.of(exactly, RULES);
    assertThat(atThreshold.score()).isEqualTo(PanelScore.of(6));
    assertThat(atThreshold.isRecommended()).isTrue();

    List<Scorecard> below = new ArrayList<>(uniformCards(6, 6, 9));
    below.add(lowUrgency("L1"));
    below.add(lowUrgency("L2"));
    // card scores 6, 6, 9, 5.75, 5.75 → drop 5.75 and 9 → 17.75 / 3 = 5.9166…
    PanelResult justBelow = PanelResult.of(below, RULES);
    assertThat(justBelow.score()).isEqualTo(PanelScore.of(71, 12));
    assertThat(justBelow.isRecommended()).isFalse();
  }

  @Test
  void ranksByScoreThenUntrimmedMeanThenId() {
    PanelResult seven = PanelResult.of(uniformCards(4, 6, 7, 8, 10), RULES); // 7, mean 7
    PanelResult sevenLowerMean = PanelResult.of(uniformCards(0, 7, 7, 7, 10), RULES); // 7, 6.2
    PanelResult twentyThirds = PanelResult.of(uniformCards(6, 6, 7, 7, 10), RULES); // 6.67
    assertThat(
            PanelResult.rank(
                ImmutableMap.of(
                    ProjectId.of("P4"), twentyThirds,
                    ProjectId.of("P3"), sevenLowerMean,
                    ProjectId.of("P2"), seven,
                    ProjectId.of("P1"), seven)))
        .containsExactly(ProjectId.of("P1"), ProjectId.of("P2"), ProjectId.of("P3"), ProjectId.of("P4"));
  }

  @Test
  void rulesAreConfigurable() {
    PanelRules plainMean =
        RULES.withTrim(3, 0).withWeights(ImmutableMap.of(Criterion.URGENCY, 1));
    PanelResult result = PanelResult.of(uniformCards(0, 5, 10), plainMean);
    assertThat(result.score()).isEqualTo(PanelScore.of(5));
    assertThat(plainMean.totalWeight()).isEqualTo(1);
  }

  @Test
  void callerMistakesNameTheValue() {
    assertThatThrownBy(() -> PanelResult.of(uniformCards(5, 5, 5, 5), RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 5: 4");
    assertThatThrownBy(() -> Scorecard.uniform(ActorId.of("E1"), 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..10: 11");
    assertThatThrownBy(() -> RULES.withTrim(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 × trim (1): 2");
    List<Scorecard> twice = uniformCards(5, 5, 5, 5);
    twice.add(Scorecard.uniform(ActorId.of("E0"), 6));
    assertThatThrownBy(() -> PanelResult.of(twice, RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct evaluators");
    assertThatThrownBy(() -> PanelScore.of(21, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("21/2");
  }
}
