package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** Coverage figures over generated zones. */
class CoverageProperties {
  @Test
  void theTotalIsTheSumOverCommunities() {
    qt().withExamples(60)
        .forAll(CommunityGenerators.zones())
        .checkAssert(
            zone -> {
              Coverage coverage = Coverage.of(zone);
              long communities = 0;
              long buildings = 0;
              long groups = 0;
              long seats = 0;
              long households = 0;
              long people = 0;
              for (CommunityCoverage line : coverage.communities()) {
                communities += line.figures().communities();
                buildings += line.figures().buildings();
                groups += line.figures().buildingGroups();
                seats += line.figures().electedLeadersAndMembers();
                households += line.figures().households();
                people += line.figures().people();
              }
              CoverageFigures total = coverage.total();
              assertThat(total.communities()).isEqualTo(communities);
              assertThat(total.buildings()).isEqualTo(buildings);
              assertThat(total.buildingGroups()).isEqualTo(groups);
              assertThat(total.electedLeadersAndMembers()).isEqualTo(seats);
              assertThat(total.households()).isEqualTo(households);
              assertThat(total.people()).isEqualTo(people);
            });
  }

  @Test
  void theTotalCountsWhatTheZoneHolds() {
    qt().withExamples(60)
        .forAll(CommunityGenerators.zones())
        .checkAssert(
            zone -> {
              CoverageFigures total = Coverage.of(zone).total();
              assertThat(total.communities()).isEqualTo(zone.communities().size());
              assertThat(total.buildings())
                  .isEqualTo(zone.communities().stream().mapToLong(c -> c.buildings().size()).sum());
              assertThat(total.buildingGroups())
                  .isEqualTo(zone.communities().stream().mapToLong(c -> c.groups().size()).sum());
              assertThat(total.electedLeadersAndMembers())
                  .isEqualTo(
                      zone.communities().stream()
                          .flatMap(c -> c.groups().stream())
                          .mapToLong(g -> g.council().leaders().size() + g.council().members().size())
                          .sum());
              assertThat(total.households())
                  .isEqualTo(
                      zone.communities().stream()
                          .flatMap(c -> c.buildings().stream())
                          .mapToLong(b -> b.households().size())
                          .sum());
              assertThat(total.people())
                  .isEqualTo(
                      zone.communities().stream()
                          .flatMap(c -> c.buildings().stream())
                          .flatMap(b -> b.households().stream())
                          .mapToLong(h -> h.members().size())
                          .sum());
            });
  }

  @Test
  void generatedZonesHaveTheRequestedFigures() {
    qt().withExamples(60)
        .forAll(CommunityGenerators.zoneFigures(), org.quicktheories.generators.Generate.range(0, 1000))
        .checkAssert(
            (figures, seed) ->
                assertThat(
                        Coverage.of(
                                ZoneGenerator.generate(
                                        Jiading.NAME,
                                        figures,
                                        Jiading.REFERENCE_DATE,
                                        new java.util.SplittableRandom(seed))
                                    .zone())
                            .total())
                    .isEqualTo(figures));
  }
}
