package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * One round of voting: the poll book (who received a ballot, in person or by proxy), the
 * registered proxy authorisations, and the ballots collected from the box.
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * @param attendance the poll book, in order
 * @param proxies the registered authorisations
 * @param ballots the ballots collected
 * @since 0.1.0
 */
public record Round(
    ImmutableList<Attendance> attendance,
    ImmutableList<ProxyAuthorization> proxies,
    ImmutableList<Ballot> ballots) {
  /**
   * Creates a round.
   *
   * @param attendance the poll book
   * @param proxies the registered authorisations
   * @param ballots the ballots collected
   * @throws NullPointerException if an argument or element is null
   */
  public Round {
    attendance = ImmutableList.copyOf(checkNotNull(attendance, "attendance"));
    proxies = ImmutableList.copyOf(checkNotNull(proxies, "proxies"));
    ballots = ImmutableList.copyOf(checkNotNull(ballots, "ballots"));
  }

  /**
   * Creates a round.
   *
   * @param attendance the poll book
   * @param proxies the registered authorisations
   * @param ballots the ballots collected
   * @return the round
   * @throws NullPointerException if an argument or element is null
   */
  public static Round of(
      Iterable<Attendance> attendance,
      Iterable<ProxyAuthorization> proxies,
      Iterable<Ballot> ballots) {
    return new Round(
        ImmutableList.copyOf(checkNotNull(attendance, "attendance")),
        ImmutableList.copyOf(checkNotNull(proxies, "proxies")),
        ImmutableList.copyOf(checkNotNull(ballots, "ballots")));
  }
}
