package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A panel's evaluation of one project: each scorecard's weighted score, the trimmed mean and
 * whether the panel recommends the project. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * PanelResult result = PanelResult.of(cards, PanelRules.standard());
 * result.score();         // trimmed mean, e.g. 7.25
 * result.isRecommended(); // score ≥ 6.00
 * }</pre>
 *
 * @param cards the scorecards, in the order they were submitted
 * @param score the trimmed mean of the cards' weighted scores
 * @param untrimmedMean the mean of all cards' weighted scores, the first tie-breaker in {@link
 *     #rank}
 * @param recommendation the score needed for a recommendation
 * @since 0.1.0
 */
public record PanelResult(
    ImmutableList<Scorecard> cards,
    PanelScore score,
    PanelScore untrimmedMean,
    PanelScore recommendation) {
  /**
   * Creates a result; use {@link #of} to compute one.
   *
   * @param cards the scorecards, in the order they were submitted
   * @param score the trimmed mean of the cards' weighted scores
   * @param untrimmedMean the mean of all cards' weighted scores, the first tie-breaker in {@link #rank}
   * @param recommendation the score needed for a recommendation
   * @throws NullPointerException if an argument or a card is null
   */
  public PanelResult {
    cards = ImmutableList.copyOf(checkNotNull(cards, "cards"));
    checkNotNull(score, "score");
    checkNotNull(untrimmedMean, "untrimmedMean");
    checkNotNull(recommendation, "recommendation");
  }

  /**
   * Evaluates scorecards. A card's weighted score is {@code Σ weight × score / Σ weight} over the
   * rules' criteria; the panel's score drops the {@code trim} lowest and {@code trim} highest card
   * scores and averages the rest, exactly.
   *
   * @param cards the scorecards, each from a different evaluator, each scoring every weighted
   *     criterion; at least {@code rules.minimumEvaluators()}
   * @param rules the panel rules
   * @return the result
   * @throws NullPointerException if an argument or a card is null
   * @throws IllegalArgumentException if there are too few cards, two cards share an evaluator,
   *     or a card lacks a weighted criterion
   */
  public static PanelResult of(Iterable<Scorecard> cards, PanelRules rules) {
    checkNotNull(rules, "rules");
    ImmutableList<Scorecard> copy = ImmutableList.copyOf(checkNotNull(cards, "cards"));
    checkArgument(
        copy.size() >= rules.minimumEvaluators(),
        "cards must number at least %s: %s",
        rules.minimumEvaluators(),
        copy.size());
    checkArgument(
        copy.stream().map(Scorecard::evaluator).distinct().count() == copy.size(),
        "cards must come from distinct evaluators: %s",
        copy);
    List<Long> sums = new ArrayList<>(copy.size());
    for (Scorecard card : copy) {
      checkArgument(
          card.scores().keySet().containsAll(rules.weights().keySet()),
          "card of %s lacks a criterion of %s",
          card.evaluator(),
          rules.weights().keySet());
      sums.add(weightedSum(card, rules));
    }
    long weight = rules.totalWeight();
    long all = sums.stream().mapToLong(Long::longValue).sum();
    List<Long> sorted = new ArrayList<>(sums);
    sorted.sort(Comparator.naturalOrder());
    List<Long> kept = sorted.subList(rules.trim(), sorted.size() - rules.trim());
    long keptSum = kept.stream().mapToLong(Long::longValue).sum();
    return new PanelResult(
        copy,
        PanelScore.of(keptSum, weight * kept.size()),
        PanelScore.of(all, weight * copy.size()),
        rules.recommendation());
  }

  /**
   * The weighted score of one card, {@code Σ weight × score / Σ weight}.
   *
   * @param card the card; scores every weighted criterion
   * @param rules the weights
   * @return the card's score
   * @throws IllegalArgumentException if the card lacks a weighted criterion
   */
  public static PanelScore cardScore(Scorecard card, PanelRules rules) {
    return PanelScore.of(weightedSum(card, rules), rules.totalWeight());
  }

  private static long weightedSum(Scorecard card, PanelRules rules) {
    long sum = 0;
    for (Map.Entry<Criterion, Integer> weight : rules.weights().entrySet()) {
      Integer score = card.scores().get(weight.getKey());
      checkArgument(score != null, "card of %s lacks %s", card.evaluator(), weight.getKey());
      sum += (long) weight.getValue() * score;
    }
    return sum;
  }

  /**
   * Whether the panel recommends the project.
   *
   * @return true if {@link #score()} is at least {@link #recommendation()}
   */
  public boolean isRecommended() {
    return score.compareTo(recommendation) >= 0;
  }

  /**
   * Ranks evaluated projects, best first: by trimmed score, higher first; equal scores by the
   * untrimmed mean, higher first; then by project id in ascending text order.
   *
   * @param results each project's panel result
   * @return the project ids, best first
   * @throws NullPointerException if {@code results} or an entry is null
   */
  public static ImmutableList<ProjectId> rank(Map<ProjectId, PanelResult> results) {
    ImmutableMap<ProjectId, PanelResult> copy = ImmutableMap.copyOf(checkNotNull(results, "results"));
    Comparator<ProjectId> order =
        Comparator.<ProjectId, PanelScore>comparing(id -> copy.get(id).score())
            .reversed()
            .thenComparing(
                Comparator.<ProjectId, PanelScore>comparing(id -> copy.get(id).untrimmedMean())
                    .reversed())
            .thenComparing(Comparator.naturalOrder());
    return ImmutableList.sortedCopyOf(order, copy.keySet());
  }
}
