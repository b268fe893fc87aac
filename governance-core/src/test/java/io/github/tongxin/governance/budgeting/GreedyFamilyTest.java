package io.github.tongxin.governance.budgeting;

import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.approval;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.cumulative;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.instance;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.ordinal;
import static io.github.tongxin.governance.budgeting.GreedyFamilyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry entries of the greedy family, what each rule applies to, and argument checks. */
class GreedyFamilyTest {
  private static final List<String> IDS =
      List.of(
          "greedy_cost_sat",
          "greedy_cardinality_sat",
          "greedy_score_times_cost_sat",
          "greedy_additive_cardinal_sat",
          "greedy_borda_times_cost_sat",
          "greedy_additive_borda_sat",
          "sequential_phragmen",
          "max_welfare_cost_sat");

  @Test
  void everyRuleIsRegisteredUnderItsId() {
    assertThat(BudgetRules.ids()).containsAll(IDS);
    for (String id : IDS) {
      assertThat(rule(id).id()).isEqualTo(id);
      assertThat(rule(id)).hasToString(id);
    }
    assertThat(GreedyFamily.rules()).extracting(BudgetRule::id).containsExactlyElementsOf(IDS);
  }

  @Test
  void eachRuleAppliesToTheBallotsItsSatisfactionReads() {
    Set<VoteType> all = EnumSet.allOf(VoteType.class);
    Set<VoteType> points = EnumSet.of(VoteType.CUMULATIVE, VoteType.SCORING);
    Set<VoteType> ordinal = EnumSet.of(VoteType.ORDINAL);
    Set<VoteType> approval = EnumSet.of(VoteType.APPROVAL, VoteType.CHOOSE_ONE);
    assertAppliesTo("greedy_cost_sat", all);
    assertAppliesTo("greedy_cardinality_sat", all);
    assertAppliesTo("max_welfare_cost_sat", all);
    assertAppliesTo("greedy_score_times_cost_sat", points);
    assertAppliesTo("greedy_additive_cardinal_sat", points);
    assertAppliesTo("greedy_borda_times_cost_sat", ordinal);
    assertAppliesTo("greedy_additive_borda_sat", ordinal);
    assertAppliesTo("sequential_phragmen", approval);
  }

  private static void assertAppliesTo(String id, Set<VoteType> types) {
    for (VoteType type : VoteType.values()) {
      assertThat(rule(id).appliesTo(type)).as("%s on %s", id, type).isEqualTo(types.contains(type));
    }
  }

  @Test
  void costSatisfactionReadsAnyBallotAsTheProjectsItNames() {
    // Ordinal and cumulative ballots name projects too; greedy by votes counts the voters naming
    // each one, whatever the rank or points.
    BudgetInstance instance = instance("5", "a=5", "b=5");
    assertThat(
            GreedyFamilyFixtures.outcome("greedy_cost_sat", instance, ordinal("b,a", "b"))
                .winners())
        .extracting(ProjectId::value)
        .containsExactly("b");
    assertThat(
            GreedyFamilyFixtures.outcome(
                    "greedy_cost_sat", instance, cumulative("a:1", "b:9", "a:1"))
                .winners())
        .extracting(ProjectId::value)
        .containsExactly("a");
  }

  @Test
  void aRuleRefusesBallotsItDoesNotApplyTo() {
    assertThatThrownBy(
            () ->
                rule("greedy_additive_borda_sat")
                    .apply(instance("1"), approval(), TieBreaking.LEXICOGRAPHIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule greedy_additive_borda_sat does not apply to approval ballots");
    assertThatThrownBy(
            () ->
                rule("greedy_additive_cardinal_sat")
                    .apply(instance("1"), ordinal(), TieBreaking.LEXICOGRAPHIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordinal");
  }

  @Test
  void aBallotNamingAnUnknownProjectIsRefusedNamingTheVoter() {
    for (String id : IDS) {
      if (!rule(id).appliesTo(VoteType.APPROVAL)) {
        continue;
      }
      assertThatThrownBy(
              () ->
                  rule(id)
                      .apply(
                          instance("1", "a=1"),
                          approval("a", "a,ghost"),
                          TieBreaking.LEXICOGRAPHIC))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ballot of voter v2 names project ghost, which is not in the instance");
    }
  }

  @Test
  void nullArgumentsAreRefused() {
    for (String id : IDS) {
      BudgetRule rule = rule(id);
      BudgetInstance instance = instance("1", "a=1");
      BudgetProfile profile = rule.appliesTo(VoteType.APPROVAL) ? approval("a") : ordinal("a");
      assertThatThrownBy(() -> rule.apply(null, profile, TieBreaking.LEXICOGRAPHIC))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("instance");
      assertThatThrownBy(() -> rule.apply(instance, null, TieBreaking.LEXICOGRAPHIC))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("profile");
      assertThatThrownBy(() -> rule.apply(instance, profile, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("tieBreaking");
      assertThatThrownBy(() -> rule.appliesTo(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void theExampleOfBudgetRulesOnAssen() throws IOException {
    PabulibFile file =
        Pabulib.readOrThrow(
            Files.readString(
                SharedData.folder("pabulib").resolve("Netherlands_Assen_2024.pb"),
                StandardCharsets.UTF_8));

    BudgetRule greedy = BudgetRules.byId("greedy_cost_sat").orElseThrow();
    BudgetOutcome outcome =
        greedy.apply(file.instance(), file.profile(), TieBreaking.LEXICOGRAPHIC).valueOrThrow();

    assertThat(outcome.selectionOrder())
        .extracting(ProjectId::value)
        .containsExactly("3", "9", "8", "11", "2", "13", "14");
  }

  @Test
  void theTieCodeHasAStableCodeAndTwoNames() {
    assertThat(BudgetRuleCode.TIE.code()).isEqualTo("TIE");
    assertThat(BudgetRuleCode.TIE.chineseName()).isNotBlank();
    assertThat(BudgetRuleCode.TIE.englishName()).isEqualTo("tie between projects not broken");
    assertThat(BudgetRuleCode.TIE.bilingualName()).contains(" ");
  }
}
