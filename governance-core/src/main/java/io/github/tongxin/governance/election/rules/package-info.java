/**
 * What-if committee rules: approval-based multiwinner rules (AV, PAV, seq-Phragmén, the Method of
 * Equal Shares, Monroe, ...) exactly as abcvoting defines them, so that the ballots of a council
 * election can be recounted under other rules.
 *
 * <p>Types you will use most: {@link io.github.tongxin.governance.election.rules.ApprovalProfile}
 * (the ballots), {@link io.github.tongxin.governance.election.rules.CommitteeRules} (rules by
 * abcvoting id), {@link io.github.tongxin.governance.election.rules.CommitteeRule} (resolute and
 * irresolute outcomes) and {@link io.github.tongxin.governance.election.rules.Committee}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.election.rules;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
