package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.ResidentId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a round of a building-group council election, as pure functions of the rules, the
 * register, the candidates and the round. Every step is reported with its numbers and source.
 *
 * <h2>First ballot ({@link #count})</h2>
 *
 * <ol>
 *   <li>The poll book: a line counts if its voter is registered and has not voted yet; a proxy
 *       line also needs a registered authorisation that meets the rules (close relative,
 *       registered in time, at most three principals, no re-delegation). Lines set aside are
 *       reported as violations; "those who voted" are the accepted lines.
 *   <li>More ballots collected than voters who voted voids the round.
 *   <li>Turnout: the round is void unless more than half of registered voters voted.
 *   <li>Each contest, leader first: a ballot with more votes (marks {@code FOR} and write-ins)
 *       than seats is void for that contest; write-ins of people not registered and marks for
 *       people not on the slate are ignored. A person is elected with more than half of the
 *       votes of those who voted. More such winners than seats: most votes win, and a tie at the
 *       cut-off sends the tied to a re-vote (never a silent pick). Seats left go to a
 *       supplementary ballot whose candidates are the best placed not elected. In the member
 *       contest, someone elected leader is not counted; with {@link HigherOfficeVotes#ADDED},
 *       a vote for an unsuccessful leader candidate also counts for them as member.
 * </ol>
 *
 * <h2>Supplementary ballot ({@link #countSupplementary})</h2>
 *
 * The same poll-book, void-round and turnout checks; then most votes win, but a winner needs at
 * least one third of the ballots cast; a tie at the cut-off goes to a re-vote; seats still empty
 * are left for {@link CouncilOutcome} to decide (vacant, or a run-off).
 *
 * <pre>{@code
 * RoundResult first = Tally.count(rules, electorate, slate, round);
 * first.report().forEach(line -> System.out.println(line.inEnglish()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Tally {
  private Tally() {}

  /**
   * Counts the first ballot of the contests on the slate.
   *
   * @param rules the rules
   * @param electorate the register
   * @param slate the checked candidates of this paper
   * @param round the poll book, proxies and ballots
   * @return the result, with its report
   * @throws NullPointerException if an argument is null
   */
  public static RoundResult count(
      ElectionRules rules, Electorate electorate, CandidateSlate slate, Round round) {
    checkNotNull(rules, "rules");
    checkNotNull(electorate, "electorate");
    checkNotNull(slate, "slate");
    checkNotNull(round, "round");
    Counter counter = new Counter(rules, electorate, round);
    if (counter.checkRound()) {
      Set<ResidentId> electedLeaders = new HashSet<>();
      Set<ResidentId> leaderSlate = new LinkedHashSet<>(slate.candidates(Contest.LEADER));
      for (Contest contest : slate.contests()) {
        ContestResult result =
            counter.countFirst(contest, slate.candidates(contest), leaderSlate, electedLeaders);
        counter.contests.put(contest, result);
        if (contest == Contest.LEADER) {
          electedLeaders.addAll(result.elected());
        }
      }
    }
    return counter.result();
  }

  /**
   * Counts a supplementary ballot (另行选举) for one contest.
   *
   * @param rules the rules
   * @param electorate the register
   * @param contest the contest
   * @param seats the seats left to fill; at least 1
   * @param candidates the candidates (usually {@link ContestResult#supplementaryCandidates()})
   * @param round the poll book, proxies and ballots of the supplementary ballot
   * @return the result, with its report
   * @throws NullPointerException if an argument or candidate is null
   * @throws IllegalArgumentException if {@code seats} is below 1, there are no candidates, or a
   *     candidate repeats
   */
  public static RoundResult countSupplementary(
      ElectionRules rules,
      Electorate electorate,
      Contest contest,
      int seats,
      Iterable<ResidentId> candidates,
      Round round) {
    checkNotNull(rules, "rules");
    checkNotNull(electorate, "electorate");
    checkNotNull(contest, "contest");
    checkNotNull(candidates, "candidates");
    checkNotNull(round, "round");
    checkArgument(seats >= 1, "seats must be at least 1: %s", seats);
    ImmutableList<ResidentId> list = ImmutableList.copyOf(candidates);
    checkArgument(!list.isEmpty(), "a supplementary ballot needs candidates");
    checkArgument(
        new HashSet<>(list).size() == list.size(), "candidates must not repeat: %s", list);
    Counter counter = new Counter(rules, electorate, round);
    if (counter.checkRound()) {
      counter.contests.put(
          contest,
          counter.countPlurality(
              contest, seats, list, BallotKind.SUPPLEMENTARY, rules.supplementaryFloor()));
    }
    return counter.result();
  }

  /**
   * Counts a re-vote among candidates tied at the cut-off (Shanghai measures Art. 20): the same
   * poll-book, void-round and turnout checks, then most votes win with no floor; a new tie at
   * the cut-off is again reported as tied.
   *
   * @param rules the rules
   * @param electorate the register
   * @param contest the contest
   * @param seats the seats the tie was for ({@link ContestResult#tiedSeats()}); at least 1
   * @param tied the tied candidates ({@link ContestResult#tied()})
   * @param round the poll book, proxies and ballots of the re-vote
   * @return the result, with its report
   * @throws NullPointerException if an argument or candidate is null
   * @throws IllegalArgumentException if {@code seats} is below 1, there are not more candidates
   *     than seats, or a candidate repeats
   */
  public static RoundResult countReVote(
      ElectionRules rules,
      Electorate electorate,
      Contest contest,
      int seats,
      Iterable<ResidentId> tied,
      Round round) {
    checkNotNull(rules, "rules");
    checkNotNull(electorate, "electorate");
    checkNotNull(contest, "contest");
    checkNotNull(tied, "tied");
    checkNotNull(round, "round");
    checkArgument(seats >= 1, "seats must be at least 1: %s", seats);
    ImmutableList<ResidentId> list = ImmutableList.copyOf(tied);
    checkArgument(
        list.size() > seats, "a re-vote needs more tied candidates than seats: %s for %s", list, seats);
    checkArgument(
        new HashSet<>(list).size() == list.size(), "candidates must not repeat: %s", list);
    Counter counter = new Counter(rules, electorate, round);
    if (counter.checkRound()) {
      counter.contests.put(
          contest, counter.countPlurality(contest, seats, list, BallotKind.RE_VOTE, Threshold.atLeast(0, 1)));
    }
    return counter.result();
  }

  /** The state of one count. */
  private static final class Counter {
    final ElectionRules rules;
    final Electorate electorate;
    final Round round;
    final List<Violation> violations = new ArrayList<>();
    final Set<String> reported = new HashSet<>();
    final List<ReportLine> report = new ArrayList<>();
    final Map<Contest, ContestResult> contests = new EnumMap<>(Contest.class);
    RoundStatus status = RoundStatus.VALID;
    int voted;

    Counter(ElectionRules rules, Electorate electorate, Round round) {
      this.rules = checkNotNull(rules, "rules");
      this.electorate = checkNotNull(electorate, "electorate");
      this.round = checkNotNull(round, "round");
    }

    void violation(ElectionCode code, String message) {
      if (reported.add(code + message)) {
        violations.add(Violation.of(code, message));
      }
    }

    void line(Provision provision, String english, String chinese) {
      report.add(new ReportLine(provision, english, chinese));
    }

    /** Poll book, void round, turnout; false if the round is void. */
    boolean checkRound() {
      int registered = electorate.size();
      line(
          Provision.ELIGIBILITY,
          registered + " registered voters, " + electorate.exclusions().size() + " residents excluded",
          "登记选民" + registered + "人，不具备资格居民" + electorate.exclusions().size() + "人");
      Set<ResidentId> accepted = acceptAttendance();
      voted = accepted.size();
      int collected = round.ballots().size();
      if (collected > voted) {
        status = RoundStatus.VOID_TOO_MANY_BALLOTS;
        line(
            Provision.VOID_ROUND,
            "ballots collected " + collected + " > voters who voted " + voted + ": the round is void",
            "收回选票" + collected + "张，多于投票人数" + voted + "人：选举无效");
        return false;
      }
      line(
          Provision.VOID_ROUND,
          "ballots collected " + collected + " ≤ voters who voted " + voted + ": the round stands",
          "收回选票" + collected + "张，不多于投票人数" + voted + "人：选举有效");
      Threshold turnout = rules.turnoutThreshold();
      boolean met = turnout.isMetBy(voted, registered);
      line(
          Provision.TURNOUT,
          "turnout: " + voted + " of " + registered + " registered voters voted, " + turnout + ": "
              + (met ? "met" : "not met, the round is void"),
          "投票人数：登记选民" + registered + "人中" + voted + "人投票，" + turnout + "："
              + (met ? "符合" : "不符合，选举无效"));
      if (!met) {
        status = RoundStatus.VOID_TURNOUT;
        return false;
      }
      return true;
    }

    /** The accepted poll-book lines, by voter, each voter once. */
    private Set<ResidentId> acceptAttendance() {
      Map<ResidentId, ResidentId> validProxy = validProxies();
      Set<ResidentId> accepted = new LinkedHashSet<>();
      for (Attendance line : round.attendance()) {
        ResidentId voter = line.voter();
        if (!electorate.contains(voter)) {
          violation(ElectionCode.NOT_A_VOTER, voter + " received a ballot but is not registered");
          continue;
        }
        if (line instanceof Attendance.ByProxy byProxy
            && !byProxy.proxy().equals(validProxy.get(voter))) {
          violation(
              ElectionCode.PROXY_NOT_AUTHORISED,
              byProxy.proxy() + " voted for " + voter + " without a valid registered authorisation");
          continue;
        }
        if (!accepted.add(voter)) {
          violation(ElectionCode.VOTED_TWICE, voter + " received a second ballot; not counted again");
        }
      }
      return accepted;
    }

    /** principal -> proxy for every authorisation that meets the rules. */
    private Map<ResidentId, ResidentId> validProxies() {
      Set<ResidentId> principals = new HashSet<>();
      for (ProxyAuthorization a : round.proxies()) {
        principals.add(a.principal());
      }
      Map<ResidentId, Integer> load = new HashMap<>();
      Map<ResidentId, ResidentId> valid = new LinkedHashMap<>();
      for (ProxyAuthorization a : round.proxies()) {
        String who = a.proxy() + " for " + a.principal();
        List<ElectionCode> problems = new ArrayList<>();
        if (!electorate.contains(a.principal())) {
          violation(ElectionCode.NOT_A_VOTER, "principal " + a.principal() + " is not registered");
          continue;
        }
        if (!electorate.contains(a.proxy())) {
          problems.add(ElectionCode.PROXY_NOT_A_VOTER);
        }
        if (rules.proxyRelation() == ProxyRelationRule.CLOSE_RELATIVE
            && a.relation() == Relation.OTHER) {
          problems.add(ElectionCode.PROXY_NOT_CLOSE_RELATIVE);
        }
        if (a.registeredOn().isAfter(electorate.electionDay().minusDays(rules.proxyLeadDays()))) {
          problems.add(ElectionCode.PROXY_TOO_LATE);
        }
        if (principals.contains(a.proxy())) {
          problems.add(ElectionCode.PROXY_RE_DELEGATED);
        }
        if (valid.containsKey(a.principal())) {
          problems.add(ElectionCode.VOTED_TWICE);
        }
        if (problems.isEmpty() && load.getOrDefault(a.proxy(), 0) >= rules.maximumPrincipalsPerProxy()) {
          problems.add(ElectionCode.PROXY_TOO_MANY_PRINCIPALS);
        }
        if (problems.isEmpty()) {
          valid.put(a.principal(), a.proxy());
          load.merge(a.proxy(), 1, Integer::sum);
        } else {
          for (ElectionCode code : problems) {
            violation(code, "authorisation of " + who + " (registered " + a.registeredOn() + "): " + code.englishName());
          }
        }
      }
      if (!round.proxies().isEmpty()) {
        line(
            Provision.PROXY,
            valid.size() + " of " + round.proxies().size() + " proxy authorisations meet the rules (at most "
                + rules.maximumPrincipalsPerProxy() + " principals, registered " + rules.proxyLeadDays()
                + " days before, " + rules.proxyRelation().englishName() + ")",
            round.proxies().size() + "份委托中" + valid.size() + "份符合规定（每人受托不超过"
                + rules.maximumPrincipalsPerProxy() + "人，提前" + rules.proxyLeadDays() + "日登记，"
                + rules.proxyRelation().chineseName() + "）");
      }
      return valid;
    }

    ContestResult countFirst(
        Contest contest,
        List<ResidentId> candidates,
        Set<ResidentId> leaderSlate,
        Set<ResidentId> electedLeaders) {
      int seats = rules.seats(contest);
      Set<ResidentId> slate = new LinkedHashSet<>(candidates);
      Map<ResidentId, Integer> votes = new LinkedHashMap<>();
      for (ResidentId c : candidates) {
        votes.put(c, 0);
      }
      int voidBallots = 0;
      for (Ballot ballot : round.ballots()) {
        Marked marked = votesOn(ballot, contest, slate);
        if (marked.marks() > seats) {
          voidBallots++;
          continue;
        }
        Set<ResidentId> chosen = marked.chosen();
        if (contest == Contest.MEMBERS && rules.higherOfficeVotes() == HigherOfficeVotes.ADDED) {
          Marked leaderVotes = votesOn(ballot, Contest.LEADER, leaderSlate);
          if (leaderVotes.marks() <= rules.leaderSeats()) {
            for (ResidentId p : leaderVotes.chosen()) {
              if (!electedLeaders.contains(p) && electorate.contains(p)) {
                chosen.add(p);
              }
            }
          }
        }
        for (ResidentId p : chosen) {
          votes.merge(p, 1, Integer::sum);
        }
      }
      for (ResidentId leader : electedLeaders) {
        votes.remove(leader);
      }
      reportVoid(contest, seats, voidBallots);
      int base = rules.voidBallots() == VoidBallotPolicy.EXCLUDED ? voted - voidBallots : voted;
      List<ResidentId> ranked = rank(votes);
      Threshold threshold = rules.electionThreshold();
      List<ResidentId> majority = new ArrayList<>();
      for (ResidentId p : ranked) {
        boolean met = threshold.isMetBy(votes.get(p), base);
        if (met) {
          majority.add(p);
        }
        if (votes.get(p) > 0 || slate.contains(p)) {
          line(
              Provision.ELECTION_MAJORITY,
              contest.englishName() + ": " + p + " has " + votes.get(p) + " of " + base + " votes, " + threshold
                  + ": " + (met ? "majority" : "no majority"),
              contest.chineseName() + "：" + p + "得票" + votes.get(p) + "，基数" + base + "，" + threshold + "："
                  + (met ? "过半数" : "未过半数"));
        }
      }
      Selection selection = select(contest, majority, votes, seats);
      int unfilled = seats - selection.elected.size() - selection.tiedSeats;
      List<ResidentId> supplementary = new ArrayList<>();
      if (unfilled > 0) {
        List<ResidentId> rest = new ArrayList<>();
        for (ResidentId p : ranked) {
          if (!selection.elected.contains(p) && !selection.tied.contains(p)
              && (slate.contains(p) || votes.get(p) > 0)) {
            rest.add(p);
          }
        }
        int wanted = unfilled + rules.supplementarySurplus();
        for (int i = 0; i < rest.size(); i++) {
          if (i < wanted || votes.get(rest.get(i)).equals(votes.get(rest.get(wanted - 1)))) {
            supplementary.add(rest.get(i));
          }
        }
        line(
            Provision.SUPPLEMENTARY_BALLOT,
            contest.englishName() + ": " + unfilled + " seats left; supplementary ballot among " + supplementary
                + " (seats left + " + rules.supplementarySurplus() + ", ties at the last place included)",
            contest.chineseName() + "：尚缺" + unfilled + "名，另行选举候选人" + supplementary
                + "（缺额加" + rules.supplementarySurplus() + "名，末位同票者一并列入）");
      }
      return ImmutableContestResult.builder()
          .contest(contest)
          .kind(BallotKind.FIRST)
          .seats(seats)
          .base(base)
          .voidBallots(voidBallots)
          .putAllVotes(ordered(votes, ranked))
          .addAllElected(selection.elected)
          .addAllTied(selection.tied)
          .tiedSeats(selection.tiedSeats)
          .unfilledSeats(unfilled)
          .addAllSupplementaryCandidates(supplementary)
          .build();
    }

    /** Most votes win among the candidates, each needing {@code floor} of the ballots cast. */
    ContestResult countPlurality(
        Contest contest, int seats, List<ResidentId> candidates, BallotKind kind, Threshold floor) {
      String label = kind == BallotKind.RE_VOTE ? " (re-vote)" : " (supplementary)";
      String labelZh = kind == BallotKind.RE_VOTE ? "（重新投票）" : "（另行选举）";
      Provision provision =
          kind == BallotKind.RE_VOTE ? Provision.TOO_MANY_WINNERS : Provision.SUPPLEMENTARY_BALLOT;
      Set<ResidentId> slate = new LinkedHashSet<>(candidates);
      Map<ResidentId, Integer> votes = new LinkedHashMap<>();
      for (ResidentId c : candidates) {
        votes.put(c, 0);
      }
      int voidBallots = 0;
      for (Ballot ballot : round.ballots()) {
        Marked marked = votesOn(ballot, contest, slate);
        if (marked.marks() > seats) {
          voidBallots++;
          continue;
        }
        for (ResidentId p : marked.chosen()) {
          if (!slate.contains(p)) {
            violation(
                ElectionCode.MARK_FOR_NON_CANDIDATE,
                contest.englishName() + " (supplementary): a vote for " + p + ", who is not a candidate, is ignored");
            continue;
          }
          votes.merge(p, 1, Integer::sum);
        }
      }
      reportVoid(contest, seats, voidBallots);
      int cast = round.ballots().size();
      List<ResidentId> ranked = rank(votes);
      List<ResidentId> qualified = new ArrayList<>();
      for (ResidentId p : ranked) {
        boolean met = floor.isMetBy(votes.get(p), cast);
        if (met) {
          qualified.add(p);
        }
        line(
            provision,
            contest.englishName() + label + ": " + p + " has " + votes.get(p) + " of " + cast
                + " ballots cast" + (floor.numerator() == 0 ? "" : ", " + floor + ": " + (met ? "reaches the floor" : "below the floor")),
            contest.chineseName() + labelZh + "：" + p + "得票" + votes.get(p) + "，已投选票" + cast + "张"
                + (floor.numerator() == 0 ? "" : "，" + floor + "：" + (met ? "达到" : "未达到")));
      }
      Selection selection = select(contest, qualified, votes, seats);
      return ImmutableContestResult.builder()
          .contest(contest)
          .kind(kind)
          .seats(seats)
          .base(cast)
          .voidBallots(voidBallots)
          .putAllVotes(ordered(votes, ranked))
          .addAllElected(selection.elected)
          .addAllTied(selection.tied)
          .tiedSeats(selection.tiedSeats)
          .unfilledSeats(seats - selection.elected.size() - selection.tiedSeats)
          .build();
    }

    /** What a ballot marks in a contest: the people it counts for, and how many it marked. */
    private record Marked(Set<ResidentId> chosen, int marks) {}

    /**
     * The people a ballot votes for in a contest: marks FOR on the slate and write-ins of
     * registered voters; other marks are ignored and reported, but still count towards the
     * number marked, which decides whether the ballot is void.
     */
    private Marked votesOn(Ballot ballot, Contest contest, Set<ResidentId> slate) {
      ContestMarks marks = ballot.marks(contest);
      Set<ResidentId> chosen = new LinkedHashSet<>();
      int count = 0;
      for (Map.Entry<ResidentId, Mark> e : marks.marks().entrySet()) {
        if (e.getValue() != Mark.FOR) {
          continue;
        }
        count++;
        if (!slate.contains(e.getKey())) {
          violation(
              ElectionCode.MARK_FOR_NON_CANDIDATE,
              contest.englishName() + ": a mark for " + e.getKey() + ", who is not a candidate, is ignored");
        } else {
          chosen.add(e.getKey());
        }
      }
      for (ResidentId w : marks.writeIns()) {
        count++;
        if (electorate.contains(w)) {
          chosen.add(w);
        } else {
          violation(
              ElectionCode.WRITE_IN_NOT_ELIGIBLE,
              contest.englishName() + ": write-in " + w + " is not a registered voter and is ignored");
        }
      }
      return new Marked(chosen, count);
    }

    private void reportVoid(Contest contest, int seats, int voidBallots) {
      line(
          Provision.VOID_BALLOT,
          contest.englishName() + ": " + voidBallots + " ballots void for marking more than " + seats + " people",
          contest.chineseName() + "：" + voidBallots + "张选票所选人数多于应选" + seats + "名，该项无效");
    }

    private record Selection(List<ResidentId> elected, List<ResidentId> tied, int tiedSeats) {}

    /** Most votes win among the qualified; a tie at the cut-off goes to a re-vote. */
    private Selection select(
        Contest contest, List<ResidentId> qualified, Map<ResidentId, Integer> votes, int seats) {
      if (qualified.size() <= seats) {
        for (ResidentId p : qualified) {
          line(
              Provision.ELECTION_MAJORITY,
              contest.englishName() + ": " + p + " is elected with " + votes.get(p) + " votes",
              contest.chineseName() + "：" + p + "以" + votes.get(p) + "票当选");
        }
        return new Selection(qualified, List.of(), 0);
      }
      int cut = votes.get(qualified.get(seats - 1));
      int next = votes.get(qualified.get(seats));
      List<ResidentId> elected = new ArrayList<>();
      List<ResidentId> tied = new ArrayList<>();
      for (ResidentId p : qualified) {
        int v = votes.get(p);
        if (v > cut || (v == cut && cut > next)) {
          elected.add(p);
        } else if (v == cut) {
          tied.add(p);
        }
      }
      tied.sort(Comparator.naturalOrder());
      int tiedSeats = seats - elected.size();
      line(
          Provision.TOO_MANY_WINNERS,
          contest.englishName() + ": " + qualified.size() + " qualify for " + seats + " seats; most votes win: "
              + elected + (tied.isEmpty() ? "" : "; tied at " + cut + " votes for " + tiedSeats + " seats: re-vote among " + tied),
          contest.chineseName() + "：" + qualified.size() + "人符合条件，应选" + seats + "名，以得票多者当选：" + elected
              + (tied.isEmpty() ? "" : "；" + tied + "以" + cut + "票同票竞争" + tiedSeats + "个名额，须重新投票"));
      return new Selection(elected, tied, tied.isEmpty() ? 0 : tiedSeats);
    }

    private static List<ResidentId> rank(Map<ResidentId, Integer> votes) {
      List<ResidentId> ranked = new ArrayList<>(votes.keySet());
      ranked.sort(
          Comparator.comparing((ResidentId p) -> votes.get(p)).reversed().thenComparing(Comparator.naturalOrder()));
      return ranked;
    }

    private static ImmutableMap<ResidentId, Integer> ordered(
        Map<ResidentId, Integer> votes, List<ResidentId> ranked) {
      ImmutableMap.Builder<ResidentId, Integer> result = ImmutableMap.builder();
      for (ResidentId p : ranked) {
        result.put(p, votes.get(p));
      }
      return result.buildOrThrow();
    }

    RoundResult result() {
      return ImmutableRoundResult.builder()
          .status(status)
          .registered(electorate.size())
          .voted(voted)
          .collected(round.ballots().size())
          .putAllContests(contests)
          .addAllViolations(violations)
          .addAllReport(report)
          .build();
    }
  }
}
