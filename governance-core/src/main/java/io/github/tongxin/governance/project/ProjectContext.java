package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a decision needs besides the state and the command: the rules and the roster of households
 * that may answer the project's consultation. Immutable and thread-safe; value-based.
 *
 * @param rules the workflow's rules
 * @param roster the proposing building group's households with their floor areas
 * @since 0.1.0
 */
public record ProjectContext(ProjectRules rules, ConsultationRoster roster) {
  /**
   * Creates a context.
   *
   * @param rules the workflow's rules
   * @param roster the proposing building group's households with their floor areas
   * @throws NullPointerException if an argument is null
   */
  public ProjectContext {
    checkNotNull(rules, "rules");
    checkNotNull(roster, "roster");
  }

  /**
   * Creates a context.
   *
   * @param rules the workflow's rules
   * @param roster the proposing group's households
   * @return the context
   */
  public static ProjectContext of(ProjectRules rules, ConsultationRoster roster) {
    return new ProjectContext(rules, roster);
  }
}
