package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.ResidentId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupBudgetTest {
  private static final BuildingGroupId GROUP = BuildingGroupId.of("C01-G01");
  private static final ProjectId PATH = ProjectId.of("P1");
  private static final ProjectId KIOSK = ProjectId.of("P2");
  private static final ProjectId CORNER = ProjectId.of("P3");

  private static List<FundingCandidate> candidates() {
    return List.of(
        new FundingCandidate(PATH, new BigDecimal("48000"), new BigDecimal("12000"), "green-belt path"),
        FundingCandidate.of(KIOSK, new BigDecimal("42000"), "garbage-sorting kiosks"),
        FundingCandidate.of(CORNER, new BigDecimal("12000"), "reading corner"));
  }

  private static Map<ResidentId, List<ProjectId>> approvals() {
    Map<ResidentId, List<ProjectId>> approvals = new LinkedHashMap<>();
    approvals.put(ResidentId.of("R1"), List.of(PATH, KIOSK));
    approvals.put(ResidentId.of("R2"), List.of(PATH));
    approvals.put(ResidentId.of("R3"), List.of(CORNER));
    approvals.put(ResidentId.of("R4"), List.of());
    return approvals;
  }

  @Test
  void chargesTheFundTheCostLessThePledge() {
    PabulibFile pb = GroupBudget.of(GROUP, new BigDecimal("60000"), candidates(), approvals());

    assertThat(pb.instance().budget()).isEqualByComparingTo("60000");
    BudgetProject path = pb.instance().project(PATH);
    assertThat(path.cost()).isEqualByComparingTo("36000");
    assertThat(path.attributes())
        .containsEntry("full_cost", "48000")
        .containsEntry("pledged", "12000")
        .containsEntry("name", "green-belt path");
    assertThat(pb.instance().project(KIOSK).cost()).isEqualByComparingTo("42000");
    assertThat(pb.instance().meta())
        .containsEntry("unit", "C01-G01")
        .containsEntry("currency", "CNY")
        .containsEntry("rule", "unknown");
  }

  @Test
  void residentsBecomeApprovalBallotsInOrder() {
    PabulibFile pb = GroupBudget.of(GROUP, new BigDecimal("60000"), candidates(), approvals());

    assertThat(pb.profile().type()).isEqualTo(VoteType.APPROVAL);
    assertThat(pb.profile().voters()).isEqualTo(4);
    assertThat(pb.profile().ballots().get(0).voter()).isEqualTo("R1");
    assertThat(pb.profile().ballots().get(0).projects()).containsExactly(PATH, KIOSK);
    assertThat(pb.profile().ballots().get(3).projects()).isEmpty();
  }

  @Test
  void equalSharesFundsWhatTheVotersCanPayFor() {
    // ¥60,000 among 4 voters: ¥15,000 each. The path (charged ¥36,000) has two supporters with
    // ¥30,000: not affordable under Equal Shares alone; the reading corner (¥12,000) is paid by
    // R3. add1 raises the shares until the path is affordable; greedy then has nothing left to add.
    PabulibFile pb = GroupBudget.of(GROUP, new BigDecimal("60000"), candidates(), approvals());
    BudgetRule mes = BudgetRules.byId("mes_cost_sat").orElseThrow();
    BudgetOutcome plain = mes.apply(pb.instance(), pb.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();
    assertThat(plain.selectionOrder()).containsExactly(CORNER);
    assertThat(plain.payments().get(2)).containsEntry(CORNER, Fraction.of(new BigDecimal("12000")));

    BudgetRule add1 = BudgetRules.byId("mes_cost_sat_add1_greedy_cost").orElseThrow();
    BudgetOutcome iterated =
        add1.apply(pb.instance(), pb.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();
    assertThat(iterated.winners()).containsExactly(PATH, CORNER);
    assertThat(iterated.totalCost()).isEqualByComparingTo("48000");
    assertThat(iterated.isExhaustive()).isTrue();
  }

  @Test
  void pledgedProjectsCanCostTheFundNothing() {
    List<FundingCandidate> covered =
        List.of(new FundingCandidate(PATH, new BigDecimal("500"), new BigDecimal("500"), "bench"));
    PabulibFile pb =
        GroupBudget.of(GROUP, BigDecimal.ZERO, covered, Map.of(ResidentId.of("R1"), List.of(PATH)));

    assertThat(pb.instance().project(PATH).cost()).isZero();
    BudgetOutcome outcome =
        BudgetRules.byId("mes_cost_sat_add1_greedy_cost")
            .orElseThrow()
            .apply(pb.instance(), pb.profile(), TieBreaking.LEXICOGRAPHIC)
            .valueOrThrow();
    assertThat(outcome.winners()).containsExactly(PATH);
  }

  @Test
  void rejectsANegativeFund() {
    assertThatThrownBy(() -> GroupBudget.of(GROUP, new BigDecimal("-1"), candidates(), approvals()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund must not be negative: -1");
  }

  @Test
  void rejectsARepeatedCandidate() {
    List<FundingCandidate> twice =
        List.of(
            FundingCandidate.of(PATH, BigDecimal.TEN, "a"), FundingCandidate.of(PATH, BigDecimal.ONE, "b"));
    assertThatThrownBy(() -> GroupBudget.of(GROUP, BigDecimal.TEN, twice, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("project P1 is listed twice");
  }

  @Test
  void rejectsABallotForANonCandidate() {
    Map<ResidentId, List<ProjectId>> approvals =
        Map.of(ResidentId.of("R9"), List.of(ProjectId.of("P9")));
    assertThatThrownBy(() -> GroupBudget.of(GROUP, BigDecimal.TEN, candidates(), approvals))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot of R9 approves P9, which is not a candidate");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(BuildingGroupId.class, GROUP)
        .setDefault(BigDecimal.class, BigDecimal.TEN)
        .testAllPublicStaticMethods(GroupBudget.class);
  }

  @Test
  void fundingCandidateChecksItsPledge() {
    assertThat(candidates().get(0).chargedCost()).isEqualByComparingTo("36000");
    assertThat(FundingCandidate.of(KIOSK, BigDecimal.TEN, "x").pledged()).isZero();
    assertThatThrownBy(() -> new FundingCandidate(PATH, BigDecimal.ONE, BigDecimal.TEN, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pledge for P1 must be 0..1: 10");
    assertThatThrownBy(() -> FundingCandidate.of(PATH, new BigDecimal("-5"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost of P1 must not be negative: -5");
  }
}
