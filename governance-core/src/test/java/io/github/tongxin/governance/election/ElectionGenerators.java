package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.DEPRIVED;
import static io.github.tongxin.governance.election.ElectionFixtures.ELSEWHERE;
import static io.github.tongxin.governance.election.ElectionFixtures.MINOR;
import static io.github.tongxin.governance.election.ElectionFixtures.NEWCOMER;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.community.ResidentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the election package, built from public factories only. */
final class ElectionGenerators {
  /** Generated numbers per voter; see {@link #election}. */
  private static final int SLOTS = 16;

  private ElectionGenerators() {}

  /**
   * A generated first ballot: the rules, the register, a valid slate, the round, and the ballots in
   * the order collected (the same as in the round).
   */
  record Election(
      ElectionRules rules,
      Electorate electorate,
      CandidateSlate slate,
      Round round,
      ImmutableList<ResidentId> leaderCandidates,
      ImmutableList<ResidentId> memberCandidates) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      text.append(electorate.size())
          .append(" voters, member seats ")
          .append(rules.memberSeats())
          .append(", ")
          .append(rules.voidBallots())
          .append(", ")
          .append(rules.higherOfficeVotes())
          .append("\n  leader ")
          .append(leaderCandidates)
          .append(", members ")
          .append(memberCandidates)
          .append("\n  poll book ")
          .append(
              round.attendance().stream()
                  .map(line -> line.voter().value())
                  .collect(Collectors.joining(" ")));
      for (Ballot ballot : round.ballots()) {
        text.append("\n  ").append(describe(ballot));
      }
      return text.toString();
    }
  }

  private static String describe(Ballot ballot) {
    StringBuilder text = new StringBuilder();
    for (Contest contest : Contest.values()) {
      ContestMarks marks = ballot.marks(contest);
      text.append(contest == Contest.LEADER ? "L{" : " M{");
      List<String> parts = new ArrayList<>();
      marks.marks().forEach((who, mark) -> parts.add(who + ":" + mark.name().charAt(0)));
      marks.writeIns().forEach(who -> parts.add("+" + who));
      text.append(String.join(" ", parts)).append('}');
    }
    return text.toString();
  }

  /**
   * Elections of 5..40 voters (plus the fixture's four residents who may not vote), 1 leader seat
   * with 2 candidates, 1..5 member seats with 1..3 extra candidates, random void-ballot and
   * higher-office policies. Per voter: about 80% vote (5% of them appear twice in the poll book, 5%
   * of their ballots never reach the box); each candidate is marked for (40%), against (15%),
   * abstain (5%) or not at all; 12% of member parts and 6% of leader parts write someone in (a
   * voter or one of the four who may not vote). Over-marked parts arise naturally. One round in
   * twenty has an extra ballot in the box.
   */
  static Gen<Election> elections() {
    return range(5, 40)
        .flatMap(
            n ->
                range(1, Math.min(5, n - 3))
                    .flatMap(
                        seats ->
                            range(1, Math.min(3, n - 2 - seats))
                                .flatMap(
                                    surplus ->
                                        intArrays(constant(n * SLOTS), range(0, 99))
                                            .zip(
                                                range(0, 3),
                                                range(0, 19),
                                                (data, policies, extra) ->
                                                    election(
                                                        n, seats, surplus, data, policies,
                                                        extra)))));
  }

  static Election election(int n, int seats, int surplus, int[] data, int policies, int extra) {
    ElectionRules rules =
        ElectionRules.builder()
            .memberSeats(seats)
            .voidBallots(
                (policies & 1) == 0 ? VoidBallotPolicy.COUNTED_AS_VOTED : VoidBallotPolicy.EXCLUDED)
            .higherOfficeVotes(
                (policies & 2) == 0 ? HigherOfficeVotes.NOT_ADDED : HigherOfficeVotes.ADDED)
            .build();
    Electorate electorate = ElectionFixtures.electorate(n);
    ImmutableList<ResidentId> leaders = ImmutableList.copyOf(vs(1, 2));
    ImmutableList<ResidentId> members = ImmutableList.copyOf(vs(3, 2 + seats + surplus));
    CandidateSlate slate = ElectionFixtures.slate(rules, electorate, leaders, members);
    List<ResidentId> people = new ArrayList<>(vs(1, n));
    people.addAll(List.of(MINOR, DEPRIVED, ELSEWHERE, NEWCOMER));

    List<Attendance> pollBook = new ArrayList<>();
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int at = i * SLOTS;
      if (data[at] >= 85) {
        continue;
      }
      pollBook.add(Attendance.inPerson(v(i + 1)));
      if (data[at] >= 80) {
        pollBook.add(Attendance.inPerson(v(i + 1)));
      }
      ContestMarks leader = marks(leaders, data, at + 1);
      if (data[at + 13] < 6) {
        leader = writeIn(leader, people.get(data[at + 14] % people.size()));
      }
      ContestMarks member = marks(members, data, at + 3);
      if (data[at + 11] < 12) {
        member = writeIn(member, people.get(data[at + 12] % people.size()));
      }
      if (data[at + 15] >= 5) {
        ballots.add(Ballot.of(ImmutableMap.of(Contest.LEADER, leader, Contest.MEMBERS, member)));
      }
    }
    if (extra == 0) {
      ballots.add(Ballot.blank());
    }
    return new Election(
        rules, electorate, slate, Round.of(pollBook, List.of(), ballots), leaders, members);
  }

  private static ContestMarks marks(List<ResidentId> candidates, int[] data, int from) {
    Map<ResidentId, Mark> marks = new LinkedHashMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      int d = data[from + c];
      if (d < 40) {
        marks.put(candidates.get(c), Mark.FOR);
      } else if (d < 55) {
        marks.put(candidates.get(c), Mark.AGAINST);
      } else if (d < 60) {
        marks.put(candidates.get(c), Mark.ABSTAIN);
      }
    }
    return new ContestMarks(ImmutableMap.copyOf(marks), ImmutableSet.of());
  }

  /** The marks with {@code who} written in, unless {@code who} is already marked. */
  private static ContestMarks writeIn(ContestMarks marks, ResidentId who) {
    return marks.marks().containsKey(who) ? marks : marks.withWriteIns(List.of(who));
  }
}
