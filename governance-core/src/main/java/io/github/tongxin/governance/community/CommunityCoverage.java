package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One community's line of a {@link Coverage} report.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param id the community's id
 * @param name the community's name
 * @param figures its figures; {@code communities()} is 1
 * @since 0.1.0
 */
public record CommunityCoverage(CommunityId id, BilingualName name, CoverageFigures figures) {
  /**
   * Creates a line.
   *
   * @param id the community's id
   * @param name the community's name
   * @param figures its figures; {@code communities()} is 1
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code figures.communities()} is not 1
   */
  public CommunityCoverage {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(figures, "figures");
    checkArgument(
        figures.communities() == 1,
        "figures of community %s must count 1 community: %s",
        id,
        figures.communities());
  }

  /**
   * The line of a community.
   *
   * @param community the community
   * @return its line
   * @throws NullPointerException if {@code community} is null
   */
  public static CommunityCoverage of(Community community) {
    return new CommunityCoverage(community.id(), community.name(), CoverageFigures.of(community));
  }
}
