/**
 * Tongxin (同心): the vocabulary shared by every part of the library.
 *
 * <p>Types you will use most: {@link io.github.tongxin.governance.Bilingual} (every label has a
 * Chinese and an English name), {@link io.github.tongxin.governance.Violation} and {@link
 * io.github.tongxin.governance.ViolationCode} (a business rule that is not met, reported as a
 * value rather than thrown).
 *
 * <p>The domain lives in the sub-packages: {@code community} (the concentric circles of a
 * community and its building groups), and, as they land, elections, projects, budgeting, the
 * fund, the shared spaces and scenarios.
 *
 * <p>All types are null-hostile: no method accepts or returns {@code null}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
