package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.cid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityCoverageTest {
  private static final BilingualName NAME = BilingualName.of("示范社区", "Model Community");

  private static CoverageFigures counting(long communities) {
    return CoverageFigures.builder()
        .communities(communities)
        .buildings(3)
        .buildingGroups(1)
        .electedLeadersAndMembers(3)
        .households(4)
        .people(6)
        .build();
  }

  @Test
  void ofACommunity() {
    Community c = CommunityFixtures.sample();

    CommunityCoverage line = CommunityCoverage.of(c);

    assertThat(line.id()).isEqualTo(cid("C01"));
    assertThat(line.name()).isEqualTo(c.name());
    assertThat(line.figures()).isEqualTo(counting(1));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 2, 14})
  void rejectsFiguresOfOtherThanOneCommunity(long communities) {
    CoverageFigures figures = counting(communities);

    assertThatThrownBy(() -> new CommunityCoverage(cid("C01"), NAME, figures))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figures of community C01 must count 1 community: " + communities);
  }

  @Test
  void rejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> new CommunityCoverage(null, NAME, counting(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> new CommunityCoverage(cid("C01"), null, counting(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> new CommunityCoverage(cid("C01"), NAME, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("figures");
  }

  @Test
  void equalsByAllComponents() {
    CoverageFigures other =
        CoverageFigures.builder()
            .communities(1)
            .buildings(3)
            .buildingGroups(1)
            .electedLeadersAndMembers(3)
            .households(4)
            .people(7)
            .build();
    new EqualsTester()
        .addEqualityGroup(
            new CommunityCoverage(cid("C01"), NAME, counting(1)),
            new CommunityCoverage(cid("C01"), NAME, counting(1)))
        .addEqualityGroup(new CommunityCoverage(cid("C02"), NAME, counting(1)))
        .addEqualityGroup(
            new CommunityCoverage(cid("C01"), BilingualName.of("望惠社区", "Wanghui"), counting(1)))
        .addEqualityGroup(new CommunityCoverage(cid("C01"), NAME, other))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(CommunityCoverage.class);
    tester.testAllPublicConstructors(CommunityCoverage.class);
  }
}
