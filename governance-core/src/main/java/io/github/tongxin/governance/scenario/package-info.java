/**
 * What-if scenarios for researchers: a {@link io.github.tongxin.governance.scenario.Scenario}
 * over the whole model, run as a pure function of its parameters and seed; {@link
 * io.github.tongxin.governance.scenario.Sweep} runs grids of parameters × replicates in parallel
 * with results independent of the number of threads; {@link
 * io.github.tongxin.governance.scenario.TidyTable} writes CSV, {@link
 * io.github.tongxin.governance.scenario.Summary} gives means with 95% intervals, and {@link
 * io.github.tongxin.governance.scenario.Charts} draws SVG pictures.
 *
 * <p>A run follows the concentric circles ({@link io.github.tongxin.governance.community.Layer}):
 * communities propose community-wide projects (core), building groups their own projects
 * (middle) and projects for single buildings (outer), and the results count projects and money
 * by layer as well as by category. The fund's year follows {@link
 * io.github.tongxin.governance.scenario.FundModel}: residents' crowdfunding lowers the cost
 * charged to the fund before the budgeting rule runs, projects are paid as far as they are done by
 * the end of the year, and the year is checked against the Charity Law's annual spending rule.
 *
 * <p>Types you will use most:
 *
 * <ul>
 *   <li>{@link io.github.tongxin.governance.scenario.Scenario}: parameters, behaviour models and
 *       {@code run()};
 *   <li>{@link io.github.tongxin.governance.scenario.ProposalModel} and {@link
 *       io.github.tongxin.governance.scenario.FundModel}: how projects are proposed and voted on
 *       in each layer, and how the fund pays for them;
 *   <li>{@link io.github.tongxin.governance.scenario.ScenarioResult}: councils, projects by
 *       category and layer, and the fund's money (granted, crowdfunded, paid, still committed) of
 *       one run, and its {@code metrics()};
 *   <li>{@link io.github.tongxin.governance.scenario.Sweep}: parallel, reproducible sweeps with
 *       progress reports.
 * </ul>
 *
 * <p>All values are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.scenario;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
