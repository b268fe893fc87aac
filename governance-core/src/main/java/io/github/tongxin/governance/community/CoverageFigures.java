package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkNotNull;

import org.immutables.value.Value;

/**
 * The six figures by which Jiading reports the reach of its building groups: communities,
 * natural buildings, building groups, elected leaders and members (filled council seats),
 * households and people.
 *
 * <p>Immutable and thread-safe; value-based. Figures are never negative.
 *
 * <pre>{@code
 * CoverageFigures f = CoverageFigures.of(community);
 * f.plus(CoverageFigures.of(other)).households();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CoverageFigures {
  private static final CoverageFigures ZERO =
      builder()
          .communities(0)
          .buildings(0)
          .buildingGroups(0)
          .electedLeadersAndMembers(0)
          .households(0)
          .people(0)
          .build();

  CoverageFigures() {}

  /**
   * A builder; every figure must be set exactly once.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * All six figures zero: the neutral element of {@link #plus}.
   *
   * @return the zero figures
   */
  public static CoverageFigures zero() {
    return ZERO;
  }

  /**
   * The figures of one community (its {@code communities()} is 1).
   *
   * @param community the community
   * @return its figures
   * @throws NullPointerException if {@code community} is null
   */
  public static CoverageFigures of(Community community) {
    checkNotNull(community, "community");
    return builder()
        .communities(1)
        .buildings(community.buildings().size())
        .buildingGroups(community.groups().size())
        .electedLeadersAndMembers(community.filledCouncilSeats())
        .households(community.householdCount())
        .people(community.residentCount())
        .build();
  }

  /**
   * Communities (社区).
   *
   * @return zero or more
   */
  public abstract long communities();

  /**
   * Natural buildings (自然楼).
   *
   * @return zero or more
   */
  public abstract long buildings();

  /**
   * Building groups (楼组团队).
   *
   * @return zero or more
   */
  public abstract long buildingGroups();

  /**
   * Elected leaders and members (一长五员), i.e. filled council seats.
   *
   * @return zero or more
   */
  public abstract long electedLeadersAndMembers();

  /**
   * Households (户).
   *
   * @return zero or more
   */
  public abstract long households();

  /**
   * People (人).
   *
   * @return zero or more
   */
  public abstract long people();

  @Value.Check
  void check() {
    Checks.nonNegative("communities", communities());
    Checks.nonNegative("buildings", buildings());
    Checks.nonNegative("buildingGroups", buildingGroups());
    Checks.nonNegative("electedLeadersAndMembers", electedLeadersAndMembers());
    Checks.nonNegative("households", households());
    Checks.nonNegative("people", people());
  }

  /**
   * The figure-by-figure sum.
   *
   * @param other the figures to add
   * @return the sum
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if a sum overflows
   */
  public CoverageFigures plus(CoverageFigures other) {
    checkNotNull(other, "other");
    return builder()
        .communities(Math.addExact(communities(), other.communities()))
        .buildings(Math.addExact(buildings(), other.buildings()))
        .buildingGroups(Math.addExact(buildingGroups(), other.buildingGroups()))
        .electedLeadersAndMembers(
            Math.addExact(electedLeadersAndMembers(), other.electedLeadersAndMembers()))
        .households(Math.addExact(households(), other.households()))
        .people(Math.addExact(people(), other.people()))
        .build();
  }

  /**
   * Builds {@link CoverageFigures}; each figure is set once.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCoverageFigures.Builder {
    Builder() {}
  }
}
