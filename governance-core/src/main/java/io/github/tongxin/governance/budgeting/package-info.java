/**
 * Choosing which projects a limited fund pays for: participatory budgeting (PB) with exact
 * arithmetic, Pabulib {@code .pb} files, and the rules of pabutools (greedy, the Method of Equal
 * Shares with completions, sequential Phragmén, exact maximum welfare).
 *
 * <p>Types you will use most: {@link io.github.tongxin.governance.budgeting.BudgetInstance},
 * {@link io.github.tongxin.governance.budgeting.BudgetProfile}, {@link
 * io.github.tongxin.governance.budgeting.BudgetRules} and {@link
 * io.github.tongxin.governance.budgeting.BudgetOutcome}; {@link
 * io.github.tongxin.governance.budgeting.Pabulib} reads, checks and writes {@code .pb} text
 * ({@link io.github.tongxin.governance.budgeting.PabulibReading}, {@link
 * io.github.tongxin.governance.budgeting.PabulibProblem}).
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.budgeting;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
