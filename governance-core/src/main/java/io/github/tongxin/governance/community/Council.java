package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Optional;

/**
 * The elected council of a building group (一长五员): who holds the leader seats and the member
 * seats, and how many seats there are. Unfilled seats are vacant.
 *
 * <p>The statutory shape is one leader seat and five member seats ({@link #of(ResidentId,
 * Iterable)}, {@link #vacant()}); what-if rules may use other numbers ({@link #withSeats}). A
 * resident holds at most one seat. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Council c = Council.of(leader, List.of(m1, m2, m3));
 * c.filledSeats();  // 4
 * c.vacantSeats();  // 2
 * }</pre>
 *
 * @param leaders the holders of the leader seats; at most {@code leaderSeats}
 * @param members the holders of the member seats; at most {@code memberSeats}, none a leader
 * @param leaderSeats the number of leader seats; zero or more
 * @param memberSeats the number of member seats; zero or more
 * @since 0.1.0
 */
public record Council(
    ImmutableSet<ResidentId> leaders,
    ImmutableSet<ResidentId> members,
    int leaderSeats,
    int memberSeats) {
  /** Leader seats of the statutory council (一长). */
  public static final int STATUTORY_LEADER_SEATS = 1;

  /** Member seats of the statutory council (五员). */
  public static final int STATUTORY_MEMBER_SEATS = 5;

  /**
   * Creates a council.
   *
   * @param leaders the holders of the leader seats; at most {@code leaderSeats}
   * @param members the holders of the member seats; at most {@code memberSeats}, none a leader
   * @param leaderSeats the number of leader seats; zero or more
   * @param memberSeats the number of member seats; zero or more
   * @throws NullPointerException if an argument or a holder is null
   * @throws IllegalArgumentException if seat numbers are negative or both zero, more holders than
   *     seats are given, or a resident holds two seats
   */
  public Council {
    leaders = ImmutableSet.copyOf(checkNotNull(leaders, "leaders"));
    members = ImmutableSet.copyOf(checkNotNull(members, "members"));
    checkArgument(leaderSeats >= 0, "leaderSeats must not be negative: %s", leaderSeats);
    checkArgument(memberSeats >= 0, "memberSeats must not be negative: %s", memberSeats);
    checkArgument(
        leaderSeats + memberSeats > 0, "a council needs at least one seat: %s + %s",
        leaderSeats, memberSeats);
    checkArgument(
        leaders.size() <= leaderSeats,
        "%s leaders for %s leader seats: %s",
        leaders.size(),
        leaderSeats,
        leaders);
    checkArgument(
        members.size() <= memberSeats,
        "%s members for %s member seats: %s",
        members.size(),
        memberSeats,
        members);
    Sets.SetView<ResidentId> both = Sets.intersection(leaders, members);
    checkArgument(both.isEmpty(), "residents hold both a leader and a member seat: %s", both);
  }

  /**
   * A statutory council (one leader seat, five member seats) with its leader and up to five
   * members.
   *
   * @param leader the leader
   * @param members up to five members, none the leader, each once
   * @return the council
   * @throws NullPointerException if an argument or a member is null
   * @throws IllegalArgumentException if there are more than five members, a member repeats or a
   *     member is the leader
   */
  public static Council of(ResidentId leader, Iterable<ResidentId> members) {
    checkNotNull(leader, "leader");
    return withSeats(
        STATUTORY_LEADER_SEATS, STATUTORY_MEMBER_SEATS, ImmutableSet.of(leader), members);
  }

  /**
   * A statutory council whose six seats are all vacant, e.g. before the first election.
   *
   * @return the council
   */
  public static Council vacant() {
    return new Council(
        ImmutableSet.of(), ImmutableSet.of(), STATUTORY_LEADER_SEATS, STATUTORY_MEMBER_SEATS);
  }

  /**
   * A council with any number of seats, for what-if rules.
   *
   * @param leaderSeats the number of leader seats; zero or more
   * @param memberSeats the number of member seats; zero or more, not both zero
   * @param leaders the leader seat holders, each once
   * @param members the member seat holders, each once, none a leader
   * @return the council
   * @throws NullPointerException if an argument or a holder is null
   * @throws IllegalArgumentException if seat numbers are negative or both zero, a holder repeats,
   *     more holders than seats are given, or a resident holds two seats
   */
  public static Council withSeats(
      int leaderSeats,
      int memberSeats,
      Iterable<ResidentId> leaders,
      Iterable<ResidentId> members) {
    return new Council(
        distinct("leaders", leaders), distinct("members", members), leaderSeats, memberSeats);
  }

  private static ImmutableSet<ResidentId> distinct(String name, Iterable<ResidentId> holders) {
    checkNotNull(holders, name);
    ImmutableSet.Builder<ResidentId> set = ImmutableSet.builder();
    int count = 0;
    for (ResidentId holder : holders) {
      set.add(checkNotNull(holder, "%s contains null", name));
      count++;
    }
    ImmutableSet<ResidentId> result = set.build();
    checkArgument(result.size() == count, "%s must not repeat a resident: %s", name, holders);
    return result;
  }

  /**
   * All seat holders, leaders first.
   *
   * @return the holders
   */
  public ImmutableSet<ResidentId> holders() {
    return ImmutableSet.<ResidentId>builder().addAll(leaders).addAll(members).build();
  }

  /**
   * The number of seats.
   *
   * @return {@code leaderSeats + memberSeats}
   */
  public int seats() {
    return leaderSeats + memberSeats;
  }

  /**
   * The number of filled seats (elected leaders and members).
   *
   * @return between 0 and {@link #seats()}
   */
  public int filledSeats() {
    return leaders.size() + members.size();
  }

  /**
   * The number of vacant seats.
   *
   * @return {@code seats() - filledSeats()}
   */
  public int vacantSeats() {
    return seats() - filledSeats();
  }

  /**
   * The role a resident holds on this council, if any.
   *
   * @param resident the resident
   * @return {@link Role#BUILDING_GROUP_LEADER}, {@link Role#BUILDING_GROUP_MEMBER}, or empty
   * @throws NullPointerException if {@code resident} is null
   */
  public Optional<Role> roleOf(ResidentId resident) {
    checkNotNull(resident, "resident");
    if (leaders.contains(resident)) {
      return Optional.of(Role.BUILDING_GROUP_LEADER);
    }
    if (members.contains(resident)) {
      return Optional.of(Role.BUILDING_GROUP_MEMBER);
    }
    return Optional.empty();
  }
}
