package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Period;
import org.immutables.value.Value;

/**
 * The rules of a building-group council election (一长五员), as data: every attribute has a
 * documented default and the source of that default ({@link Provision#source()}). A researcher
 * who wants other rules changes this object, not the code.
 *
 * <p>No statute names the building-group council, so the defaults follow the Urban Residents'
 * Committees Organic Law, the Villagers' Committees Organic Law (2018) and Shanghai's election
 * measures for villagers' committees; where none applies, the default is Tongxin's own and says
 * so. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * ElectionRules rules = ElectionRules.defaults();
 * ElectionRules lower = rules.withTurnoutThreshold(Threshold.atLeast(1, 3));
 * ElectionRules custom = ElectionRules.builder().memberSeats(4).build(); // others default
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ElectionRules {
  private static final ElectionRules DEFAULTS = builder().build();

  ElectionRules() {}

  /**
   * The statutory defaults.
   *
   * @return the rules with every attribute at its default
   */
  public static ElectionRules defaults() {
    return DEFAULTS;
  }

  /**
   * A builder; attributes not set keep their defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Who votes. Default {@link ElectorateMode#ALL_RESIDENTS} ({@link Provision#ELECTORATE_MODE}).
   *
   * @return the electorate mode
   */
  @Value.Default
  public ElectorateMode electorateMode() {
    return ElectorateMode.ALL_RESIDENTS;
  }

  /**
   * Minimum age on election day. Default 18 ({@link Provision#ELIGIBILITY}).
   *
   * @return years
   */
  @Value.Default
  public int minimumVotingAge() {
    return 18;
  }

  /**
   * How long a resident without household registration must have lived here to vote. Default
   * one year ({@link Provision#RESIDENCE_WITHOUT_REGISTRATION}).
   *
   * @return the period
   */
  @Value.Default
  public Period residenceWithoutRegistration() {
    return Period.ofYears(1);
  }

  /**
   * Fewest representatives per residents' group (natural building) in {@link
   * ElectorateMode#GROUP_REPRESENTATIVES}. Default 2 ({@link Provision#ELECTORATE_MODE}).
   *
   * @return at least 1
   */
  @Value.Default
  public int minimumGroupRepresentatives() {
    return 2;
  }

  /**
   * Most representatives per residents' group. Default 3 ({@link Provision#ELECTORATE_MODE}).
   *
   * @return at least {@link #minimumGroupRepresentatives()}
   */
  @Value.Default
  public int maximumGroupRepresentatives() {
    return 3;
  }

  /**
   * Leader seats (一长). Default 1 (practice of 一长五员; {@link LegalSource#TONGXIN_DEFAULT}).
   *
   * @return zero or more
   */
  @Value.Default
  public int leaderSeats() {
    return 1;
  }

  /**
   * Member seats (五员). Default 5 (practice of 一长五员; {@link LegalSource#TONGXIN_DEFAULT}).
   *
   * @return zero or more
   */
  @Value.Default
  public int memberSeats() {
    return 5;
  }

  /**
   * One paper or separate papers. Default {@link BallotLayout#ONE_PAPER} ({@link
   * Provision#BALLOT_LAYOUT}).
   *
   * @return the layout
   */
  @Value.Default
  public BallotLayout ballotLayout() {
    return BallotLayout.ONE_PAPER;
  }

  /**
   * Whether as many candidates as seats is allowed. Default {@link
   * CandidacyRule#COMPETITIVE_ONLY} ({@link Provision#CANDIDATE_MARGIN}).
   *
   * @return the rule
   */
  @Value.Default
  public CandidacyRule candidacy() {
    return CandidacyRule.COMPETITIVE_ONLY;
  }

  /**
   * Fewest extra leader candidates beyond the leader seats. Default 1 ({@link
   * Provision#CANDIDATE_MARGIN}).
   *
   * @return at least 1
   */
  @Value.Default
  public int leaderSurplusMinimum() {
    return 1;
  }

  /**
   * Most extra leader candidates. Default 1 ({@link Provision#CANDIDATE_MARGIN}).
   *
   * @return at least {@link #leaderSurplusMinimum()}
   */
  @Value.Default
  public int leaderSurplusMaximum() {
    return 1;
  }

  /**
   * Fewest extra member candidates beyond the member seats. Default 1 ({@link
   * Provision#CANDIDATE_MARGIN}).
   *
   * @return at least 1
   */
  @Value.Default
  public int memberSurplusMinimum() {
    return 1;
  }

  /**
   * Most extra member candidates. Default 3 ({@link Provision#CANDIDATE_MARGIN}).
   *
   * @return at least {@link #memberSurplusMinimum()}
   */
  @Value.Default
  public int memberSurplusMaximum() {
    return 3;
  }

  /**
   * The share of registered voters who must vote. Default more than half ({@link
   * Provision#TURNOUT}).
   *
   * @return the threshold
   */
  @Value.Default
  public Threshold turnoutThreshold() {
    return Threshold.moreThan(1, 2);
  }

  /**
   * The share of the votes of those who voted a candidate needs. Default more than half ({@link
   * Provision#ELECTION_MAJORITY}).
   *
   * @return the threshold
   */
  @Value.Default
  public Threshold electionThreshold() {
    return Threshold.moreThan(1, 2);
  }

  /**
   * The share of the ballots cast in a supplementary ballot a winner needs. Default at least
   * one third ({@link Provision#SUPPLEMENTARY_BALLOT}).
   *
   * @return the threshold
   */
  @Value.Default
  public Threshold supplementaryFloor() {
    return Threshold.atLeast(1, 3);
  }

  /**
   * Extra candidates on a supplementary ballot beyond the seats left. Default 1 ({@link
   * LegalSource#TONGXIN_DEFAULT}: the measures require a surplus without fixing it).
   *
   * @return at least 1
   */
  @Value.Default
  public int supplementarySurplus() {
    return 1;
  }

  /**
   * With at least this many elected after the supplementary ballot, the meeting may leave the
   * other seats vacant; with fewer, a run-off follows. Default 3 ({@link Provision#VACANCIES}).
   *
   * @return zero or more
   */
  @Value.Default
  public int minimumElectedToLeaveVacant() {
    return 3;
  }

  /**
   * Days within which the run-off must be held. Default 30 ({@link Provision#VACANCIES}).
   *
   * @return at least 1
   */
  @Value.Default
  public int runOffWithinDays() {
    return 30;
  }

  /**
   * Most principals one proxy may vote for. Default 3 ({@link Provision#PROXY}).
   *
   * @return zero or more; 0 forbids proxies
   */
  @Value.Default
  public int maximumPrincipalsPerProxy() {
    return 3;
  }

  /**
   * Who may be a proxy. Default {@link ProxyRelationRule#CLOSE_RELATIVE} ({@link
   * Provision#PROXY}).
   *
   * @return the rule
   */
  @Value.Default
  public ProxyRelationRule proxyRelation() {
    return ProxyRelationRule.CLOSE_RELATIVE;
  }

  /**
   * Days before election day by which a proxy must be registered. Default 5 ({@link
   * Provision#PROXY}).
   *
   * @return zero or more
   */
  @Value.Default
  public int proxyLeadDays() {
    return 5;
  }

  /**
   * Whether void ballots count among those who voted. Default {@link
   * VoidBallotPolicy#COUNTED_AS_VOTED} ({@link LegalSource#TONGXIN_DEFAULT}).
   *
   * @return the policy
   */
  @Value.Default
  public VoidBallotPolicy voidBallots() {
    return VoidBallotPolicy.COUNTED_AS_VOTED;
  }

  /**
   * Whether leader votes count in the member contest. Default {@link
   * HigherOfficeVotes#NOT_ADDED} ({@link LegalSource#TONGXIN_DEFAULT}).
   *
   * @return the policy
   */
  @Value.Default
  public HigherOfficeVotes higherOfficeVotes() {
    return HigherOfficeVotes.NOT_ADDED;
  }

  /**
   * Women wanted among those elected; fewer is reported, never enforced. Default 1 ({@link
   * Provision#WOMEN}: "an appropriate number").
   *
   * @return zero or more
   */
  @Value.Default
  public int minimumWomen() {
    return 1;
  }

  /**
   * The share of voters who must sign to start a recall. Default at least one fifth ({@link
   * Provision#RECALL}).
   *
   * @return the threshold
   */
  @Value.Default
  public Threshold recallInitiation() {
    return Threshold.atLeast(1, 5);
  }

  /**
   * The share of registered voters who must vote on a recall. Default more than half ({@link
   * Provision#RECALL}).
   *
   * @return the threshold
   */
  @Value.Default
  public Threshold recallTurnout() {
    return Threshold.moreThan(1, 2);
  }

  /**
   * The share of those voting on a recall who must approve it. Default more than half ({@link
   * Provision#RECALL}).
   *
   * @return the threshold
   */
  @Value.Default
  public Threshold recallApproval() {
    return Threshold.moreThan(1, 2);
  }

  /**
   * The term of office. Default five years ({@link Provision#TERM}).
   *
   * @return the term
   */
  @Value.Default
  public Period term() {
    return Period.ofYears(5);
  }

  /**
   * A copy with another turnout threshold.
   *
   * @param value the threshold
   * @return the copy (this object if {@code value} is the very instance held; an equal threshold
   *     gives an equal copy)
   */
  public abstract ElectionRules withTurnoutThreshold(Threshold value);

  /**
   * A copy with another election threshold.
   *
   * @param value the threshold
   * @return the copy (this object if {@code value} is the very instance held; an equal threshold
   *     gives an equal copy)
   */
  public abstract ElectionRules withElectionThreshold(Threshold value);

  /**
   * A copy with another electorate mode.
   *
   * @param value the mode
   * @return the copy (this object if equal)
   */
  public abstract ElectionRules withElectorateMode(ElectorateMode value);

  /**
   * A copy with another ballot layout.
   *
   * @param value the layout
   * @return the copy (this object if equal)
   */
  public abstract ElectionRules withBallotLayout(BallotLayout value);

  /**
   * A copy with another void-ballot policy.
   *
   * @param value the policy
   * @return the copy (this object if equal)
   */
  public abstract ElectionRules withVoidBallots(VoidBallotPolicy value);

  /**
   * A copy with another higher-office policy.
   *
   * @param value the policy
   * @return the copy (this object if equal)
   */
  public abstract ElectionRules withHigherOfficeVotes(HigherOfficeVotes value);

  /**
   * A copy with another candidacy rule.
   *
   * @param value the rule
   * @return the copy (this object if equal)
   */
  public abstract ElectionRules withCandidacy(CandidacyRule value);

  @Value.Check
  void check() {
    checkArgument(minimumVotingAge() >= 0, "minimumVotingAge must not be negative: %s", minimumVotingAge());
    checkArgument(
        !residenceWithoutRegistration().isNegative(),
        "residenceWithoutRegistration must not be negative: %s",
        residenceWithoutRegistration());
    checkArgument(
        1 <= minimumGroupRepresentatives()
            && minimumGroupRepresentatives() <= maximumGroupRepresentatives(),
        "need 1 <= minimumGroupRepresentatives <= maximumGroupRepresentatives: %s, %s",
        minimumGroupRepresentatives(),
        maximumGroupRepresentatives());
    checkArgument(leaderSeats() >= 0, "leaderSeats must not be negative: %s", leaderSeats());
    checkArgument(memberSeats() >= 0, "memberSeats must not be negative: %s", memberSeats());
    checkArgument(
        leaderSeats() + memberSeats() >= 1,
        "an election needs at least one seat: %s + %s",
        leaderSeats(),
        memberSeats());
    checkArgument(
        1 <= leaderSurplusMinimum() && leaderSurplusMinimum() <= leaderSurplusMaximum(),
        "need 1 <= leaderSurplusMinimum <= leaderSurplusMaximum: %s, %s",
        leaderSurplusMinimum(),
        leaderSurplusMaximum());
    checkArgument(
        1 <= memberSurplusMinimum() && memberSurplusMinimum() <= memberSurplusMaximum(),
        "need 1 <= memberSurplusMinimum <= memberSurplusMaximum: %s, %s",
        memberSurplusMinimum(),
        memberSurplusMaximum());
    checkArgument(
        supplementarySurplus() >= 1, "supplementarySurplus must be at least 1: %s", supplementarySurplus());
    checkArgument(
        minimumElectedToLeaveVacant() >= 0,
        "minimumElectedToLeaveVacant must not be negative: %s",
        minimumElectedToLeaveVacant());
    checkArgument(runOffWithinDays() >= 1, "runOffWithinDays must be at least 1: %s", runOffWithinDays());
    checkArgument(
        maximumPrincipalsPerProxy() >= 0,
        "maximumPrincipalsPerProxy must not be negative: %s",
        maximumPrincipalsPerProxy());
    checkArgument(proxyLeadDays() >= 0, "proxyLeadDays must not be negative: %s", proxyLeadDays());
    checkArgument(minimumWomen() >= 0, "minimumWomen must not be negative: %s", minimumWomen());
    checkArgument(!term().isNegative() && !term().isZero(), "term must be positive: %s", term());
  }

  /**
   * The number of seats of a contest.
   *
   * @param contest the contest
   * @return {@link #leaderSeats()} or {@link #memberSeats()}
   * @throws NullPointerException if {@code contest} is null
   */
  public int seats(Contest contest) {
    return checkNotNull(contest, "contest") == Contest.LEADER ? leaderSeats() : memberSeats();
  }

  /**
   * Builds {@link ElectionRules}; attributes not set keep their defaults.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableElectionRules.Builder {
    Builder() {}
  }
}
