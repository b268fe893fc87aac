package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;

/**
 * One evaluator's scores for one project, 0 to 10 per criterion. Immutable and thread-safe;
 * value-based.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.of(ActorId.of("E1"), Map.of(Criterion.URGENCY, 9, …));
 * }</pre>
 *
 * @param evaluator who scored
 * @param scores the score per criterion, each 0–10
 * @since 0.1.0
 */
public record Scorecard(ActorId evaluator, ImmutableSortedMap<Criterion, Integer> scores) {
  /**
   * Creates a scorecard.
   *
   * @param evaluator who scored
   * @param scores the score per criterion, each 0–10
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if a score is outside 0–10 or there are no scores
   */
  public Scorecard {
    checkNotNull(evaluator, "evaluator");
    scores = ImmutableSortedMap.copyOf(checkNotNull(scores, "scores"));
    checkArgument(!scores.isEmpty(), "scores of %s must not be empty", evaluator);
    scores.forEach(
        (criterion, score) ->
            checkArgument(
                0 <= score && score <= 10, "score for %s must be 0..10: %s", criterion, score));
  }

  /**
   * Creates a scorecard.
   *
   * @param evaluator who scored
   * @param scores the score per criterion, each 0–10
   * @return the scorecard
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if a score is outside 0–10 or there are no scores
   */
  public static Scorecard of(ActorId evaluator, Map<Criterion, Integer> scores) {
    return new Scorecard(evaluator, ImmutableSortedMap.copyOf(scores));
  }

  /**
   * Creates a scorecard with the same score for every criterion.
   *
   * @param evaluator who scored
   * @param score 0–10
   * @return the scorecard
   * @throws IllegalArgumentException if {@code score} is outside 0–10
   */
  public static Scorecard uniform(ActorId evaluator, int score) {
    ImmutableSortedMap.Builder<Criterion, Integer> scores = ImmutableSortedMap.naturalOrder();
    for (Criterion criterion : Criterion.values()) {
      scores.put(criterion, score);
    }
    return new Scorecard(evaluator, scores.buildOrThrow());
  }
}
