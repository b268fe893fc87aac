/**
 * Money (货币金额): exact amounts of Chinese yuan, shared by the project workflow and the fund
 * without either depending on the other.
 *
 * <p>Types you will use most:
 *
 * <ul>
 *   <li>{@link io.github.tongxin.governance.money.Amount}: exact yuan in {@code long} fen, with
 *       overflow-checked arithmetic, the text form {@code "1,234.56"} and largest-remainder
 *       allocation.
 * </ul>
 *
 * <p>All values are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.money;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
