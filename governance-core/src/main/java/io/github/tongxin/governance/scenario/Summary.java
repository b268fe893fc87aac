package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Summary statistics of one metric over replicate runs: count, mean, sample standard deviation
 * and a two-sided 95% confidence interval for the mean by Student's t (exact table values up to
 * 30 degrees of freedom, the Cornish–Fisher expansion beyond, within 0.001 of the exact
 * quantile). Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Summary s = Summary.of(new double[] {4, 6});
 * s.mean();      // 5.0
 * s.low();       // 5 − 12.706 × 1.414 / √2 = −7.706
 * }</pre>
 *
 * @param count the number of values, at least 1
 * @param mean their mean
 * @param standardDeviation the sample standard deviation ({@code n − 1}); 0 for one value
 * @param halfWidth half the width of the 95% interval; 0 for one value
 * @since 0.1.0
 */
public record Summary(int count, double mean, double standardDeviation, double halfWidth) {
  private static final double[] T_975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };
  private static final double Z_975 = 1.959963984540054;

  /**
   * Creates a summary.
   *
   * @param count the number of values, at least 1
   * @param mean their mean
   * @param standardDeviation the sample standard deviation, not negative
   * @param halfWidth half the width of the 95% interval, not negative
   * @throws IllegalArgumentException if {@code count} is below 1 or a spread is negative
   */
  public Summary {
    checkArgument(count >= 1, "count must be at least 1: %s", count);
    checkArgument(standardDeviation >= 0, "standardDeviation must not be negative: %s", standardDeviation);
    checkArgument(halfWidth >= 0, "halfWidth must not be negative: %s", halfWidth);
  }

  /**
   * Summarises values.
   *
   * @param values at least one value, all finite
   * @return their summary
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if {@code values} is empty or holds a non-finite value
   */
  public static Summary of(double[] values) {
    checkNotNull(values, "values");
    checkArgument(values.length >= 1, "values must not be empty");
    double sum = 0;
    for (double value : values) {
      checkArgument(Double.isFinite(value), "values must be finite: %s", value);
      sum += value;
    }
    double mean = sum / values.length;
    if (values.length == 1) {
      return new Summary(1, mean, 0, 0);
    }
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double sd = Math.sqrt(squares / (values.length - 1));
    return new Summary(values.length, mean, sd, tQuantile(values.length - 1) * sd / Math.sqrt(values.length));
  }

  /**
   * The 97.5% quantile of Student's t distribution.
   *
   * @param degreesOfFreedom at least 1
   * @return the quantile, e.g. 2.228 for 10 degrees of freedom
   * @throws IllegalArgumentException if {@code degreesOfFreedom} is below 1
   */
  public static double tQuantile(int degreesOfFreedom) {
    checkArgument(degreesOfFreedom >= 1, "degreesOfFreedom must be at least 1: %s", degreesOfFreedom);
    if (degreesOfFreedom <= T_975.length) {
      return T_975[degreesOfFreedom - 1];
    }
    double z = Z_975;
    double n = degreesOfFreedom;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n);
  }

  /**
   * The lower end of the 95% interval.
   *
   * @return {@code mean − halfWidth}
   */
  public double low() {
    return mean - halfWidth;
  }

  /**
   * The upper end of the 95% interval.
   *
   * @return {@code mean + halfWidth}
   */
  public double high() {
    return mean + halfWidth;
  }
}
