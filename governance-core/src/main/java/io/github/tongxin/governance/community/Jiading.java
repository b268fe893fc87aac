package io.github.tongxin.governance.community;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The Jiading Industrial Zone (嘉定工业区), Shanghai, where the building-group model was built,
 * and a synthetic zone with its published figures.
 *
 * <p>The published figures (seed article): 14 communities, 774 natural buildings, 143 building
 * groups, 622 elected leaders and members, 24,300 households, 76,000 people. The synthetic zone
 * matches all six exactly; everything below those totals (community sizes, buildings, families,
 * ages, who sits on which council) is generated and is not data about real people.
 *
 * <pre>{@code
 * Zone zone = Jiading.syntheticZone().zone();
 * Coverage.of(zone).total().equals(Jiading.PUBLISHED); // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Jiading {
  /** 嘉定工业区 / Jiading Industrial Zone. */
  public static final BilingualName NAME = BilingualName.of("嘉定工业区", "Jiading Industrial Zone");

  /**
   * The published figures: 14 communities, 774 natural buildings, 143 building groups, 622
   * elected leaders and members, 24,300 households, 76,000 people.
   */
  public static final CoverageFigures PUBLISHED =
      CoverageFigures.builder()
          .communities(14)
          .buildings(774)
          .buildingGroups(143)
          .electedLeadersAndMembers(622)
          .households(24_300)
          .people(76_000)
          .build();

  /** The day ages are computed for in the synthetic zone: 1 January 2024 (an arbitrary choice). */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 1, 1);

  /** The seed of {@link #syntheticZone()}. */
  public static final long DEFAULT_SEED = 2024L;

  private Jiading() {}

  /**
   * The synthetic zone with the published figures, from {@link #DEFAULT_SEED}.
   *
   * @return the zone and its site plans; the same on every call on the same Java release
   */
  public static GeneratedZone syntheticZone() {
    return syntheticZone(DEFAULT_SEED);
  }

  /**
   * A synthetic zone with the published figures from the given seed: different layouts and
   * people, the same six totals.
   *
   * @param seed the seed of a {@link SplittableRandom}
   * @return the zone and its site plans; the same for the same seed on the same Java release
   */
  public static GeneratedZone syntheticZone(long seed) {
    return ZoneGenerator.generate(NAME, PUBLISHED, REFERENCE_DATE, new SplittableRandom(seed));
  }
}
