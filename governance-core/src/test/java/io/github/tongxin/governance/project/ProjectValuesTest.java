package io.github.tongxin.governance.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.FloorArea;
import io.github.tongxin.governance.community.HouseholdId;
import io.github.tongxin.governance.election.Threshold;
import io.github.tongxin.governance.money.Amount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Value semantics and null handling of the project package's values. */
class ProjectValuesTest {
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ActorId.class, ActorId.of("a"))
        .setDefault(ProjectId.class, ProjectId.of("P1"))
        .setDefault(BuildingGroupId.class, BuildingGroupId.of("G1"))
        .setDefault(HouseholdId.class, HouseholdId.of("H1"))
        .setDefault(FloorArea.class, FloorArea.parse("50.00"))
        .setDefault(Amount.class, Amount.ofYuan(1))
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(Duration.class, Duration.ofDays(1))
        .setDefault(Threshold.class, Threshold.moreThan(1, 2))
        .setDefault(PanelScore.class, PanelScore.of(6))
        .setDefault(String.class, "x")
        .setDefault(Actor.class, Actor.of(ActorId.of("a"), Set.of(ProjectRole.RESIDENT), Set.of(), Set.of()))
        .setDefault(
            io.github.tongxin.governance.community.Community.class,
            io.github.tongxin.governance.community.Jiading.syntheticZone().zone().communities().get(0))
        .setDefault(ConsultationRoster.class, ConsultationRoster.of(ImmutableSortedMap.of(HouseholdId.of("H1"), FloorArea.parse("50.00"))))
        .setDefault(ConsultationRules.class, ConsultationRules.standard())
        .setDefault(PanelRules.class, PanelRules.standard())
        .setDefault(Permissions.class, Permissions.standard())
        .setDefault(ProjectRules.class, ProjectRules.standard())
        .setDefault(Scorecard.class, Scorecard.uniform(ActorId.of("e"), 7))
        .setDefault(ProjectState.class, ProjectState.initial())
        .setDefault(ProjectEvent.class, new ProjectEvent.ConsultationOpened(ProjectId.of("P1"), ActorId.of("a"), Instant.EPOCH))
        .setDefault(ProjectCommand.class, new ProjectCommand.OpenConsultation(Actor.of(ActorId.of("a"), Set.of(ProjectRole.RESIDENT), Set.of(), Set.of()), Instant.EPOCH))
        .setDefault(ProjectContext.class, ProjectContext.of(ProjectRules.standard(), ConsultationRoster.of(ImmutableSortedMap.of(HouseholdId.of("H1"), FloorArea.parse("50.00")))));
  }

  @Test
  void factoriesAndConstructorsRejectNulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            ProjectId.class, ActorId.class, Actor.class, ConsultationRoster.class,
            ConsultationRules.class, ConsultationResult.class, ThresholdCheck.class, PanelScore.class,
            Scorecard.class, PanelRules.class, PanelResult.class, FundingPlan.class, Milestone.class,
            WorkLogEntry.class, ProjectProposal.class, Permissions.class, ProjectRules.class,
            ProjectContext.class, ProjectWorkflow.class, AuditLog.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicConstructors(Milestone.class);
    tester.testAllPublicConstructors(WorkLogEntry.class);
    tester.testAllPublicConstructors(FundingPlan.class);
    tester.testAllPublicInstanceMethods(Permissions.standard());
    tester.testAllPublicInstanceMethods(ConsultationRules.standard());
  }

  @Test
  void valuesAreEqualByContent() {
    Actor li = Actor.of(ActorId.of("li"), Set.of(ProjectRole.RESIDENT), Set.of(), Set.of());
    new EqualsTester()
        .addEqualityGroup(li, Actor.of(ActorId.of("li"), List.of(ProjectRole.RESIDENT), List.of(), List.of()))
        .addEqualityGroup(Actor.of(ActorId.of("li"), Set.of(ProjectRole.INSPECTOR), Set.of(), Set.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PanelScore.of(12, 8), PanelScore.of(3, 2), new PanelScore(3, 2))
        .addEqualityGroup(PanelScore.of(0, 5), PanelScore.of(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Permissions.standard(), Permissions.standard())
        .addEqualityGroup(Permissions.standard().with(CommandKind.CLOSE, List.of(ProjectRole.PARTY_BRANCH_SECRETARY)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ConsultationRoster.of(ImmutableSortedMap.of(HouseholdId.of("H1"), FloorArea.parse("50.00"))),
            ConsultationRoster.of(ImmutableSortedMap.of(HouseholdId.of("H1"), FloorArea.parse("50.00"))))
        .addEqualityGroup(ConsultationRoster.of(ImmutableSortedMap.of(HouseholdId.of("H1"), FloorArea.parse("50.01"))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AuditLog.empty(), AuditLog.of(List.of()))
        .addEqualityGroup(
            AuditLog.of(List.of(new ProjectEvent.ConsultationOpened(ProjectId.of("P1"), ActorId.of("a"), Instant.EPOCH))))
        .testEquals();
  }

  @Test
  void callerMistakesNameTheArgumentAndValue() {
    assertThatThrownBy(() -> ProjectId.of("has space")).hasMessageContaining("has space");
    assertThatThrownBy(() -> Actor.of(ActorId.of("li"), Set.of(), Set.of(), Set.of()))
        .hasMessageContaining("roles of li");
    assertThatThrownBy(() -> FundingPlan.of(Amount.ZERO, Amount.ZERO, Amount.ZERO))
        .hasMessageContaining("must not be zero");
    assertThatThrownBy(() -> FundingPlan.of(Amount.ofFen(-1), Amount.ofYuan(1), Amount.ZERO))
        .hasMessageContaining("grant must not be negative: -0.01");
    assertThatThrownBy(() -> new ProjectRules(Permissions.standard(), ConsultationRules.standard(), PanelRules.standard(), Duration.ZERO))
        .hasMessageContaining("disclosure must be positive: PT0S");
    assertThatThrownBy(() -> new ThresholdCheck(ThresholdCheck.Test.CONSENT_AREA, Threshold.moreThan(1, 2), 5, 4))
        .hasMessageContaining("5 of 4");
    assertThatThrownBy(() -> new Milestone(" ", Instant.EPOCH)).hasMessageContaining("name must not be blank");
    assertThat(Stage.UNDER_PANEL_EVALUATION.isBeforeApproval()).isTrue();
    assertThat(Stage.APPROVED.isBeforeApproval()).isFalse();
    assertThat(Stage.CLOSED.isFinal()).isTrue();
  }
}
