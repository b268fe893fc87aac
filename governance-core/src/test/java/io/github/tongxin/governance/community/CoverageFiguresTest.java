package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverageFiguresTest {
  /** Figures 1..6 with one of them replaced. */
  private static CoverageFigures figures(String replaced, long value) {
    return CoverageFigures.builder()
        .communities(replaced.equals("communities") ? value : 1)
        .buildings(replaced.equals("buildings") ? value : 2)
        .buildingGroups(replaced.equals("buildingGroups") ? value : 3)
        .electedLeadersAndMembers(replaced.equals("electedLeadersAndMembers") ? value : 4)
        .households(replaced.equals("households") ? value : 5)
        .people(replaced.equals("people") ? value : 6)
        .build();
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
  void builderSetsEachFigure() {
    CoverageFigures f = figures(14, 774, 143, 622, 24_300, 76_000);

    assertThat(f.communities()).isEqualTo(14);
    assertThat(f.buildings()).isEqualTo(774);
    assertThat(f.buildingGroups()).isEqualTo(143);
    assertThat(f.electedLeadersAndMembers()).isEqualTo(622);
    assertThat(f.households()).isEqualTo(24_300);
    assertThat(f.people()).isEqualTo(76_000);
  }

  @Test
  void zeroIsAllZero() {
    assertThat(CoverageFigures.zero()).isEqualTo(figures(0, 0, 0, 0, 0, 0));
  }

  @Test
  void ofACommunityCountsOneCommunity() {
    // sample(): 3 buildings, 1 group with 3 seats filled, 4 households, 6 residents
    assertThat(CoverageFigures.of(CommunityFixtures.sample())).isEqualTo(figures(1, 3, 1, 3, 4, 6));
  }

  @Test
  void plusAddsFigureByFigure() {
    CoverageFigures a = figures(1, 2, 3, 4, 5, 6);
    CoverageFigures b = figures(10, 20, 30, 40, 50, 60);

    assertThat(a.plus(b)).isEqualTo(figures(11, 22, 33, 44, 55, 66));
    assertThat(b.plus(a)).isEqualTo(a.plus(b));
  }

  @Test
  void zeroIsNeutral() {
    CoverageFigures a = figures(1, 2, 3, 4, 5, 6);

    assertThat(a.plus(CoverageFigures.zero())).isEqualTo(a);
    assertThat(CoverageFigures.zero().plus(a)).isEqualTo(a);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "communities",
        "buildings",
        "buildingGroups",
        "electedLeadersAndMembers",
        "households",
        "people"
      })
  void plusRejectsOverflowInAnyFigure(String figure) {
    CoverageFigures large = figures(figure, Long.MAX_VALUE);

    assertThatThrownBy(() -> large.plus(figures(1, 1, 1, 1, 1, 1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "communities",
        "buildings",
        "buildingGroups",
        "electedLeadersAndMembers",
        "households",
        "people"
      })
  void rejectsANegativeFigureNamingIt(String figure) {
    assertThatThrownBy(() -> figures(figure, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(figure + " must not be negative: -1");
  }

  @Test
  void builderRequiresEveryFigure() {
    assertThatThrownBy(() -> CoverageFigures.builder().communities(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("people");
  }

  @Test
  void builderIsStrict() {
    CoverageFigures.Builder builder = CoverageFigures.builder().people(1);

    assertThatThrownBy(() -> builder.people(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("people");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> CoverageFigures.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("community");
    assertThatThrownBy(() -> CoverageFigures.zero().plus(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("other");
  }

  @Test
  void equalsByAllSixFigures() {
    new EqualsTester()
        .addEqualityGroup(figures(1, 2, 3, 4, 5, 6), figures(1, 2, 3, 4, 5, 6))
        .addEqualityGroup(figures("communities", 0))
        .addEqualityGroup(figures("buildings", 0))
        .addEqualityGroup(figures("buildingGroups", 0))
        .addEqualityGroup(figures("electedLeadersAndMembers", 0))
        .addEqualityGroup(figures("households", 0))
        .addEqualityGroup(figures("people", 0))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(CoverageFigures.class);
    tester.testAllPublicInstanceMethods(CoverageFigures.zero());
  }
}
