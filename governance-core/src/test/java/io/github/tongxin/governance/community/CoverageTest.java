package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.cid;
import static io.github.tongxin.governance.community.CommunityFixtures.sample;
import static io.github.tongxin.governance.community.CommunityFixtures.tiny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static final BilingualName JIADING =
      BilingualName.of("嘉定工业区", "Jiading Industrial Zone");

  /** sample() (C01) and a one-building community C02 with a vacant council. */
  private static Zone zone() {
    return Zone.of(
        JIADING, List.of(sample(), tiny("C02", "C02-G1", "C02-B1", "C02-H1", "C02-R1")));
  }

  private static CoverageFigures figures(long c, long b, long g, long e, long h, long p) {
    return CoverageFigures.builder()
        .communities(c)
        .buildings(b)
        .buildingGroups(g)
        .electedLeadersAndMembers(e)
        .households(h)
        .people(p)
        .build();
  }

  @Test
  void oneLinePerCommunityInTheZonesOrder() {
    Coverage coverage = Coverage.of(zone());

    assertThat(coverage.communities())
        .extracting(CommunityCoverage::id)
        .containsExactly(cid("C01"), cid("C02"));
    assertThat(coverage.communities().get(0).figures()).isEqualTo(figures(1, 3, 1, 3, 4, 6));
    assertThat(coverage.communities().get(1).figures()).isEqualTo(figures(1, 1, 1, 0, 1, 1));
  }

  @Test
  void totalIsTheSumOfTheLines() {
    Coverage coverage = Coverage.of(zone());

    assertThat(coverage.total()).isEqualTo(figures(2, 4, 2, 3, 5, 7));
    CoverageFigures sum = CoverageFigures.zero();
    for (CommunityCoverage line : coverage.communities()) {
      sum = sum.plus(line.figures());
    }
    assertThat(coverage.total()).isEqualTo(sum);
  }

  @Test
  void totalOfNoCommunitiesIsZero() {
    assertThat(Coverage.of(List.of()).total()).isEqualTo(CoverageFigures.zero());
    assertThat(Coverage.of(Zone.of(JIADING, List.of())).communities()).isEmpty();
  }

  @Test
  void ofCommunitiesMatchesOfZone() {
    assertThat(Coverage.of(zone().communities())).isEqualTo(Coverage.of(zone()));
  }

  @Test
  void ofCommunitiesKeepsTheOrderGiven() {
    Community c2 = tiny("C02", "G2", "B2", "H2", "R2");
    Community c1 = tiny("C01", "G1", "B1", "H1", "R1");

    assertThat(Coverage.of(List.of(c2, c1)).communities())
        .extracting(CommunityCoverage::id)
        .containsExactly(cid("C02"), cid("C01"));
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Coverage.of((Zone) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
    assertThatThrownBy(() -> Coverage.of((Iterable<Community>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("communities");
    assertThatThrownBy(() -> new Coverage(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("communities");
  }

  @Test
  void equalsByLinesInOrder() {
    CommunityCoverage a = CommunityCoverage.of(sample());
    CommunityCoverage b = CommunityCoverage.of(tiny("C02", "G2", "B2", "H2", "R2"));
    new EqualsTester()
        .addEqualityGroup(new Coverage(ImmutableList.of(a, b)), Coverage.of(List.of(sample(), tiny("C02", "G2", "B2", "H2", "R2"))))
        .addEqualityGroup(new Coverage(ImmutableList.of(b, a)))
        .addEqualityGroup(new Coverage(ImmutableList.of()))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Coverage.class);
    tester.testAllPublicConstructors(Coverage.class);
  }
}
