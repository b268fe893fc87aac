package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.random.RandomGenerator;

/**
 * A share drawn from a Beta distribution with a given mean and concentration (α = mean ×
 * concentration, β = (1 − mean) × concentration; larger concentrations spread less). Used for the
 * turnout of each building group's election and for each candidate's share of approval.
 * Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * BetaModel turnout = BetaModel.of(0.75, 20); // mean 75%, standard deviation ≈ 9.4%
 * }</pre>
 *
 * @param mean the mean share, strictly between 0 and 1
 * @param concentration α + β, positive
 * @since 0.1.0
 */
public record BetaModel(double mean, double concentration) {
  /**
   * Creates a model.
   *
   * @param mean the mean share, strictly between 0 and 1
   * @param concentration α + β, positive
   * @throws IllegalArgumentException if {@code mean} is not strictly between 0 and 1 or {@code
   *     concentration} is not positive and finite
   */
  public BetaModel {
    checkArgument(mean > 0 && mean < 1, "mean must be strictly between 0 and 1: %s", mean);
    checkArgument(
        concentration > 0 && Double.isFinite(concentration),
        "concentration must be positive: %s",
        concentration);
  }

  /**
   * Creates a model.
   *
   * @param mean the mean share, strictly between 0 and 1
   * @param concentration α + β, positive
   * @return the model
   * @throws IllegalArgumentException if a value is out of range
   */
  public static BetaModel of(double mean, double concentration) {
    return new BetaModel(mean, concentration);
  }

  /**
   * The same spread around a mean scaled by a factor, e.g. 0.8 for "turnout falls by 20%".
   *
   * @param factor the factor; the new mean must stay strictly between 0 and 1
   * @return the scaled model
   * @throws IllegalArgumentException if the new mean is out of range
   */
  public BetaModel scaledBy(double factor) {
    return new BetaModel(mean * factor, concentration);
  }

  /**
   * Draws a share.
   *
   * @param random the random stream
   * @return a share in [0, 1]
   */
  public double draw(RandomGenerator random) {
    return Draws.beta(random, mean, concentration);
  }
}
