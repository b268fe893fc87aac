package io.github.tongxin.governance.budgeting;

/**
 * The additive satisfaction measures (pabutools' "utility models") the rules are parameterised by:
 * a voter's satisfaction with a project, summed over the funded projects.
 *
 * <p>Each measure is a base value per named project (1, the points given, or the Borda score {@code
 * len(ballot) − position − 1}, so the last-ranked project scores 0), times the project's cost or
 * not. Unnamed projects give 0.
 */
enum SatisfactionMeasure {
  /** pabutools' {@code Cost_Sat}: the cost of every named project. Any ballot. */
  COST("Cost_Sat", Base.ONE, true, true),
  /** pabutools' {@code Cardinality_Sat}: 1 per named project. Any ballot. */
  CARDINALITY("Cardinality_Sat", Base.ONE, false, true),
  /** pabutools' {@code Additive_Cardinal_Sat}: the points given. Point ballots. */
  ADDITIVE_CARDINAL("Additive_Cardinal_Sat", Base.POINTS, false, true),
  /** The points given times the cost (a custom additive measure: greedy by total score). */
  SCORE_TIMES_COST("Score_Times_Cost_Sat", Base.POINTS, true, true),
  /**
   * pabutools' {@code Additive_Borda_Sat}: the Borda score. Ordinal ballots. pabutools defines it
   * as a positional, not an additive, measure, so its greedy rule runs the general round-based
   * scheme, where a project costing nothing always comes first.
   */
  ADDITIVE_BORDA("Additive_Borda_Sat", Base.BORDA, false, false),
  /** The Borda score times the cost (a custom additive measure: greedy by total Borda score). */
  BORDA_TIMES_COST("Borda_Times_Cost_Sat", Base.BORDA, true, true);

  /** What a named project is worth before the cost factor. */
  enum Base {
    /** 1. */
    ONE,
    /** The points given. */
    POINTS,
    /** {@code len(ballot) − position − 1}. */
    BORDA
  }

  private final String pabutoolsName;
  private final Base base;
  private final boolean timesCost;
  private final boolean additiveInPabutools;

  SatisfactionMeasure(
      String pabutoolsName, Base base, boolean timesCost, boolean additiveInPabutools) {
    this.pabutoolsName = pabutoolsName;
    this.base = base;
    this.timesCost = timesCost;
    this.additiveInPabutools = additiveInPabutools;
  }

  /** The class name in pabutools (or of the custom measure of the reference harness). */
  String pabutoolsName() {
    return pabutoolsName;
  }

  Base base() {
    return base;
  }

  boolean timesCost() {
    return timesCost;
  }

  /**
   * Whether pabutools treats the measure as an {@code AdditiveSatisfaction}, which selects the fast
   * greedy path (density 0 for a project without positive satisfaction, even at cost 0).
   */
  boolean additiveInPabutools() {
    return additiveInPabutools;
  }

  /** Whether ballots of a type carry what this measure reads. */
  boolean appliesTo(VoteType type) {
    return switch (base) {
      case ONE -> true;
      case POINTS -> type.hasPoints();
      case BORDA -> type == VoteType.ORDINAL;
    };
  }
}
