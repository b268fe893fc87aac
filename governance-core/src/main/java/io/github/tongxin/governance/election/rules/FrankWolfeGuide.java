package io.github.tongxin.governance.election.rules;

/**
 * Chooses the tangent points of the Thiele branch-and-bound bounds ({@link ThieleEngine}, {@link
 * ThieleBigEngine}). It keeps a fractional committee x (the guide) and moves it by Frank-Wolfe
 * steps toward the optimum of the concave relaxation {@code max sum_v w_v phi^(sum of x over
 * v's ballot)}, where phi^ joins the points (j, phi(j)) by segments. The tangent point of a voter
 * is the integer part of its level (the sum of x over its ballot).
 *
 * <p>This class computes in floating point, and that is safe: it only proposes tangent points.
 * The engines turn any tangent points into a valid bound and compute that bound exactly, so a
 * rounding error here can make a bound weaker, never wrong.
 */
final class FrankWolfeGuide {
  private static final int LINE_SEARCH_STEPS = 8;

  private final int n;
  private final int[][] ballots;
  private final int[][] approvers;
  private final double[] weight;
  /** The marginals scaled to at most 1, indexed like the engines' f. */
  private final double[] slope;
  /** The largest tangent point: the engines' f has indices up to maxPoint + 1. */
  private final int maxPoint;
  /** Each voter's level: the sum of the guide over its ballot. */
  final double[] level;
  private final double[] step;
  private final int[] activeVoter;
  private final int[] pickCount;
  private final boolean[] picked;

  FrankWolfeGuide(
      int candidates, int[][] ballots, int[][] approvers, double[] weight, double[] slope) {
    this.n = ballots.length;
    this.ballots = ballots;
    this.approvers = approvers;
    this.weight = weight;
    this.slope = slope;
    this.maxPoint = slope.length - 2;
    this.level = new double[n];
    this.step = new double[n];
    this.activeVoter = new int[n];
    this.pickCount = new int[n];
    this.picked = new boolean[candidates];
  }

  /** Sets every voter's level from the guide x. */
  void setLevels(double[] x) {
    for (int v = 0; v < n; v++) {
      double y = 0;
      for (int c : ballots[v]) {
        y += x[c];
      }
      level[v] = y;
    }
  }

  /** The tangent point of voter v: the integer part of its level, within the marginals' range. */
  int tangentPoint(int v) {
    return Math.max(0, Math.min(maxPoint, (int) (level[v] + 1e-9)));
  }

  /**
   * Moves the guide toward the committee of the current members plus {@code picks[0..r-1]}, by a
   * line search on the relaxation, and updates the levels. The guide must be 1 on members and 0
   * on excluded candidates; only candidates {@code order[p..m-1]} move.
   *
   * @param sat each voter's number of approved members
   * @return false if no step improves the relaxation (the guide is then unchanged)
   */
  boolean step(double[] x, int[] order, int p, int[] picks, int r, int[] sat) {
    for (int j = 0; j < r; j++) {
      picked[picks[j]] = true;
      for (int v : approvers[picks[j]]) {
        pickCount[v]++;
      }
    }
    // Along the step, a voter's level moves by (picks it approves) - (its guide mass to come).
    int active = 0;
    for (int v = 0; v < n; v++) {
      double d = pickCount[v] - (level[v] - sat[v]);
      pickCount[v] = 0;
      if (d > 1e-12 || d < -1e-12) {
        step[active] = d;
        activeVoter[active++] = v;
      }
    }
    double gamma = lineSearch(active);
    if (gamma > 0) {
      for (int i = p; i < order.length; i++) {
        int c = order[i];
        x[c] += gamma * ((picked[c] ? 1 : 0) - x[c]);
      }
      for (int a = 0; a < active; a++) {
        level[activeVoter[a]] += gamma * step[a];
      }
    }
    for (int j = 0; j < r; j++) {
      picked[picks[j]] = false;
    }
    return gamma > 0;
  }

  /**
   * The step length in [0, 1] that (nearly) maximises the relaxation along the step: the
   * relaxation is concave along it, so bisect on the sign of its right derivative.
   */
  private double lineSearch(int active) {
    if (slopeAlong(1, active) >= 0) {
      return 1;
    }
    if (slopeAlong(0, active) <= 0) {
      return 0;
    }
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < LINE_SEARCH_STEPS; i++) {
      double mid = 0.5 * (lo + hi);
      if (slopeAlong(mid, active) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The right derivative of the relaxation along the step, at step length gamma. */
  private double slopeAlong(double gamma, int active) {
    double total = 0;
    int cap = slope.length - 1;
    for (int a = 0; a < active; a++) {
      double d = step[a];
      int v = activeVoter[a];
      double z = level[v] + gamma * d;
      int j;
      if (d > 0) {
        j = (int) (z + 1e-12) + 1;
      } else {
        double shifted = z - 1e-12;
        j = (int) shifted;
        if (j < shifted) {
          j++;
        }
      }
      total += weight[v] * d * slope[Math.max(0, Math.min(cap, j))];
    }
    return total;
  }

  /**
   * The guide of a child: the parent's guide with {@code order[i]} in, positions p..i-1 out
   * (members stay 1), and positions after i scaled so that they sum to r - 1 (each at most 1).
   *
   * @param mass the sum of the parent's guide over positions i+1..m-1
   */
  static void child(
      double[] parent,
      double[] child,
      int[] order,
      boolean[] member,
      int i,
      int r,
      double mass) {
    double scale = mass > 0 ? (r - 1) / mass : 0;
    for (int j = 0; j < order.length; j++) {
      int d = order[j];
      if (j < i) {
        child[d] = member[d] ? 1 : 0;
      } else if (j == i) {
        child[d] = 1;
      } else {
        child[d] = Math.min(1, parent[d] * scale);
      }
    }
  }
}
