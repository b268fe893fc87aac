package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.election.rules.ApprovalProfile;
import io.github.tongxin.governance.election.rules.Committee;
import io.github.tongxin.governance.election.rules.CommitteeRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ballots of one contest as an approval profile, so that the same election can be recounted
 * under any {@link CommitteeRule}: each ballot approves the candidates it marks {@link Mark#FOR}
 * and the registered voters it writes in.
 *
 * <p>Candidates are numbered in slate order, then write-ins in id order. Every ballot collected
 * becomes one approval ballot, including ballots the statutory count voids for marking more
 * people than seats (approval rules have no such limit). Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * ApprovalRecount recount = ApprovalRecount.of(Contest.MEMBERS, slate, electorate, round.ballots());
 * recount.recount(CommitteeRules.byId("seqphragmen").orElseThrow(), 5); // residents elected
 * }</pre>
 *
 * @param candidates the candidates, by index in the profile
 * @param profile the approval ballots
 * @since 0.1.0
 */
public record ApprovalRecount(ImmutableList<ResidentId> candidates, ApprovalProfile profile) {
  /**
   * Creates a recount.
   *
   * @param candidates the candidates, by index; distinct, as many as the profile's candidates
   * @param profile the ballots
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the numbers of candidates differ or a candidate repeats
   */
  public ApprovalRecount {
    candidates = ImmutableList.copyOf(checkNotNull(candidates, "candidates"));
    checkNotNull(profile, "profile");
    checkArgument(
        candidates.size() == profile.candidates(),
        "%s candidates for a profile of %s",
        candidates.size(),
        profile.candidates());
    checkArgument(
        new TreeSet<>(candidates).size() == candidates.size(), "candidates repeat: %s", candidates);
  }

  /**
   * The approval profile of a contest's ballots.
   *
   * @param contest the contest
   * @param slate the slate holding the contest's candidates
   * @param electorate the register (write-ins of others are left out)
   * @param ballots the ballots collected
   * @return the recount
   * @throws NullPointerException if an argument or ballot is null
   * @throws IllegalArgumentException if the slate has no candidates for the contest and no
   *     ballot writes anyone in
   */
  public static ApprovalRecount of(
      Contest contest, CandidateSlate slate, Electorate electorate, Iterable<Ballot> ballots) {
    checkNotNull(contest, "contest");
    checkNotNull(slate, "slate");
    checkNotNull(electorate, "electorate");
    ImmutableList<Ballot> list = ImmutableList.copyOf(checkNotNull(ballots, "ballots"));
    ImmutableList<ResidentId> listed = slate.candidates(contest);
    List<ResidentId> order = new ArrayList<>(listed);
    TreeSet<ResidentId> writeIns = new TreeSet<>();
    for (Ballot ballot : list) {
      for (ResidentId w : ballot.marks(contest).writeIns()) {
        if (electorate.contains(w) && !order.contains(w)) {
          writeIns.add(w);
        }
      }
    }
    order.addAll(writeIns);
    checkArgument(!order.isEmpty(), "contest %s has no candidates to recount", contest);
    Map<ResidentId, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i), i);
    }
    List<List<Integer>> approvals = new ArrayList<>();
    for (Ballot ballot : list) {
      List<Integer> approved = new ArrayList<>();
      ContestMarks marks = ballot.marks(contest);
      marks.marks().forEach(
          (who, mark) -> {
            // Only candidates of the slate: a mark for anyone else is ignored, as in the count,
            // even if other ballots write that person in.
            if (mark == Mark.FOR && listed.contains(who)) {
              approved.add(index.get(who));
            }
          });
      for (ResidentId w : marks.writeIns()) {
        if (index.containsKey(w) && !approved.contains(index.get(w))) {
          approved.add(index.get(w));
        }
      }
      approvals.add(approved);
    }
    return new ApprovalRecount(ImmutableList.copyOf(order), ApprovalProfile.of(order.size(), approvals));
  }

  /**
   * The residents of a committee.
   *
   * @param committee a committee over this profile's candidates
   * @return its members, in index order
   * @throws NullPointerException if {@code committee} is null
   * @throws IllegalArgumentException if an index is out of range
   */
  public ImmutableList<ResidentId> members(Committee committee) {
    checkNotNull(committee, "committee");
    ImmutableList.Builder<ResidentId> result = ImmutableList.builder();
    for (int c : committee.members()) {
      checkArgument(c < candidates.size(), "candidate index %s out of range 0..%s", c, candidates.size() - 1);
      result.add(candidates.get(c));
    }
    return result.build();
  }

  /**
   * Recounts under a rule (resolute).
   *
   * @param rule the committee rule
   * @param seats the committee size; 1..the number of candidates
   * @return the residents elected, in index order
   * @throws NullPointerException if {@code rule} is null
   * @throws IllegalArgumentException if {@code seats} is out of range
   */
  public ImmutableList<ResidentId> recount(CommitteeRule rule, int seats) {
    checkNotNull(rule, "rule");
    return members(rule.resolute(profile, seats));
  }
}
