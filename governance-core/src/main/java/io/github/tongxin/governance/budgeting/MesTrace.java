package io.github.tongxin.governance.budgeting;

import java.math.BigInteger;

/**
 * What one run of the Method of Equal Shares decided: the projects selected, in order, each with
 * an interval of doubles that contains its exact ρ, and (with {@link TieBreaking#REFUSE}) the
 * projects tied when the run stopped on a tie. Not public.
 *
 * @param order the projects selected (indices of {@link MesSetup}), in order
 * @param rhoLow a lower bound of the exact ρ of each selected project
 * @param rhoHigh an upper bound of the exact ρ of each selected project
 * @param rhoExact the exact ρ of each selected project where known, else null
 * @param poor for each round, the supporting groups of the winner that pay all they have left
 *     (the others pay {@code ρ·u}); an exact split, certified by the run
 * @param tie the tied projects when the run stopped on a tie; empty otherwise
 * @param totalCost the scaled cost of the selected projects
 */
record MesTrace(
    int[] order,
    double[] rhoLow,
    double[] rhoHigh,
    Fraction[] rhoExact,
    int[][] poor,
    int[] tie,
    BigInteger totalCost) {
  /** Whether the run stopped on a tie it refused to break. */
  boolean isTie() {
    return tie.length > 0;
  }

  /** Whether two traces selected the same projects in the same order. */
  boolean sameOrder(MesTrace other) {
    return java.util.Arrays.equals(order, other.order);
  }
}
