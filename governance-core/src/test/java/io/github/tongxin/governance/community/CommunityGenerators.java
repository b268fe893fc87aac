package io.github.tongxin.governance.community;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the community package, built from public factories only. */
final class CommunityGenerators {
  private CommunityGenerators() {}

  /**
   * Site plans of 1..{@code maxBuildings} buildings with 0..180 households each. Building i > 0
   * is linked to an earlier building with probability 0.9 (so plans are usually, not always,
   * connected) and any pair gets an extra link with probability 0.2. Shrinks towards fewer
   * households and fewer links.
   */
  static Gen<SitePlan> smallPlans(int maxBuildings) {
    return range(1, maxBuildings)
        .flatMap(
            n ->
                intArrays(constant(n), range(0, 180))
                    .zip(
                        intArrays(constant(n), range(0, 99)),
                        intArrays(constant(n * n), range(0, 99)),
                        CommunityGenerators::plan))
        .describedAs(CommunityGenerators::describe);
  }

  /**
   * Community-sized plans (13..{@code maxBuildings} buildings, so that the heuristic runs) on a
   * grid, from a seed: sizes mix walk-ups and towers, links are grid neighbours.
   */
  static Gen<SitePlan> gridPlans(int maxBuildings) {
    return range(13, maxBuildings)
        .zip(range(0, Integer.MAX_VALUE), (n, seed) -> gridPlan(n, new SplittableRandom(seed)))
        .describedAs(CommunityGenerators::describe);
  }

  static SitePlan plan(int[] households, int[] parents, int[] extras) {
    int n = households.length;
    Map<BuildingId, Integer> sizes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      sizes.put(id(i), households[i]);
    }
    List<Adjacency> links = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (parents[i] >= 10) {
        links.add(Adjacency.of(id(i), id(parents[i] % i)));
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (extras[i * n + j] < 20) {
          links.add(Adjacency.of(id(i), id(j)));
        }
      }
    }
    return SitePlan.of(sizes, links);
  }

  static SitePlan gridPlan(int n, SplittableRandom random) {
    int columns = (int) Math.ceil(Math.sqrt(n));
    Map<BuildingId, Integer> sizes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      sizes.put(
          id(i),
          kind < 6 ? 12 + random.nextInt(25) : kind < 9 ? 30 + random.nextInt(40) : 80 + random.nextInt(60));
    }
    List<Adjacency> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i % columns + 1 < columns && i + 1 < n && random.nextInt(10) < 8) {
        links.add(Adjacency.of(id(i), id(i + 1)));
      }
      if (i + columns < n && random.nextInt(10) < 8) {
        links.add(Adjacency.of(id(i), id(i + columns)));
      }
    }
    return SitePlan.of(sizes, links);
  }

  static BuildingId id(int i) {
    return BuildingId.of(String.format(java.util.Locale.ROOT, "B%02d", i));
  }

  static String describe(SitePlan plan) {
    StringBuilder text = new StringBuilder("plan{");
    for (BuildingId b : plan.buildings()) {
      text.append(b).append('=').append(plan.households(b)).append(' ');
    }
    return text.append("links=").append(plan.adjacencies()).append('}').toString();
  }

  /**
   * Coverage figures a synthetic zone can be generated to: 1..4 communities, and buildings,
   * groups, seats, households and people consistent with them.
   */
  static Gen<CoverageFigures> zoneFigures() {
    return range(1, 4)
        .flatMap(
            communities ->
                range(0, 3)
                    .zip(
                        range(0, 4),
                        range(0, 6),
                        range(20, 60),
                        (extraGroupsPerCommunity, extraBuildingsPerGroup, seatsPerGroup, size) -> {
                          int groups = communities * (1 + extraGroupsPerCommunity);
                          int buildings = groups * (1 + extraBuildingsPerGroup);
                          long households = (long) buildings * size;
                          return CoverageFigures.builder()
                              .communities(communities)
                              .buildings(buildings)
                              .buildingGroups(groups)
                              .electedLeadersAndMembers((long) groups * seatsPerGroup)
                              .households(households)
                              .people(households * 3)
                              .build();
                        }));
  }

  /** Synthetic zones for the given figures and a seed. */
  static Gen<Zone> zones() {
    return zoneFigures()
        .zip(
            range(0, Integer.MAX_VALUE),
            (figures, seed) ->
                ZoneGenerator.generate(
                        Jiading.NAME, figures, LocalDate.of(2024, 1, 1), new SplittableRandom(seed))
                    .zone());
  }
}
