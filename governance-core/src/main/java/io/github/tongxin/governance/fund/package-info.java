/**
 * The public-welfare fund's accounting (公益基金): a double-entry ledger after TigerBeetle's model,
 * two-phase grants, restricted money, Charity Law compliance, statements and a Beancount export.
 *
 * <p>Types you will use most:
 *
 * <ul>
 *   <li>{@link io.github.tongxin.governance.money.Amount} (package {@code money}): exact yuan in
 *       {@code long} fen, with checked arithmetic and largest-remainder allocation;
 *   <li>{@link io.github.tongxin.governance.fund.Ledger}: the immutable ledger; {@code apply} a
 *       batch of {@link io.github.tongxin.governance.fund.Chain}s of {@link
 *       io.github.tongxin.governance.fund.Transfer}s, get a {@link
 *       io.github.tongxin.governance.fund.BatchResult};
 *   <li>{@link io.github.tongxin.governance.fund.Chart}: the standard accounts of a community
 *       fund;
 *   <li>{@link io.github.tongxin.governance.fund.Fund}: grants, campaigns and restricted gifts;
 *   <li>{@link io.github.tongxin.governance.fund.ComplianceReport}, {@link
 *       io.github.tongxin.governance.fund.OverdueReport}: Charity Law Arts. 61 and 79;
 *   <li>{@link io.github.tongxin.governance.fund.FinancialPosition}, {@link
 *       io.github.tongxin.governance.fund.Activities}, {@link
 *       io.github.tongxin.governance.fund.ProjectFunding}: the statements;
 *   <li>{@link io.github.tongxin.governance.fund.Beancount}: the export for {@code bean-check}.
 * </ul>
 *
 * <p>All values are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
