package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JiadingTest {
  /** The default zone, generated once for the tests that only read it. */
  private static final GeneratedZone DEFAULT = Jiading.syntheticZone();

  @Test
  void publishedFiguresAreTheArticles() {
    // Seed article: 14 communities, 774 natural buildings, 143 building groups, 622 elected
    // leaders and members, 24,300 households, 76,000 people.
    CoverageFigures published = Jiading.PUBLISHED;

    assertThat(published.communities()).isEqualTo(14);
    assertThat(published.buildings()).isEqualTo(774);
    assertThat(published.buildingGroups()).isEqualTo(143);
    assertThat(published.electedLeadersAndMembers()).isEqualTo(622);
    assertThat(published.households()).isEqualTo(24_300);
    assertThat(published.people()).isEqualTo(76_000);
  }

  @Test
  void nameIsTheIndustrialZone() {
    assertThat(Jiading.NAME.chineseName()).isEqualTo("嘉定工业区");
    assertThat(Jiading.NAME.englishName()).isEqualTo("Jiading Industrial Zone");
  }

  @Test
  void syntheticZoneHasThePublishedFigures() {
    Zone zone = DEFAULT.zone();
    CoverageFigures total = Coverage.of(zone).total();

    assertThat(total.communities()).isEqualTo(14);
    assertThat(total.buildings()).isEqualTo(774);
    assertThat(total.buildingGroups()).isEqualTo(143);
    assertThat(total.electedLeadersAndMembers()).isEqualTo(622);
    assertThat(total.households()).isEqualTo(24_300);
    assertThat(total.people()).isEqualTo(76_000);
    assertThat(total).isEqualTo(Jiading.PUBLISHED);
  }

  @Test
  void syntheticZoneIsNamedAfterTheIndustrialZone() {
    Zone zone = DEFAULT.zone();

    assertThat(zone.name()).isEqualTo(BilingualName.of("嘉定工业区", "Jiading Industrial Zone"));
    assertThat(zone.name().chineseName()).isEqualTo("嘉定工业区");
    assertThat(zone.name().englishName()).isEqualTo("Jiading Industrial Zone");
  }

  @Test
  void twoCallsGiveEqualZones() {
    GeneratedZone first = Jiading.syntheticZone();
    GeneratedZone second = Jiading.syntheticZone();

    assertThat(second.zone()).isEqualTo(first.zone());
    assertThat(second.sitePlans()).isEqualTo(first.sitePlans());
  }

  @Test
  void theDefaultZoneIsTheOneOfTheDefaultSeed() {
    assertThat(Jiading.syntheticZone(Jiading.DEFAULT_SEED)).isEqualTo(DEFAULT);
    assertThat(DEFAULT)
        .isEqualTo(
            ZoneGenerator.generate(
                BilingualName.of("嘉定工业区", "Jiading Industrial Zone"),
                Jiading.PUBLISHED,
                LocalDate.of(2024, 1, 1),
                new SplittableRandom(Jiading.DEFAULT_SEED)));
  }

  @Test
  void otherSeedsGiveOtherZonesWithTheSameFigures() {
    GeneratedZone other = Jiading.syntheticZone(7);

    assertThat(other.zone()).isNotEqualTo(DEFAULT.zone());
    assertThat(Coverage.of(other.zone()).total()).isEqualTo(Jiading.PUBLISHED);
    assertThat(other).isEqualTo(Jiading.syntheticZone(7));
  }

  @Test
  void referenceDateIsNewYear2024() {
    assertThat(Jiading.REFERENCE_DATE).isEqualTo(LocalDate.of(2024, 1, 1));
  }
}
