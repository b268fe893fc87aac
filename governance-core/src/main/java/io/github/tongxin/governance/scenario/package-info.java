/**
 * What-if scenarios for researchers: a {@link io.github.tongxin.governance.scenario.Scenario}
 * over the whole model, run as a pure function of its parameters and seed; {@link
 * io.github.tongxin.governance.scenario.Sweep} runs grids of parameters × replicates in parallel
 * with results independent of the number of threads; {@link
 * io.github.tongxin.governance.scenario.TidyTable} writes CSV, {@link
 * io.github.tongxin.governance.scenario.Summary} gives means with 95% intervals, and {@link
 * io.github.tongxin.governance.scenario.Charts} draws SVG pictures.
 *
 * <p>Types you will use most:
 *
 * <ul>
 *   <li>{@link io.github.tongxin.governance.scenario.Scenario}: parameters, behaviour models and
 *       {@code run()};
 *   <li>{@link io.github.tongxin.governance.scenario.ScenarioResult}: councils, projects and
 *       money of one run, and its {@code metrics()};
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
