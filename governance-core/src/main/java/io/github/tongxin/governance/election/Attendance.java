package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.community.ResidentId;

/**
 * A line of the poll book: a voter who received a ballot, in person or through a proxy. The
 * count of accepted lines is "those who voted".
 *
 * @since 0.1.0
 */
public sealed interface Attendance {
  /**
   * The voter whose vote this is.
   *
   * @return the voter (the principal for a proxy vote)
   */
  ResidentId voter();

  /**
   * A voter in person.
   *
   * @param voter the voter
   * @return the line
   * @throws NullPointerException if {@code voter} is null
   */
  static Attendance inPerson(ResidentId voter) {
    return new InPerson(voter);
  }

  /**
   * A vote cast by a proxy for a principal.
   *
   * @param principal the voter who delegated
   * @param proxy who cast the ballot
   * @return the line
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if principal and proxy are the same
   */
  static Attendance byProxy(ResidentId principal, ResidentId proxy) {
    return new ByProxy(principal, proxy);
  }

  /**
   * A voter in person.
   *
   * @param voter the voter
   * @since 0.1.0
   */
  record InPerson(ResidentId voter) implements Attendance {
    /**
     * Creates the line.
     *
     * @param voter the voter
     * @throws NullPointerException if {@code voter} is null
     */
    public InPerson {
      checkNotNull(voter, "voter");
    }
  }

  /**
   * A vote cast by a proxy.
   *
   * @param principal the voter who delegated
   * @param proxy who cast the ballot
   * @since 0.1.0
   */
  record ByProxy(ResidentId principal, ResidentId proxy) implements Attendance {
    /**
     * Creates the line.
     *
     * @param principal the voter who delegated
     * @param proxy who cast the ballot
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if principal and proxy are the same
     */
    public ByProxy {
      checkNotNull(principal, "principal");
      checkNotNull(proxy, "proxy");
      checkArgument(!principal.equals(proxy), "a voter cannot be their own proxy: %s", principal);
    }

    @Override
    public ResidentId voter() {
      return principal;
    }
  }
}
