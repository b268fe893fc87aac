package io.github.tongxin.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five typed ids: {@link CommunityId}, {@link BuildingGroupId}, {@link BuildingId}, {@link
 * HouseholdId} and {@link ResidentId}. They share one grammar; each names its own kind in
 * messages.
 */
class IdsTest {
  /** One id type: how it names itself in messages, its factory and its constructor. */
  record Kind<T extends Comparable<T>>(
      String label,
      Class<T> type,
      Function<String, T> of,
      Function<String, T> constructor,
      Function<T, String> value) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Kind<?>> kinds() {
    return Stream.of(
        new Kind<>(
            "community id",
            CommunityId.class,
            CommunityId::of,
            CommunityId::new,
            CommunityId::value),
        new Kind<>(
            "building group id",
            BuildingGroupId.class,
            BuildingGroupId::of,
            BuildingGroupId::new,
            BuildingGroupId::value),
        new Kind<>(
            "building id", BuildingId.class, BuildingId::of, BuildingId::new, BuildingId::value),
        new Kind<>(
            "household id",
            HouseholdId.class,
            HouseholdId::of,
            HouseholdId::new,
            HouseholdId::value),
        new Kind<>(
            "resident id", ResidentId.class, ResidentId::of, ResidentId::new, ResidentId::value));
  }

  private static String grammar(Kind<?> kind) {
    return kind.label()
        + " must be 1..64 characters of A-Z a-z 0-9 . _ : - starting with a letter or digit: ";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void keepsItsTextAsValueAndToString(Kind<?> kind) {
    checkText(kind);
  }

  private static <T extends Comparable<T>> void checkText(Kind<T> kind) {
    T id = kind.of().apply("C01-B017_H05.r:2");

    assertThat(kind.value().apply(id)).isEqualTo("C01-B017_H05.r:2");
    assertThat(id).hasToString("C01-B017_H05.r:2");
    assertThat(kind.constructor().apply("C01-B017_H05.r:2")).isEqualTo(id);
    assertThat(kind.of().apply(id.toString())).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void acceptsOneCharacterAndSixtyFourCharacters(Kind<?> kind) {
    String longest = Strings.repeat("x", 64);

    assertThat(kind.of().apply("7")).hasToString("7");
    assertThat(kind.of().apply("a")).hasToString("a");
    assertThat(kind.of().apply(longest)).hasToString(longest);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsEmptyText(Kind<?> kind) {
    assertThatThrownBy(() -> kind.of().apply(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(grammar(kind) + "''");
    assertThatThrownBy(() -> kind.constructor().apply(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(grammar(kind) + "''");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsSixtyFiveCharacters(Kind<?> kind) {
    String tooLong = Strings.repeat("y", 65);

    assertThatThrownBy(() -> kind.of().apply(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(grammar(kind) + "'" + tooLong + "'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsLeadingPunctuation(Kind<?> kind) {
    for (String text : new String[] {"-C01", ".C01", "_C01", ":C01"}) {
      assertThatThrownBy(() -> kind.of().apply(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(grammar(kind) + "'" + text + "'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsCharactersOutsideTheAlphabet(Kind<?> kind) {
    // A space, a slash, Chinese text, Devanagari digits (the test locale's own), a line break.
    for (String text : new String[] {"C 01", "C/01", "楼01", "१२", "C01\n", "C01#"}) {
      assertThatThrownBy(() -> kind.constructor().apply(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(kind.label() + " must be 1..64 characters")
          .hasMessageEndingWith("'" + text + "'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsNullNamingTheKind(Kind<?> kind) {
    assertThatThrownBy(() -> kind.of().apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(kind.label() + " must not be null");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void ordersByTextNotByNumber(Kind<?> kind) {
    checkOrder(kind);
  }

  private static <T extends Comparable<T>> void checkOrder(Kind<T> kind) {
    T b10 = kind.of().apply("B10");
    T b9 = kind.of().apply("B9");
    T upper = kind.of().apply("Z1");
    T lower = kind.of().apply("a1");

    assertThat(b10.compareTo(b9)).isNegative();
    assertThat(b9.compareTo(b10)).isPositive();
    assertThat(b9.compareTo(kind.of().apply("B9"))).isZero();
    assertThat(upper.compareTo(lower)).isNegative(); // 'Z' is 0x5A, 'a' is 0x61
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void equalsByText(Kind<?> kind) {
    new EqualsTester()
        .addEqualityGroup(kind.of().apply("X1"), kind.constructor().apply("X1"))
        .addEqualityGroup(kind.of().apply("X2"))
        .addEqualityGroup(kind.of().apply("x1"))
        .testEquals();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsNullArguments(Kind<?> kind) {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(kind.type());
    tester.testAllPublicConstructors(kind.type());
    tester.testAllPublicInstanceMethods(kind.of().apply("X1"));
  }

  @Test
  void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
    new EqualsTester()
        .addEqualityGroup(CommunityId.of("X1"))
        .addEqualityGroup(BuildingGroupId.of("X1"))
        .addEqualityGroup(BuildingId.of("X1"))
        .addEqualityGroup(HouseholdId.of("X1"))
        .addEqualityGroup(ResidentId.of("X1"))
        .testEquals();
  }

  @Test
  void placeIdsExposeTheirText() {
    PlaceId community = CommunityId.of("C01");
    PlaceId group = BuildingGroupId.of("C01-G03");
    PlaceId building = BuildingId.of("C01-B017");

    assertThat(community.value()).isEqualTo("C01");
    assertThat(group.value()).isEqualTo("C01-G03");
    assertThat(building.value()).isEqualTo("C01-B017");
  }
}
