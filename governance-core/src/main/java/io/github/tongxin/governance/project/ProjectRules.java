package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * Everything a project's workflow is parameterised by: the permission table, the consultation
 * thresholds, the panel and the length of public disclosure (公示, default 7 days, Tongxin's
 * default following the seed). A researcher changes this object, not the code. Immutable and
 * thread-safe; value-based.
 *
 * @param permissions who may issue which command
 * @param consultation the consultation thresholds
 * @param panel the panel rules
 * @param disclosure how long the public disclosure lasts; positive
 * @since 0.1.0
 */
public record ProjectRules(
    Permissions permissions, ConsultationRules consultation, PanelRules panel, Duration disclosure) {
  /**
   * Creates rules.
   *
   * @param permissions who may issue which command
   * @param consultation the consultation thresholds
   * @param panel the panel rules
   * @param disclosure how long the public disclosure lasts; positive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code disclosure} is not positive
   */
  public ProjectRules {
    checkNotNull(permissions, "permissions");
    checkNotNull(consultation, "consultation");
    checkNotNull(panel, "panel");
    checkNotNull(disclosure, "disclosure");
    checkArgument(
        !disclosure.isNegative() && !disclosure.isZero(),
        "disclosure must be positive: %s",
        disclosure);
  }

  /**
   * The standard rules: {@link Permissions#standard()}, {@link ConsultationRules#standard()},
   * {@link PanelRules#standard()} and 7 days of disclosure.
   *
   * @return the standard rules
   */
  public static ProjectRules standard() {
    return new ProjectRules(
        Permissions.standard(),
        ConsultationRules.standard(),
        PanelRules.standard(),
        Duration.ofDays(7));
  }
}
