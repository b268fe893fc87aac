package io.github.tongxin.governance.election.rules;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.election.rules.PhragmenSearch.Input;
import io.github.tongxin.governance.election.rules.PhragmenSearch.Memo;
import io.github.tongxin.governance.election.rules.PhragmenSearch.Node;
import io.github.tongxin.governance.internal.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The rules of the Phragmén and Equal Shares family, registered in {@link CommitteeRules}. Each
 * is defined exactly as in abcvoting ({@code abcvoting/abcrules.py}, Lackner et al.), with exact
 * rational arithmetic in every decision; see the process classes for each rule's definition.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>id</th><th>rule</th><th>class</th></tr>
 *   <tr><td>{@code seqphragmen}</td><td>Phragmén's sequential rule</td>
 *       <td>{@link SeqPhragmenProcess}</td></tr>
 *   <tr><td>{@code equal-shares}</td><td>Method of Equal Shares, completed by seq-Phragmén</td>
 *       <td>{@link EqualSharesProcess}, then {@link SeqPhragmenProcess#completing}</td></tr>
 *   <tr><td>{@code equal-shares-with-av-completion}</td><td>Method of Equal Shares, completed
 *       by approval voting</td><td>{@link EqualSharesProcess}, then {@link
 *       EqualShares#approvalVotingCompletion}</td></tr>
 *   <tr><td>{@code equal-shares-with-increment-completion}</td><td>Method of Equal Shares with
 *       the budget of a larger virtual committee (resolute only)</td>
 *       <td>{@link EqualSharesIncrement}</td></tr>
 *   <tr><td>{@code equal-shares-without-completion}</td><td>Method of Equal Shares alone: may
 *       elect fewer than k</td><td>{@link EqualSharesProcess}</td></tr>
 *   <tr><td>{@code phragmen-enestroem}</td><td>Phragmén–Eneström method</td>
 *       <td>{@link EnestroemProcess}</td></tr>
 *   <tr><td>{@code maximin-support}</td><td>maximin support method</td>
 *       <td>{@link MaximinSupportProcess}</td></tr>
 *   <tr><td>{@code minimaxphragmen}</td><td>Phragmén's minimax rule (voter weights of at least
 *       1 only)</td><td>{@link MinimaxPhragmen}</td></tr>
 * </table>
 *
 * <p>Resolute: the branch that always elects the lowest-index best candidate (abcvoting's default
 * tie-breaking). Irresolute: every committee that some tie-breaking produces, including ties
 * inside the Equal Shares rounds and inside each completion ("parallel universes").
 *
 * <p>Arithmetic is exact, as abcvoting's {@code standard-fractions} algorithms; abcvoting's default
 * {@code float-fractions} compares floats with a tolerance of 1e-12 (1e-7 for maximin support's
 * LP values), so on near-ties that are not ties it can differ from the exact answer. Beyond that,
 * these rules differ from abcvoting only in corner cases: (1) abcvoting's seq-Phragmén gives
 * members of the committee the value k + 2, which with voter weights far below 1 can undercut
 * real candidates and re-elect a member; here members are never re-elected. (2) abcvoting's
 * increment completion gives up with an error after the virtual committee size k · W (W the
 * total weight), which with weights below 1 can be too early; here the virtual size keeps growing
 * until a committee of k is found (which it always is). (3) abcvoting picks the resolute committee
 * of the AV completion as the first in its sort order of printed committees, which for candidate
 * indices of 10 and above is not numeric; here it is the lexicographically smallest committee by
 * candidate index, consistent with {@link CommitteeRule}. (4) A profile without voters, which
 * abcvoting rejects, is treated as one where nobody approves anyone. (5) maximin support computes
 * with {@code long} integers and rejects (IllegalArgumentException) voter weights whose integer
 * scaling totals 2^61 / (candidates + 1) or more.
 */
final class PhragmenFamily {
  private PhragmenFamily() {}

  static ImmutableList<CommitteeRule> rules() {
    return ImmutableList.of(
        new SequentialProcessRule(
            "seqphragmen",
            "序贯Phragmén法",
            "Phragmén's Sequential Rule (seq-Phragmén)",
            SeqPhragmenProcess::start),
        new EqualShares(
            "equal-shares",
            "等份额法（序贯Phragmén补足）",
            "Method of Equal Shares (MES) with seq-Phragmén completion",
            EqualShares.Completion.SEQ_PHRAGMEN),
        new EqualShares(
            "equal-shares-with-av-completion",
            "等份额法（认可投票补足）",
            "Method of Equal Shares (MES) with AV completion",
            EqualShares.Completion.APPROVAL_VOTING),
        new EqualSharesIncrement(),
        new EqualShares(
            "equal-shares-without-completion",
            "等份额法（不补足）",
            "Method of Equal Shares (MES) without completion",
            EqualShares.Completion.NONE),
        new SequentialProcessRule(
            "phragmen-enestroem",
            "Phragmén–Eneström法",
            "Method of Phragmén-Eneström",
            EnestroemProcess::start),
        new MaximinSupport(),
        new MinimaxPhragmenRule());
  }

  /** Id and names shared by the rules of this family. */
  private abstract static class Rule implements CommitteeRule {
    private final String id;
    private final String chineseName;
    private final String englishName;

    Rule(String id, String chineseName, String englishName) {
      this.id = id;
      this.chineseName = chineseName;
      this.englishName = englishName;
    }

    @Override
    public final String id() {
      return id;
    }

    @Override
    public boolean isResoluteOnly() {
      return false;
    }

    @Override
    public final String chineseName() {
      return chineseName;
    }

    @Override
    public final String englishName() {
      return englishName;
    }

    @Override
    public final String toString() {
      return id;
    }
  }

  /** Collects committees, sorted and without duplicates. */
  private static ImmutableList<Committee> sorted(TreeSet<Committee> committees) {
    return ImmutableList.copyOf(committees);
  }

  /**
   * A rule that is one sequential process searched by {@link PhragmenSearch}: {@code seqphragmen}
   * (Phragmén's sequential rule) and {@code phragmen-enestroem} (the Phragmén–Eneström method).
   */
  static final class SequentialProcessRule extends Rule {
    /** Starts the rule's process for a profile and a committee size. */
    @FunctionalInterface
    interface Start {
      Node start(Input input, int committeeSize);
    }

    private final Start start;

    SequentialProcessRule(String id, String chineseName, String englishName, Start start) {
      super(id, chineseName, englishName);
      this.start = start;
    }

    @Override
    public Committee resolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      return PhragmenSearch.resolute(start.start(new Input(profile), committeeSize), committeeSize)
          .committee();
    }

    @Override
    public ImmutableList<Committee> irresolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      TreeSet<Committee> result = new TreeSet<>();
      PhragmenSearch.irresolute(
          start.start(new Input(profile), committeeSize),
          committeeSize,
          new Memo(),
          node -> result.add(node.committee()));
      return sorted(result);
    }
  }

  /** {@code maximin-support}: the maximin support method. */
  static final class MaximinSupport extends Rule {
    MaximinSupport() {
      super("maximin-support", "最大最小支持法", "Maximin Support Method");
    }

    @Override
    public Committee resolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      return new MaximinSupportProcess(profile).resolute(committeeSize);
    }

    @Override
    public ImmutableList<Committee> irresolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      return new MaximinSupportProcess(profile).irresolute(committeeSize);
    }
  }

  /** {@code minimaxphragmen}: Phragmén's minimax rule. */
  static final class MinimaxPhragmenRule extends Rule {
    MinimaxPhragmenRule() {
      super("minimaxphragmen", "最小最大负载Phragmén法", "Phragmén's Minimax Rule (minimax-Phragmén)");
    }

    @Override
    public Committee resolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      return MinimaxPhragmen.first(profile, committeeSize);
    }

    @Override
    public ImmutableList<Committee> irresolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      return MinimaxPhragmen.all(profile, committeeSize);
    }
  }

  /**
   * The Method of Equal Shares with budget k per unit of total weight, then a completion for the
   * seats left when no candidate is affordable.
   */
  static final class EqualShares extends Rule {
    /** How the seats left after the Equal Shares phase are filled. */
    enum Completion {
      /** seq-Phragmén from loads {@code -budget / weight} (abcvoting's default). */
      SEQ_PHRAGMEN,
      /** approval voting, as abcvoting's {@code av_phase}. */
      APPROVAL_VOTING,
      /** not at all: the committee may have fewer than k members. */
      NONE
    }

    private final Completion completion;

    EqualShares(String id, String chineseName, String englishName, Completion completion) {
      super(id, chineseName, englishName);
      this.completion = completion;
    }

    @Override
    public Committee resolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      Input input = new Input(profile);
      Node end = PhragmenSearch.resolute(EqualSharesProcess.start(input, committeeSize), committeeSize);
      if (end.size == committeeSize) {
        return end.committee();
      }
      switch (completion) {
        case SEQ_PHRAGMEN:
          return PhragmenSearch.resolute(SeqPhragmenProcess.completing(end, committeeSize), committeeSize)
              .committee();
        case APPROVAL_VOTING:
          return approvalVotingCompletion(input, end.memberArray(), committeeSize, true).get(0);
        case NONE:
          return end.committee();
      }
      throw new AssertionError(completion);
    }

    @Override
    public ImmutableList<Committee> irresolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      Input input = new Input(profile);
      TreeSet<Committee> result = new TreeSet<>();
      Memo completionMemo = new Memo();
      PhragmenSearch.irresolute(
          EqualSharesProcess.start(input, committeeSize),
          committeeSize,
          new Memo(),
          end -> {
            if (end.size == committeeSize || completion == Completion.NONE) {
              result.add(end.committee());
            } else if (completion == Completion.SEQ_PHRAGMEN) {
              PhragmenSearch.irresolute(
                  SeqPhragmenProcess.completing(end, committeeSize),
                  committeeSize,
                  completionMemo,
                  node -> result.add(node.committee()));
            } else {
              result.addAll(
                  approvalVotingCompletion(input, end.memberArray(), committeeSize, false));
            }
          });
      return sorted(result);
    }

    /**
     * abcvoting's {@code av_phase}: for s = k - |W|, k - |W| + 1, ..., the approval-voting
     * committees of size s (all top-s sets by approval weight, every way of breaking the tie at
     * the cut-off); the first s for which some of them completes W to exactly k members gives the
     * result: every such completion, or (resolute) the lexicographically smallest one.
     */
    static List<Committee> approvalVotingCompletion(
        Input input, int[] committee, int committeeSize, boolean firstOnly) {
      int m = input.candidates;
      boolean[] inCommittee = new boolean[m];
      for (int c : committee) {
        inCommittee[c] = true;
      }
      Rational[] score = input.exactApprovalWeight;
      Integer[] byScore = new Integer[m];
      for (int c = 0; c < m; c++) {
        byScore[c] = c;
      }
      Arrays.sort(byScore, (x, y) -> score[y].compareTo(score[x]));
      for (int s = committeeSize - committee.length; s <= m; s++) {
        Rational cutoff = score[byScore[s - 1]];
        List<Integer> base = new ArrayList<>();
        List<Integer> atCutoff = new ArrayList<>();
        for (int c = 0; c < m; c++) {
          int order = score[c].compareTo(cutoff);
          if (order > 0) {
            base.add(c);
          } else if (order == 0) {
            atCutoff.add(c);
          }
        }
        int missing = s - base.size();
        if (atCutoff.size() == missing) {
          base.addAll(atCutoff);
          atCutoff.clear();
          missing = 0;
        }
        boolean[] inBase = inCommittee.clone();
        int baseSize = committee.length;
        for (int c : base) {
          if (!inBase[c]) {
            inBase[c] = true;
            baseSize++;
          }
        }
        List<Integer> outside = new ArrayList<>();
        for (int c : atCutoff) {
          if (!inCommittee[c]) {
            outside.add(c);
          }
        }
        int inside = atCutoff.size() - outside.size();
        int need = committeeSize - baseSize;
        if (need < 0 || need > missing || missing - need > inside || need > outside.size()) {
          continue;
        }
        List<Committee> result = new ArrayList<>();
        int[] chosen = new int[need];
        addCompletions(inBase, outside, chosen, 0, 0, firstOnly, result);
        return result;
      }
      throw new AssertionError("approval voting completion found no committee");
    }

    /** Adds base ∪ X for every X ⊆ {@code outside} of size {@code chosen.length}, in order. */
    private static void addCompletions(
        boolean[] base,
        List<Integer> outside,
        int[] chosen,
        int filled,
        int from,
        boolean firstOnly,
        List<Committee> result) {
      if (firstOnly && !result.isEmpty()) {
        return;
      }
      if (filled == chosen.length) {
        List<Integer> members = new ArrayList<>();
        for (int c = 0; c < base.length; c++) {
          if (base[c]) {
            members.add(c);
          }
        }
        for (int c : chosen) {
          members.add(c);
        }
        result.add(Committee.of(members));
        return;
      }
      for (int i = from; i <= outside.size() - (chosen.length - filled); i++) {
        chosen[filled] = outside.get(i);
        addCompletions(base, outside, chosen, filled + 1, i + 1, firstOnly, result);
      }
    }
  }

  /**
   * {@code equal-shares-with-increment-completion}: the Method of Equal Shares (without
   * completion) with the budget of a virtual committee size k, k + 1, k + 2, ..., until it elects
   * k candidates. Defined only as resolute, as in abcvoting.
   */
  static final class EqualSharesIncrement extends Rule {
    EqualSharesIncrement() {
      super(
          "equal-shares-with-increment-completion",
          "等份额法（递增补足）",
          "Method of Equal Shares (MES) with increment completion");
    }

    @Override
    public boolean isResoluteOnly() {
      return true;
    }

    @Override
    public Committee resolute(ApprovalProfile profile, int committeeSize) {
      CommitteeRules.checkArguments(profile, committeeSize);
      Input input = new Input(profile);
      int approved = 0;
      for (int[] voters : input.approvers) {
        if (voters.length > 0) {
          approved++;
        }
      }
      if (approved < committeeSize) {
        // As abcvoting: every approved candidate, then the unapproved ones by index (resolute AV).
        int[] members = new int[committeeSize];
        int filled = 0;
        for (int c = 0; c < input.candidates && filled < committeeSize; c++) {
          if (input.approvers[c].length > 0) {
            members[filled++] = c;
          }
        }
        for (int c = 0; c < input.candidates && filled < committeeSize; c++) {
          if (input.approvers[c].length == 0) {
            members[filled++] = c;
          }
        }
        return Committee.of(members);
      }
      // Terminates: once every voter's budget is at least k, each approved candidate stays
      // affordable until k are elected.
      for (long virtualSize = committeeSize; ; virtualSize++) {
        Node end =
            PhragmenSearch.resolute(EqualSharesProcess.start(input, virtualSize), committeeSize);
        if (end.size == committeeSize) {
          return end.committee();
        }
      }
    }

    @Override
    public ImmutableList<Committee> irresolute(ApprovalProfile profile, int committeeSize) {
      throw new IllegalStateException(
          id() + " is defined only as a resolute rule (as in abcvoting)");
    }
  }
}
