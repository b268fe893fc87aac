/**
 * Self-governance projects (自治项目): residents of a building group propose, consult (Civil Code
 * Art. 278), declare; the community reviews; the management committee's panel scores; the
 * project is approved with a funding plan or rejected; it is implemented, accepted on completion
 * (验收), publicly disclosed (公示) and closed.
 *
 * <p>Types you will use most:
 *
 * <ul>
 *   <li>{@link io.github.tongxin.governance.project.ProjectWorkflow}: the decider ({@code decide},
 *       {@code evolve}, {@code replay});
 *   <li>{@link io.github.tongxin.governance.project.ProjectCommand}, {@link
 *       io.github.tongxin.governance.project.ProjectEvent}, {@link
 *       io.github.tongxin.governance.project.ProjectState}: sealed commands, events and states;
 *   <li>{@link io.github.tongxin.governance.project.ConsultationResult}: counts a consultation
 *       under Art. 278 and explains each threshold with its numbers;
 *   <li>{@link io.github.tongxin.governance.project.PanelResult}: trimmed-mean panel scores and
 *       ranking;
 *   <li>{@link io.github.tongxin.governance.project.Permissions}, {@link
 *       io.github.tongxin.governance.project.ProjectRules}: who may do what, and every threshold;
 *   <li>{@link io.github.tongxin.governance.project.AuditLog}: the SHA-256 hash chain of events.
 * </ul>
 *
 * <p>All values are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.project;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
