/**
 * The public-welfare fund's accounting. So far: {@link io.github.tongxin.governance.fund.Amount},
 * exact yuan in {@code long} fen with checked arithmetic and largest-remainder allocation.
 *
 * <p>All values are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
