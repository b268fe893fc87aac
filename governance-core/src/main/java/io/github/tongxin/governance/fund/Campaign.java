package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.ProjectId;
import java.time.Instant;

/**
 * A crowdfunding campaign for one project: its target, deadline and rule. The money sits in the
 * restricted fund keyed by the project's id. Immutable and thread-safe; value-based: compare with
 * {@code equals}, never {@code ==}.
 *
 * @param project the project
 * @param target the target; positive
 * @param deadline contributions are accepted before this time
 * @param rule what happens below the target
 * @since 0.1.0
 */
public record Campaign(ProjectId project, Amount target, Instant deadline, CampaignRule rule) {
  /**
   * Creates a campaign.
   *
   * @param project the project
   * @param target the target; positive
   * @param deadline the deadline
   * @param rule what happens below the target
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code target} is not positive or the project id is longer
   *     than 40 characters (it names the restricted fund)
   */
  public Campaign {
    checkNotNull(project, "project");
    checkNotNull(target, "target");
    checkNotNull(deadline, "deadline");
    checkNotNull(rule, "rule");
    checkArgument(target.isPositive(), "target must be positive: %s", target);
    checkArgument(
        project.value().length() <= 40,
        "project of a campaign must have an id of at most 40 characters, which names its"
            + " restricted fund: '%s'",
        project);
  }

  /**
   * The key of the campaign's restricted fund: the project's id.
   *
   * @return the restriction id
   */
  public RestrictionId restriction() {
    return RestrictionId.of(project.value());
  }
}
