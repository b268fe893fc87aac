package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * How far the building groups reach: the {@link CoverageFigures} of each community and their
 * total, as in Jiading's own reports (14 communities, 774 natural buildings, 143 building
 * groups, 622 leaders and members, 24,300 households, 76,000 people).
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Coverage coverage = Coverage.of(zone);
 * coverage.total().buildingGroups();
 * coverage.communities().get(0).figures().households();
 * }</pre>
 *
 * @param communities one line per community, in the zone's order
 * @since 0.1.0
 */
public record Coverage(ImmutableList<CommunityCoverage> communities) {
  /**
   * Creates a coverage report from its lines.
   *
   * @param communities one line per community, in the zone's order
   * @throws NullPointerException if {@code communities} or a line is null
   */
  public Coverage {
    communities = ImmutableList.copyOf(checkNotNull(communities, "communities"));
  }

  /**
   * The coverage of a zone.
   *
   * @param zone the zone
   * @return one line per community
   * @throws NullPointerException if {@code zone} is null
   */
  public static Coverage of(Zone zone) {
    checkNotNull(zone, "zone");
    return of(zone.communities());
  }

  /**
   * The coverage of some communities.
   *
   * @param communities the communities
   * @return one line per community, in the order given
   * @throws NullPointerException if {@code communities} or one of them is null
   */
  public static Coverage of(Iterable<Community> communities) {
    checkNotNull(communities, "communities");
    ImmutableList.Builder<CommunityCoverage> lines = ImmutableList.builder();
    for (Community community : communities) {
      lines.add(CommunityCoverage.of(community));
    }
    return new Coverage(lines.build());
  }

  /**
   * The sum over all communities.
   *
   * @return the totals; all zero if there are no communities
   */
  public CoverageFigures total() {
    CoverageFigures total = CoverageFigures.zero();
    for (CommunityCoverage line : communities) {
      total = total.plus(line.figures());
    }
    return total;
  }
}
