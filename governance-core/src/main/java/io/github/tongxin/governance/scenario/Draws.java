package io.github.tongxin.governance.scenario;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Seeds per run and the few distributions the behaviour models draw from. */
final class Draws {
  private Draws() {}

  /**
   * The random stream of run {@code index} of a scenario seeded {@code seed}: a SplitMix64 mix of
   * both, so runs are independent of each other and of the order or thread they run in.
   */
  static RandomGenerator forRun(long seed, long index) {
    return new SplittableRandom(mix(seed + mix(index + 0x9E3779B97F4A7C15L)));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Beta(mean × concentration, (1 − mean) × concentration), by two Gamma draws. */
  static double beta(RandomGenerator random, double mean, double concentration) {
    double x = gamma(random, mean * concentration);
    double y = gamma(random, (1 - mean) * concentration);
    return x / (x + y);
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 boosted by U^(1/shape). */
  static double gamma(RandomGenerator random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** Poisson(mean) by Knuth's product of uniforms; means here are small. */
  static int poisson(RandomGenerator random, double mean) {
    double limit = Math.exp(-mean);
    int k = 0;
    double product = random.nextDouble();
    while (product > limit) {
      k++;
      product *= random.nextDouble();
    }
    return k;
  }
}
