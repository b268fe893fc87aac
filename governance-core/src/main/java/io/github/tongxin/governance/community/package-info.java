/**
 * The concentric circles of community self-governance: a {@link
 * io.github.tongxin.governance.community.Community} with its core (party branch and residents'
 * committee), its middle circle of {@link io.github.tongxin.governance.community.BuildingGroup
 * building groups} led by elected councils (一长五员), and its outer circle of natural buildings,
 * households and residents.
 *
 * <p>Types you will use most:
 *
 * <ul>
 *   <li>{@link io.github.tongxin.governance.community.Community}, {@link
 *       io.github.tongxin.governance.community.Zone}: the structure, validated when built;
 *   <li>{@link io.github.tongxin.governance.community.GroupFormation}: partition a community's
 *       buildings into contiguous building groups of about 200 households;
 *   <li>{@link io.github.tongxin.governance.community.Coverage}: counts per community and in
 *       total;
 *   <li>{@link io.github.tongxin.governance.community.ZoneGenerator} and {@link
 *       io.github.tongxin.governance.community.Jiading}: seeded synthetic zones, including one
 *       with the Jiading Industrial Zone's published figures.
 * </ul>
 *
 * <p>All values are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.community;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
