package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.bid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class AdjacencyTest {
  @Test
  void ofPutsTheSmallerIdFirst() {
    Adjacency pair = Adjacency.of(bid("B2"), bid("B1"));

    assertThat(pair.first()).isEqualTo(bid("B1"));
    assertThat(pair.second()).isEqualTo(bid("B2"));
    assertThat(pair).hasToString("B1~B2");
  }

  @Test
  void ordersByTextSoB10ComesBeforeB9() {
    Adjacency pair = Adjacency.of(bid("B9"), bid("B10"));

    assertThat(pair.first()).isEqualTo(bid("B10"));
    assertThat(pair.second()).isEqualTo(bid("B9"));
    assertThat(pair).hasToString("B10~B9");
  }

  @Test
  void ofRejectsABuildingAsItsOwnNeighbour() {
    assertThatThrownBy(() -> Adjacency.of(bid("B1"), bid("B1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a building is not its own neighbour: B1");
  }

  @Test
  void constructorRejectsTheWrongOrder() {
    assertThatThrownBy(() -> new Adjacency(bid("B2"), bid("B1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first must sort before second (use Adjacency.of): B2, B1");
  }

  @Test
  void constructorRejectsTheSameBuildingTwice() {
    assertThatThrownBy(() -> new Adjacency(bid("B1"), bid("B1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first must sort before second (use Adjacency.of): B1, B1");
  }

  @Test
  void rejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> Adjacency.of(null, bid("B1")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a");
    assertThatThrownBy(() -> Adjacency.of(bid("B1"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("b");
    assertThatThrownBy(() -> new Adjacency(null, bid("B1")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("first");
    assertThatThrownBy(() -> new Adjacency(bid("B1"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("second");
  }

  @Test
  void equalsWhateverTheOrderGiven() {
    new EqualsTester()
        .addEqualityGroup(
            Adjacency.of(bid("B1"), bid("B2")),
            Adjacency.of(bid("B2"), bid("B1")),
            new Adjacency(bid("B1"), bid("B2")))
        .addEqualityGroup(Adjacency.of(bid("B1"), bid("B3")))
        .addEqualityGroup(Adjacency.of(bid("B0"), bid("B2")))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Adjacency.class);
    tester.testAllPublicConstructors(Adjacency.class);
  }
}
