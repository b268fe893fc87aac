package io.github.tongxin.governance.election.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Example elections for the rules of {@link PhragmenFamily}, each worked out by hand with exact
 * fractions (the working is in the comments).
 */
class PhragmenFamilyTest {
  private static CommitteeRule rule(String id) {
    return CommitteeRules.byId(id).orElseThrow();
  }

  private static ApprovalProfile profile(int candidates, int[]... ballots) {
    List<List<Integer>> list = new ArrayList<>();
    for (int[] ballot : ballots) {
      List<Integer> marks = new ArrayList<>();
      for (int c : ballot) {
        marks.add(c);
      }
      list.add(marks);
    }
    return ApprovalProfile.of(candidates, list);
  }

  private static ApprovalProfile weighted(ApprovalProfile profile, String... weights) {
    List<BigDecimal> list = new ArrayList<>();
    for (String w : weights) {
      list.add(new BigDecimal(w));
    }
    return profile.withWeights(list);
  }

  /**
   * Six voters, k = 3: {0,1} ×3, {2} ×2, {3}. Shared by several examples; a tie between 0 and 1
   * and a candidate (2) whose supporters can pay exactly one seat.
   */
  private static final ApprovalProfile SIX =
      profile(4, new int[] {0, 1}, new int[] {0, 1}, new int[] {0, 1}, new int[] {2}, new int[] {2}, new int[] {3});

  @Test
  void registersTheFamilyWithBilingualNames() {
    assertThat(CommitteeRules.ids())
        .contains(
            "seqphragmen",
            "equal-shares",
            "equal-shares-with-av-completion",
            "equal-shares-with-increment-completion",
            "equal-shares-without-completion",
            "phragmen-enestroem",
            "maximin-support",
            "minimaxphragmen");
    assertThat(rule("seqphragmen").chineseName()).isEqualTo("序贯Phragmén法");
    assertThat(rule("seqphragmen").englishName()).isEqualTo("Phragmén's Sequential Rule (seq-Phragmén)");
    assertThat(rule("maximin-support").bilingualName()).isEqualTo("最大最小支持法 Maximin Support Method");
    assertThat(rule("phragmen-enestroem")).hasToString("phragmen-enestroem");
    assertThat(rule("equal-shares-with-increment-completion").isResoluteOnly()).isTrue();
    assertThat(rule("equal-shares").isResoluteOnly()).isFalse();
  }

  // ---- seq-Phragmén ----

  @Test
  void seqPhragmenSpreadsTheLoad() {
    // {0,1} ×2, {0,2}, {2}, {3}; k = 3.
    // Round 1: 0 -> 1/3, 1 -> 1/2, 2 -> 1/2, 3 -> 1: elect 0, loads of voters 0-2 become 1/3.
    // Round 2: 1 -> (1/3 + 1/3 + 1)/2 = 5/6, 2 -> (1/3 + 0 + 1)/2 = 2/3, 3 -> 1: elect 2.
    // Round 3: 1 -> 5/6, 3 -> 1: elect 1.
    ApprovalProfile p =
        profile(4, new int[] {0, 1}, new int[] {0, 1}, new int[] {0, 2}, new int[] {2}, new int[] {3});
    assertThat(rule("seqphragmen").resolute(p, 3)).isEqualTo(Committee.of(0, 1, 2));
    assertThat(rule("seqphragmen").irresolute(p, 3)).containsExactly(Committee.of(0, 1, 2));
  }

  @Test
  void seqPhragmenExploresEveryTie() {
    // {0}, {1}, {2}; k = 2: every value is 1 in round 1, and again in round 2.
    ApprovalProfile p = profile(3, new int[] {0}, new int[] {1}, new int[] {2});
    assertThat(rule("seqphragmen").resolute(p, 2)).isEqualTo(Committee.of(0, 1));
    assertThat(rule("seqphragmen").irresolute(p, 2))
        .containsExactly(Committee.of(0, 1), Committee.of(0, 2), Committee.of(1, 2));
  }

  @Test
  void seqPhragmenGivesUnapprovedCandidatesTheValueKPlusOne() {
    // {0}; k = 2, three candidates: 0 -> 1, then 1 and 2 both -> k + 1 = 3.
    ApprovalProfile p = profile(3, new int[] {0});
    assertThat(rule("seqphragmen").irresolute(p, 2)).containsExactly(Committee.of(0, 1), Committee.of(0, 2));
  }

  @Test
  void seqPhragmenCountsWeights() {
    // {0} with weight 3, {1} ×2; k = 1: 0 -> 1/3 beats 1 -> 1/2. Unweighted, 0 -> 1 loses.
    ApprovalProfile p = profile(2, new int[] {0}, new int[] {1}, new int[] {1});
    assertThat(rule("seqphragmen").resolute(p, 1)).isEqualTo(Committee.of(1));
    assertThat(rule("seqphragmen").resolute(weighted(p, "3", "1", "1"), 1)).isEqualTo(Committee.of(0));
  }

  // ---- Method of Equal Shares ----

  @Test
  void equalSharesWithoutCompletionMayElectFewer() {
    // SIX, k = 3: budgets 1/2. Round 1: 0 and 1 cost 1/3 each (all rich), 2 costs 1/2, 3 is
    // unaffordable (1/2 < 1): tie 0/1. Electing 0 leaves {0,1}-voters 1/6. Round 2: 1 has 1/2 < 1,
    // 2 costs 1/2: elect 2, its voters are left with 0. Round 3: nothing is affordable.
    ImmutableList<Committee> all = rule("equal-shares-without-completion").irresolute(SIX, 3);
    assertThat(all).containsExactly(Committee.of(0, 2), Committee.of(1, 2));
    assertThat(rule("equal-shares-without-completion").resolute(SIX, 3)).isEqualTo(Committee.of(0, 2));
  }

  @Test
  void equalSharesCompletesWithSeqPhragmenFromTheLeftoverBudgets() {
    // After {0,2}: loads -budget: {0,1}-voters -1/6, {2}-voters 0, {3}-voter -1/2.
    // 1 -> (3 * (-1/6) + 1)/3 = 1/6, 3 -> (-1/2 + 1)/1 = 1/2: elect 1. Symmetric after {1,2}.
    assertThat(rule("equal-shares").resolute(SIX, 3)).isEqualTo(Committee.of(0, 1, 2));
    assertThat(rule("equal-shares").irresolute(SIX, 3)).containsExactly(Committee.of(0, 1, 2));
  }

  @Test
  void equalSharesCompletesWithApprovalVoting() {
    // After {0,2}: one seat left; the approval-voting committees of size 1 are {0} and {1}
    // (3 approvals each). {0} adds nothing to {0,2}; {1} completes it to {0,1,2}.
    assertThat(rule("equal-shares-with-av-completion").resolute(SIX, 3)).isEqualTo(Committee.of(0, 1, 2));
    assertThat(rule("equal-shares-with-av-completion").irresolute(SIX, 3))
        .containsExactly(Committee.of(0, 1, 2));
  }

  @Test
  void approvalVotingCompletionGrowsTheApprovalVotingCommitteeUntilItFits() {
    // {0,1} ×3, {0}: k = 3, budgets 3/4. Round 1: 0 costs 1/4 (4 approvers), 1 costs 1/3: elect 0;
    // budgets 1/2 for the {0,1}-voters, 1/2 for the {0}-voter. Round 2: 1 costs 1/3: elect it;
    // budgets 1/6, 1/6, 1/6, 1/2. Round 3: 2 and 3 have no approvers: the phase ends at {0,1}.
    // AV committees of size 1: {0}; {0} ∪ {0,1} has 2 members. Size 2: {0,1}: still 2. Size 3:
    // {0,1,2} and {0,1,3} (2 and 3 tie at 0 approvals): both complete {0,1}.
    ApprovalProfile p = profile(4, new int[] {0, 1}, new int[] {0, 1}, new int[] {0, 1}, new int[] {0});
    assertThat(rule("equal-shares-with-av-completion").irresolute(p, 3))
        .containsExactly(Committee.of(0, 1, 2), Committee.of(0, 1, 3));
    assertThat(rule("equal-shares-with-av-completion").resolute(p, 3)).isEqualTo(Committee.of(0, 1, 2));
  }

  @Test
  void equalSharesWithIncrementCompletionRaisesTheBudget() {
    // Virtual size 3 elects {0,2} only (above). Virtual size 4: budgets 2/3. Round 1: 0 and 1 cost
    // 1/3, 2 costs 1/2, 3 is unaffordable: elect 0, {0,1}-voters keep 1/3. Round 2: 1 costs 1/3
    // (everyone pays all they have): elect 1. Round 3: 2 costs 1/2: three members.
    assertThat(rule("equal-shares-with-increment-completion").resolute(SIX, 3))
        .isEqualTo(Committee.of(0, 1, 2));
    assertThatThrownBy(() -> rule("equal-shares-with-increment-completion").irresolute(SIX, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("resolute");
  }

  @Test
  void equalSharesWithIncrementCompletionFillsWithUnapprovedCandidatesWhenTooFewAreApproved() {
    // Only 1 and 3 are approved, k = 3: as abcvoting, approval voting with ties to the lowest index.
    ApprovalProfile p = profile(5, new int[] {1}, new int[] {3}, new int[] {});
    assertThat(rule("equal-shares-with-increment-completion").resolute(p, 3)).isEqualTo(Committee.of(0, 1, 3));
  }

  @Test
  void equalSharesCountsWeights() {
    // {0} with weight 3, {1} ×2; k = 1; W = 5, so budgets are weight / 5: 3/5 and 1/5, 1/5.
    // Nothing is affordable (3/5 < 1, 2/5 < 1). Loads -budget/weight = -1/5 for everyone:
    // 0 -> (3 * (-1/5) + 1)/3 = 2/15, 1 -> (2 * (-1/5) + 1)/2 = 3/10: elect 0.
    // Unweighted, loads are -1/3: 0 -> 2/3, 1 -> 1/6: elect 1.
    ApprovalProfile p = profile(2, new int[] {0}, new int[] {1}, new int[] {1});
    assertThat(rule("equal-shares").resolute(p, 1)).isEqualTo(Committee.of(1));
    assertThat(rule("equal-shares").resolute(weighted(p, "3", "1", "1"), 1)).isEqualTo(Committee.of(0));
  }

  @Test
  void equalSharesLetsPoorVotersPayWhatTheyHave() {
    // {0,1}, {0} ×3, {1,2} ×2; k = 3: budgets 1/2.
    // Round 1: 0 costs 1/4 (four approvers, all rich), 1 costs 1/3, 2 costs 1/2: elect 0; the
    // {0,1}-voter and the {0}-voters keep 1/4.
    // Round 2: 1 has 1/4 + 1/2 + 1/2 = 5/4. At q = 1/3 the {0,1}-voter (1/4) is poor and pays
    // everything; the others then pay q = (1 - 1/4) / 2 = 3/8 <= 1/2 each. 2 costs 1/2. Elect 1;
    // the {1,2}-voters keep 1/8.
    // Round 3: 2 has 1/8 + 1/8 < 1: nothing is affordable, the phase ends at {0,1}.
    ApprovalProfile p =
        profile(
            3,
            new int[] {0, 1},
            new int[] {0},
            new int[] {0},
            new int[] {0},
            new int[] {1, 2},
            new int[] {1, 2});
    assertThat(rule("equal-shares-without-completion").irresolute(p, 3)).containsExactly(Committee.of(0, 1));
    assertThat(rule("equal-shares").resolute(p, 3)).isEqualTo(Committee.of(0, 1, 2));
  }

  // ---- Phragmén–Eneström ----

  @Test
  void phragmenEnestroemChargesThePriceOfASeat() {
    // SIX, k = 3: price 6/3 = 2, budgets 1. Round 1: supports 3, 3, 2, 1: tie 0/1. Electing 0
    // multiplies its voters' budgets by (3 - 2)/3 = 1/3. Round 2: supports 1 -> 1, 2 -> 2, 3 -> 1:
    // elect 2; its support equals the price (not above it), so its voters' budgets drop to 0.
    // Round 3: 1 and 3 tie at support 1. Symmetric when 1 is elected first.
    assertThat(rule("phragmen-enestroem").resolute(SIX, 3)).isEqualTo(Committee.of(0, 1, 2));
    assertThat(rule("phragmen-enestroem").irresolute(SIX, 3))
        .containsExactly(Committee.of(0, 1, 2), Committee.of(0, 2, 3), Committee.of(1, 2, 3));
  }

  // ---- maximin support ----

  @Test
  void maximinSupportMaximisesTheWeakestSupport() {
    // SIX, k = 3. Round 1: supports 3, 3, 2, 1: tie 0/1, elect 0.
    // Round 2: {0,1} -> min(3, 3, 3/2) = 3/2 (three voters for two seats); {0,2} -> min(3, 2,
    // 5/2) = 2; {0,3} -> 1: elect 2. Round 3: {0,1,2} -> 3/2, {0,2,3} -> 1: elect 1.
    assertThat(rule("maximin-support").resolute(SIX, 3)).isEqualTo(Committee.of(0, 1, 2));
    assertThat(rule("maximin-support").irresolute(SIX, 3)).containsExactly(Committee.of(0, 1, 2));
  }

  @Test
  void maximinSupportSplitsVotersBetweenMembers() {
    // {0,1}, {1}, {2} ×2 with k = 2. Round 1: 2 has support 2, 1 has 2, 0 has 1: tie 1/2.
    // After 1: {0,1} -> min(1, 2, 2/2) = 1; {1,2} -> min(2, 2, 4/2) = 2: elect 2.
    // After 2: {0,2} -> min(1, 2, 3/2) = 1; {1,2} -> 2: elect 1. One committee either way.
    ApprovalProfile p = profile(3, new int[] {0, 1}, new int[] {1}, new int[] {2}, new int[] {2});
    assertThat(rule("maximin-support").irresolute(p, 2)).containsExactly(Committee.of(1, 2));
  }

  @Test
  void maximinSupportCountsDecimalWeights() {
    // {0} with weight 1.5, {1} with weight 1; k = 1: support 3/2 beats 1.
    ApprovalProfile p = weighted(profile(2, new int[] {0}, new int[] {1}), "1.5", "1");
    assertThat(rule("maximin-support").resolute(p, 1)).isEqualTo(Committee.of(0));
  }

  @Test
  void maximinSupportRejectsWeightsTooFineForExactLongArithmetic() {
    ApprovalProfile p = weighted(profile(2, new int[] {0}, new int[] {1}), "1E+18", "0.001");
    assertThatThrownBy(() -> rule("maximin-support").resolute(p, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maximin-support");
  }

  // ---- minimax-Phragmén ----

  @Test
  void minimaxPhragmenMinimisesTheLargestLoad() {
    // SIX, k = 3. {0,1,2}: the {0,1}-voters carry two seats (2/3 each), the {2}-voters one seat
    // (1/2 each): largest load 2/3. Any committee with 3 leaves its single voter a whole seat
    // (load 1). So {0,1,2} alone.
    assertThat(rule("minimaxphragmen").irresolute(SIX, 3)).containsExactly(Committee.of(0, 1, 2));
    assertThat(rule("minimaxphragmen").resolute(SIX, 3)).isEqualTo(Committee.of(0, 1, 2));
  }

  @Test
  void minimaxPhragmenListsEveryOptimalCommittee() {
    // {0}, {1}, {2}; k = 2: every pair puts a whole seat on each of two voters (largest load 1).
    ApprovalProfile p = profile(3, new int[] {0}, new int[] {1}, new int[] {2});
    assertThat(rule("minimaxphragmen").irresolute(p, 2))
        .containsExactly(Committee.of(0, 1), Committee.of(0, 2), Committee.of(1, 2));
    assertThat(rule("minimaxphragmen").resolute(p, 2)).isEqualTo(Committee.of(0, 1));
  }

  @Test
  void minimaxPhragmenAddsUnapprovedCandidatesOnlyWhenTooFewAreApproved() {
    // Only 1 is approved, k = 2: 1 plus any one of 0, 2, 3 (as abcvoting).
    ApprovalProfile p = profile(4, new int[] {1}, new int[] {1});
    assertThat(rule("minimaxphragmen").irresolute(p, 2))
        .containsExactly(Committee.of(0, 1), Committee.of(1, 2), Committee.of(1, 3));
    // 0 and 1 approved, k = 2: {0,1} only; an unapproved member could carry no load.
    ApprovalProfile q = profile(4, new int[] {1}, new int[] {0});
    assertThat(rule("minimaxphragmen").irresolute(q, 2)).containsExactly(Committee.of(0, 1));
  }

  @Test
  void minimaxPhragmenCountsWeightsOfAtLeastOneAndRejectsSmallerOnes() {
    // {0} with weight 3, {1} ×2, {2}; k = 2. Weighted: {0,1} puts 1/3 on voter 0 and 1/2 on the
    // {1}-voters (largest 1/2); {0,2} and {1,2} put a whole seat on the {2}-voter (1). Unweighted,
    // {0,1} puts a whole seat on voter 0 too: all three committees tie at 1.
    ApprovalProfile p = profile(3, new int[] {0}, new int[] {1}, new int[] {1}, new int[] {2});
    assertThat(rule("minimaxphragmen").irresolute(weighted(p, "3", "1", "1", "1"), 2))
        .containsExactly(Committee.of(0, 1));
    assertThat(rule("minimaxphragmen").irresolute(p, 2))
        .containsExactly(Committee.of(0, 1), Committee.of(0, 2), Committee.of(1, 2));
    assertThatThrownBy(() -> rule("minimaxphragmen").resolute(weighted(p, "1", "0.5", "1", "1"), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimaxphragmen needs voter weights of at least 1")
        .hasMessageContaining("voter 1 has weight 0.5");
  }

  // ---- every rule ----

  @Test
  void aProfileWithoutVotersTiesEveryone() {
    // Nobody approves anyone: every committee of two ties; Equal Shares alone elects nobody.
    ApprovalProfile p = ApprovalProfile.of(3, List.of());
    ImmutableList<Committee> all = ImmutableList.of(Committee.of(0, 1), Committee.of(0, 2), Committee.of(1, 2));
    for (String id :
        List.of(
            "seqphragmen",
            "equal-shares",
            "equal-shares-with-av-completion",
            "phragmen-enestroem",
            "maximin-support",
            "minimaxphragmen")) {
      assertThat(rule(id).irresolute(p, 2)).as(id).isEqualTo(all);
      assertThat(rule(id).resolute(p, 2)).as(id).isEqualTo(Committee.of(0, 1));
    }
    assertThat(rule("equal-shares-without-completion").irresolute(p, 2)).containsExactly(Committee.of());
    assertThat(rule("equal-shares-with-increment-completion").resolute(p, 2)).isEqualTo(Committee.of(0, 1));
  }

  @Test
  void manyTiedUnapprovedCandidatesAreEnumeratedOnce() {
    // Only 0 is approved; the other 11 candidates tie for the remaining 5 seats: C(11,5) = 462
    // committees. The search merges the orders in which the same set is reached.
    ApprovalProfile p = profile(12, new int[] {0}, new int[] {0});
    for (String id : List.of("seqphragmen", "equal-shares", "phragmen-enestroem", "maximin-support", "minimaxphragmen")) {
      ImmutableList<Committee> all = rule(id).irresolute(p, 6);
      assertThat(all).as(id).hasSize(462).allSatisfy(c -> assertThat(c.contains(0)).isTrue());
    }
  }

  @Test
  void checksTheArguments() {
    for (CommitteeRule r : PhragmenFamily.rules()) {
      assertThatThrownBy(() -> r.resolute(SIX, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("committeeSize");
      assertThatThrownBy(() -> r.resolute(SIX, 5)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> r.resolute(null, 2)).isInstanceOf(NullPointerException.class);
      if (!r.isResoluteOnly()) {
        assertThatThrownBy(() -> r.irresolute(SIX, 5)).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }
}
