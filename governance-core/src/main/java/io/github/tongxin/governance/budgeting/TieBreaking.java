package io.github.tongxin.governance.budgeting;

/**
 * How a budgeting rule chooses among tied projects.
 *
 * @since 0.1.0
 */
public enum TieBreaking {
  /** The smallest project id in plain string order (pabutools' default; {@code "11"} before {@code "2"}). */
  LEXICOGRAPHIC,
  /** The most approvals (voters naming the project), then the lowest cost, then the smallest id (equalshares.net). */
  VOTES_THEN_COST,
  /** No choice: a tie makes the rule refuse, naming the tied projects. */
  REFUSE
}
