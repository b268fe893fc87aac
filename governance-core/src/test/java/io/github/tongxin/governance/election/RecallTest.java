package io.github.tongxin.governance.election;

import static io.github.tongxin.governance.election.ElectionFixtures.DEPRIVED;
import static io.github.tongxin.governance.election.ElectionFixtures.MINOR;
import static io.github.tongxin.governance.election.ElectionFixtures.RULES;
import static io.github.tongxin.governance.election.ElectionFixtures.codes;
import static io.github.tongxin.governance.election.ElectionFixtures.electorate;
import static io.github.tongxin.governance.election.ElectionFixtures.english;
import static io.github.tongxin.governance.election.ElectionFixtures.v;
import static io.github.tongxin.governance.election.ElectionFixtures.vs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.community.Council;
import io.github.tongxin.governance.community.ResidentId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recall of a council member (Villagers' Art. 16) among 50 registered voters: 10 may start one. */
class RecallTest {
  private final Electorate electorate = electorate(50);
  private final Council council = Council.of(v(1), vs(2, 6));

  @Test
  void tenVotersMayStartTheRecallOfAMember() {
    assertThat(Recall.initiate(RULES, electorate, council, v(4), vs(11, 20)))
        .isEqualTo(Decision.accepted(10));
  }

  @Test
  void signaturesOfNonVotersDoNotCountAndRepeatedSignaturesCountOnce() {
    List<ResidentId> signatories = new ArrayList<>(vs(11, 19));
    signatories.add(v(11));
    signatories.add(MINOR);
    signatories.add(DEPRIVED);
    Decision<Integer> petition = Recall.initiate(RULES, electorate, council, v(1), signatories);
    assertThat(petition.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.RECALL_TOO_FEW_SIGNATURES,
                "9 valid signatures of 50 voters; ≥ 1/5 needed"),
            Violation.of(
                ElectionCode.RECALL_SIGNATORY_NOT_A_VOTER,
                "X01 signed but is not a registered voter; the signature does not count"),
            Violation.of(
                ElectionCode.RECALL_SIGNATORY_NOT_A_VOTER,
                "X02 signed but is not a registered voter; the signature does not count"));
  }

  @Test
  void aSignatureOfANonVoterDoesNotStopAPetitionThatHasEnough() {
    List<ResidentId> signatories = new ArrayList<>(vs(11, 20));
    signatories.add(MINOR);
    assertThat(Recall.initiate(RULES, electorate, council, v(1), signatories))
        .isEqualTo(Decision.accepted(10));
  }

  @Test
  void onlyASittingMemberCanBeRecalled() {
    Decision<Integer> petition = Recall.initiate(RULES, electorate, council, v(9), vs(11, 30));
    assertThat(petition.violations())
        .containsExactly(
            Violation.of(
                ElectionCode.RECALL_TARGET_NOT_ON_COUNCIL, "V009 holds no seat on the council"));
  }

  @Test
  void everyProblemIsReported() {
    assertThat(codes(Recall.initiate(RULES, electorate, council, v(9), vs(11, 12)).violations()))
        .containsExactly(
            ElectionCode.RECALL_TARGET_NOT_ON_COUNCIL, ElectionCode.RECALL_TOO_FEW_SIGNATURES);
  }

  @Test
  void theInitiationShareIsARule() {
    ElectionRules tenth =
        ElectionRules.builder().recallInitiation(Threshold.atLeast(1, 10)).build();
    assertThat(Recall.initiate(tenth, electorate, council, v(1), vs(11, 15)).isAccepted()).isTrue();
    assertThat(Recall.initiate(tenth, electorate, council, v(1), vs(11, 14)).isAccepted())
        .isFalse();
  }

  @Test
  void aRecallWithEnoughVotersAndApprovalsPasses() {
    RecallResult result = Recall.vote(RULES, electorate, v(4), 26, 14);
    assertThat(result.target()).isEqualTo(v(4));
    assertThat(result.outcome()).isEqualTo(RecallOutcome.RECALLED);
    assertThat(english(result.report()))
        .containsExactly(
            "recall of V004: 26 of 50 registered voters voted, > 1/2: met"
                + " — Villagers' Committees Organic Law (2018) Art. 16",
            "recall of V004: 14 of 26 approve, > 1/2: recalled"
                + " — Villagers' Committees Organic Law (2018) Art. 16");
    assertThat(result.report().get(1).chinese()).isEqualTo("罢免V004：26人中14人赞成，> 1/2：罢免通过");
  }

  @Test
  void aRecallWithTooFewVotersFailsWhateverTheApprovals() {
    RecallResult result = Recall.vote(RULES, electorate, v(4), 25, 25);
    assertThat(result.outcome()).isEqualTo(RecallOutcome.FAILED_TURNOUT);
    assertThat(english(result.report()))
        .containsExactly(
            "recall of V004: 25 of 50 registered voters voted, > 1/2: not met"
                + " — Villagers' Committees Organic Law (2018) Art. 16");
  }

  @Test
  void aRecallApprovedByHalfFails() {
    RecallResult result = Recall.vote(RULES, electorate, v(4), 26, 13);
    assertThat(result.outcome()).isEqualTo(RecallOutcome.FAILED_APPROVAL);
    assertThat(english(result.report()).get(1))
        .startsWith("recall of V004: 13 of 26 approve, > 1/2: not recalled");
  }

  @Test
  void impossibleCountsAreCallerMistakes() {
    assertThatThrownBy(() -> Recall.vote(RULES, electorate, v(4), 51, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("voted must be 0..50 (registered voters): 51");
    assertThatThrownBy(() -> Recall.vote(RULES, electorate, v(4), -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("voted must be 0..50 (registered voters): -1");
    assertThatThrownBy(() -> Recall.vote(RULES, electorate, v(4), 30, 31))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approving must be 0..30 (voted): 31");
    assertThatThrownBy(() -> Recall.vote(RULES, electorate, v(4), 30, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approving must be 0..30 (voted): -1");
    List<ResidentId> withNull = new ArrayList<>(vs(11, 20));
    withNull.add(null);
    assertThatThrownBy(() -> Recall.initiate(RULES, electorate, council, v(1), withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("signatories contains null");
  }
}
