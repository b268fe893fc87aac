package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.community.Council;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.community.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where a council election stands after its ballots: the council elected so far, the seats still
 * vacant, what must happen next, and whether women are represented.
 *
 * <p>Combine the contest results of every ballot held (first ballots, and supplementary ballots
 * or re-votes among tied candidates counted with {@link Tally#countSupplementary}), in the order
 * held: everyone elected on any of them holds a seat, and each contest's latest result says what
 * is still pending (a tie, or a shortfall without a supplementary ballot yet). Someone elected
 * both member and leader (a leader candidate elected member on the first paper who then wins the
 * supplementary leader ballot) holds the leader seat, and the member seat is vacant. Seats still
 * empty after a supplementary ballot may stay vacant if at least {@link
 * ElectionRules#minimumElectedToLeaveVacant()} were elected; with fewer, a run-off must be held
 * within {@link ElectionRules#runOffWithinDays()} days (Shanghai measures Art. 21). Fewer women
 * elected than {@link ElectionRules#minimumWomen()} is reported, never enforced. Immutable and
 * thread-safe; value-based.
 *
 * <pre>{@code
 * CouncilOutcome outcome = CouncilOutcome.of(rules, electorate, List.of(leader, members));
 * outcome.council();   // Council with the elected
 * outcome.followUp();  // NONE, RE_VOTE, SUPPLEMENTARY_BALLOT, MAY_LEAVE_VACANT or RUN_OFF_WITHIN_DAYS
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CouncilOutcome {
  CouncilOutcome() {}

  /**
   * The outcome of the given contest results.
   *
   * @param rules the rules
   * @param electorate the register (for the elected people's sex and the election day)
   * @param results the contest results of every ballot held, in the order held
   * @return the outcome
   * @throws NullPointerException if an argument or result is null
   */
  public static CouncilOutcome of(
      ElectionRules rules, Electorate electorate, Iterable<ContestResult> results) {
    checkNotNull(rules, "rules");
    checkNotNull(electorate, "electorate");
    ImmutableList<ContestResult> list = ImmutableList.copyOf(checkNotNull(results, "results"));
    Map<Contest, Set<ResidentId>> elected = new EnumMap<>(Contest.class);
    Map<Contest, ContestResult> last = new EnumMap<>(Contest.class);
    for (Contest contest : Contest.values()) {
      elected.put(contest, new LinkedHashSet<>());
    }
    for (ContestResult result : list) {
      elected.get(result.contest()).addAll(result.elected());
      last.put(result.contest(), result);
    }
    // What is pending depends on each contest's latest ballot: a re-vote among the tied or a
    // supplementary ballot settles the tie or the shortfall of the ballot before it.
    boolean tie = false;
    boolean supplementaryPending = false;
    for (ContestResult result : last.values()) {
      tie |= !result.tied().isEmpty();
      supplementaryPending |= result.kind() == BallotKind.FIRST && result.unfilledSeats() > 0;
    }
    List<ReportLine> report = new ArrayList<>();
    // A leader candidate elected member on the first paper may still win a supplementary leader
    // ballot: they hold the leader seat, and their member seat falls vacant.
    Set<ResidentId> promoted = new LinkedHashSet<>(elected.get(Contest.MEMBERS));
    promoted.retainAll(elected.get(Contest.LEADER));
    elected.get(Contest.MEMBERS).removeAll(promoted);
    for (ResidentId p : promoted) {
      report.add(
          new ReportLine(
              Provision.VACANCIES,
              p + ", elected member and leader, holds the leader seat; the member seat is vacant",
              p + "同时当选成员和团队长，任团队长，成员职位空缺"));
    }
    int seats = rules.leaderSeats() + rules.memberSeats();
    int filled = elected.get(Contest.LEADER).size() + elected.get(Contest.MEMBERS).size();
    int vacant = seats - filled;
    FollowUp followUp;
    if (tie) {
      followUp = FollowUp.RE_VOTE;
    } else if (supplementaryPending) {
      followUp = FollowUp.SUPPLEMENTARY_BALLOT;
    } else if (vacant == 0) {
      followUp = FollowUp.NONE;
    } else if (filled >= rules.minimumElectedToLeaveVacant()) {
      followUp = FollowUp.MAY_LEAVE_VACANT;
    } else {
      followUp = FollowUp.RUN_OFF_WITHIN_DAYS;
    }
    report.add(
        new ReportLine(
            Provision.VACANCIES,
            filled + " of " + seats + " seats filled, " + vacant + " vacant: " + followUp.englishName()
                + (followUp == FollowUp.RUN_OFF_WITHIN_DAYS
                    ? " (fewer than " + rules.minimumElectedToLeaveVacant() + " elected; within "
                        + rules.runOffWithinDays() + " days)"
                    : followUp == FollowUp.MAY_LEAVE_VACANT
                        ? " (at least " + rules.minimumElectedToLeaveVacant() + " elected)"
                        : ""),
            "应选" + seats + "名，当选" + filled + "名，缺额" + vacant + "名：" + followUp.chineseName()
                + (followUp == FollowUp.RUN_OFF_WITHIN_DAYS
                    ? "（当选不足" + rules.minimumElectedToLeaveVacant() + "名，" + rules.runOffWithinDays() + "日内另行选举）"
                    : "")));
    long women = 0;
    for (Set<ResidentId> people : elected.values()) {
      for (ResidentId p : people) {
        if (electorate.voter(p).sex() == Sex.FEMALE) {
          women++;
        }
      }
    }
    boolean womenMet = women >= rules.minimumWomen();
    report.add(
        new ReportLine(
            Provision.WOMEN,
            women + " women among " + filled + " elected; at least " + rules.minimumWomen() + " wanted: "
                + (womenMet ? "met" : "not met (reported, not enforced)"),
            "当选" + filled + "人中女性" + women + "人，要求至少" + rules.minimumWomen() + "人："
                + (womenMet ? "符合" : "未达到（仅报告，不强制）")));
    LocalDate termEnd = electorate.electionDay().plus(rules.term());
    report.add(
        new ReportLine(
            Provision.TERM,
            "term of office " + describe(rules.term()) + ", until " + termEnd,
            "任期" + describeZh(rules.term()) + "，至" + termEnd));
    return ImmutableCouncilOutcome.builder()
        .council(
            Council.withSeats(
                rules.leaderSeats(), rules.memberSeats(), elected.get(Contest.LEADER), elected.get(Contest.MEMBERS)))
        .vacantSeats(vacant)
        .followUp(followUp)
        .women(women)
        .womenTargetMet(womenMet)
        .termEnds(termEnd)
        .addAllReport(report)
        .build();
  }

  private static String describe(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
    }
    if (period.getMonths() != 0) {
      parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
    }
    if (period.getDays() != 0) {
      parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
    }
    return String.join(" ", parts);
  }

  private static String describeZh(Period period) {
    return (period.getYears() != 0 ? period.getYears() + "年" : "")
        + (period.getMonths() != 0 ? period.getMonths() + "个月" : "")
        + (period.getDays() != 0 ? period.getDays() + "天" : "");
  }

  /**
   * The council as elected so far (a vacant seat has no holder).
   *
   * @return the council
   */
  public abstract Council council();

  /**
   * Seats without a holder.
   *
   * @return zero or more
   */
  public abstract int vacantSeats();

  /**
   * What must happen next.
   *
   * @return the follow-up
   */
  public abstract FollowUp followUp();

  /**
   * Women among those elected.
   *
   * @return zero or more
   */
  public abstract long women();

  /**
   * Whether at least {@link ElectionRules#minimumWomen()} women were elected (reported only).
   *
   * @return {@code true} if met
   */
  public abstract boolean isWomenTargetMet();

  /**
   * The last day of the term: election day plus {@link ElectionRules#term()}.
   *
   * @return the day
   */
  public abstract LocalDate termEnds();

  /**
   * Vacancies, women's representation and term, with numbers and sources.
   *
   * @return the report
   */
  public abstract ImmutableList<ReportLine> report();
}
