package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;

/**
 * How the management committee's panel evaluates a project: how many evaluators must score it,
 * the weight of each {@link Criterion}, how many of the highest and of the lowest scores are
 * dropped before averaging (a trimmed mean), and the score at which the panel recommends
 * approval. No statute sets these; the defaults are Tongxin's, and a researcher changes this
 * object, not the code. Immutable and thread-safe; value-based.
 *
 * @param minimumEvaluators evaluators needed before a project can be approved; more than {@code 2
 *     × trim}
 * @param weights the weight of each criterion scored; positive, at least one
 * @param trim how many highest and how many lowest scores to drop
 * @param recommendation the trimmed mean at or above which the panel recommends the project
 * @since 0.1.0
 */
public record PanelRules(
    int minimumEvaluators,
    ImmutableSortedMap<Criterion, Integer> weights,
    int trim,
    PanelScore recommendation) {
  /**
   * Creates panel rules.
   *
   * @param minimumEvaluators evaluators needed before a project can be approved; more than {@code 2 × trim}
   * @param weights the weight of each criterion scored; positive, at least one
   * @param trim how many highest and how many lowest scores to drop
   * @param recommendation the trimmed mean at or above which the panel recommends the project
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if {@code trim} is negative, {@code minimumEvaluators} is not
   *     more than {@code 2 × trim}, or a weight is not positive, or there are no weights
   */
  public PanelRules {
    weights = ImmutableSortedMap.copyOf(checkNotNull(weights, "weights"));
    checkNotNull(recommendation, "recommendation");
    checkArgument(trim >= 0, "trim must not be negative: %s", trim);
    checkArgument(
        minimumEvaluators > 2 * trim,
        "minimumEvaluators must be more than 2 × trim (%s): %s",
        trim,
        minimumEvaluators);
    checkArgument(!weights.isEmpty(), "weights must not be empty");
    weights.forEach(
        (criterion, weight) ->
            checkArgument(weight > 0, "weight of %s must be positive: %s", criterion, weight));
  }

  /**
   * Tongxin's default panel: at least 5 evaluators; weights urgency 25, participation 20,
   * feasibility 20, cost-effectiveness 15, sustainability 10, inclusiveness 10; one highest and
   * one lowest score dropped; recommended at 6.00 or more.
   *
   * @return the default rules
   */
  public static PanelRules standard() {
    return new PanelRules(
        5,
        ImmutableSortedMap.of(
            Criterion.URGENCY, 25,
            Criterion.PARTICIPATION, 20,
            Criterion.FEASIBILITY, 20,
            Criterion.COST_EFFECTIVENESS, 15,
            Criterion.SUSTAINABILITY, 10,
            Criterion.INCLUSIVENESS, 10),
        1,
        PanelScore.of(6));
  }

  /**
   * A copy with other weights.
   *
   * @param newWeights the weight of each criterion scored
   * @return the copy
   * @throws IllegalArgumentException if a weight is not positive or there are none
   */
  public PanelRules withWeights(Map<Criterion, Integer> newWeights) {
    return new PanelRules(
        minimumEvaluators, ImmutableSortedMap.copyOf(newWeights), trim, recommendation);
  }

  /**
   * A copy with another trim and minimum.
   *
   * @param newMinimumEvaluators evaluators needed
   * @param newTrim scores dropped at each end
   * @return the copy
   * @throws IllegalArgumentException if {@code newMinimumEvaluators} is not more than {@code 2 ×
   *     newTrim}
   */
  public PanelRules withTrim(int newMinimumEvaluators, int newTrim) {
    return new PanelRules(newMinimumEvaluators, weights, newTrim, recommendation);
  }

  /**
   * The sum of the weights.
   *
   * @return at least 1
   */
  public long totalWeight() {
    return weights.values().stream().mapToLong(Integer::longValue).sum();
  }
}
