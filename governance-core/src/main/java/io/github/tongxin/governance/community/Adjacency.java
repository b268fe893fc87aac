package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Two neighbouring buildings: an undirected pair, stored with the smaller id first so that
 * {@code of(a, b).equals(of(b, a))}.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param first the building with the smaller id
 * @param second the building with the larger id
 * @since 0.1.0
 */
public record Adjacency(BuildingId first, BuildingId second) {
  /**
   * Creates a pair.
   *
   * @param first the building with the smaller id
   * @param second the building with the larger id
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException unless {@code first} sorts strictly before {@code second}
   */
  public Adjacency {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkArgument(
        first.compareTo(second) < 0,
        "first must sort before second (use Adjacency.of): %s, %s",
        first,
        second);
  }

  /**
   * The pair of two different buildings, in either order.
   *
   * @param a one building
   * @param b the other building
   * @return the pair, smaller id first
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code a} equals {@code b}
   */
  public static Adjacency of(BuildingId a, BuildingId b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkArgument(!a.equals(b), "a building is not its own neighbour: %s", a);
    return a.compareTo(b) < 0 ? new Adjacency(a, b) : new Adjacency(b, a);
  }

  /**
   * The pair as {@code "a~b"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return first + "~" + second;
  }
}
