package io.github.tongxin.governance.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.budgeting.BudgetingGenerators.Election;
import io.github.tongxin.governance.internal.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Method of Equal Shares rules over generated elections ({@link
 * EqualSharesGenerators#elections()}), against {@link NaiveEqualShares}: pabutools' definitions
 * written plainly, with the iterated variant as a unit-by-unit scan.
 */
class EqualSharesProperties {
  /** Examples per property; {@code -Dequalshares.examples=N} runs more. */
  private static final int EXAMPLES = Integer.getInteger("equalshares.examples", 400);

  private static List<BudgetRule> rulesFor(Election e) {
    return e.applicable(EqualSharesFamily.rules());
  }

  private static Decision<BudgetOutcome> apply(BudgetRule rule, Election e, TieBreaking t) {
    return rule.apply(e.instance(), e.profile(), t);
  }

  @Test
  void theGeneratorMakesVariedElections() {
    int[] seen = new int[6];
    qt().withExamples(EXAMPLES)
        .forAll(EqualSharesGenerators.elections())
        .checkAssert(
            e -> {
              seen[e.profile().type() == VoteType.APPROVAL ? 0 : e.profile().type() == VoteType.CUMULATIVE ? 1 : 2]++;
              for (BudgetRule rule : rulesFor(e)) {
                Decision<BudgetOutcome> d = apply(rule, e, TieBreaking.REFUSE);
                if (!d.isAccepted()) {
                  seen[3]++;
                }
              }
              NaiveEqualShares.Outcome add1 =
                  NaiveEqualShares.rule(rulesFor(e).get(rulesFor(e).size() - 1).id(), e.instance(), e.profile(), TieBreaking.LEXICOGRAPHIC);
              if (add1.step() >= 5) {
                seen[4]++;
              }
              if (e.instance().projects().values().stream().anyMatch(p -> p.cost().signum() == 0)) {
                seen[5]++;
              }
            });
    // every vote type, refused ties, add1 scans of 5+ steps and projects of cost 0 all occur
    assertThat(java.util.Arrays.stream(seen).boxed().toList()).allMatch(count -> count > 0);
  }

  @Test
  void everyOutcomeIsFeasible() {
    qt().withExamples(EXAMPLES)
        .forAll(EqualSharesGenerators.elections())
        .checkAssert(
            e -> {
              for (BudgetRule rule : rulesFor(e)) {
                for (TieBreaking t : List.of(TieBreaking.LEXICOGRAPHIC, TieBreaking.VOTES_THEN_COST)) {
                  BudgetOutcome o = apply(rule, e, t).valueOrThrow();
                  BigDecimal total = BigDecimal.ZERO;
                  for (ProjectId p : o.selectionOrder()) {
                    total = total.add(e.instance().project(p).cost());
                  }
                  assertThat(o.totalCost()).isEqualByComparingTo(total);
                  assertThat(o.totalCost()).isLessThanOrEqualTo(e.instance().budget());
                  assertThat(o.leftover()).isEqualByComparingTo(e.instance().budget().subtract(total));
                  assertThat(new HashSet<>(o.selectionOrder())).hasSameSizeAs(o.selectionOrder());
                  assertThat(o.isExhaustive())
                      .isEqualTo(NaiveEqualShares.isExhaustive(e.instance(), o.selectionOrder()));
                  assertThat(o.rule()).isEqualTo(rule.id());
                  assertThat(o.tieBreaking()).isEqualTo(t);
                }
              }
            });
  }

  @Test
  void completedOutcomesAreExhaustive() {
    qt().withExamples(EXAMPLES)
        .forAll(EqualSharesGenerators.elections())
        .checkAssert(
            e -> {
              for (BudgetRule rule : rulesFor(e)) {
                if (rule.id().contains("greedy")) {
                  assertThat(apply(rule, e, TieBreaking.LEXICOGRAPHIC).valueOrThrow().isExhaustive())
                      .as(rule.id())
                      .isTrue();
                }
              }
            });
  }

  /**
   * Payments are positive, made only by supporters of projects MES selected, sum to each such
   * project's cost, and never exceed the share of the run (B/n, or B/n + k for add1).
   */
  @Test
  void paymentsPayExactlyForWhatMesSelects() {
    qt().withExamples(EXAMPLES)
        .forAll(EqualSharesGenerators.elections())
        .checkAssert(
            e -> {
              for (BudgetRule rule : rulesFor(e)) {
                BudgetOutcome o = apply(rule, e, TieBreaking.LEXICOGRAPHIC).valueOrThrow();
                NaiveEqualShares.Outcome reference =
                    NaiveEqualShares.rule(rule.id(), e.instance(), e.profile(), TieBreaking.LEXICOGRAPHIC);
                assertThat(o.payments()).hasSize(e.profile().voters());
                Map<ProjectId, Rational> paid = new HashMap<>();
                for (int v = 0; v < o.payments().size(); v++) {
                  Rational total = Rational.ZERO;
                  BudgetBallot ballot = e.profile().ballots().get(v);
                  for (Map.Entry<ProjectId, Fraction> pay : o.payments().get(v).entrySet()) {
                    Rational amount = rational(pay.getValue());
                    assertThat(amount.signum()).isPositive();
                    assertThat(ballot.projects()).contains(pay.getKey());
                    total = total.plus(amount);
                    paid.merge(pay.getKey(), amount, Rational::plus);
                  }
                  assertThat(total.compareTo(reference.share())).as("voter %s pays at most the share", v).isLessThanOrEqualTo(0);
                }
                Set<ProjectId> paidFor = new HashSet<>();
                for (ProjectId p : reference.mesSelection()) {
                  assertThat(paid.get(p)).isEqualTo(Rational.of(e.instance().project(p).cost()));
                  paidFor.add(p);
                }
                assertThat(paid.keySet()).isEqualTo(paidFor);
              }
            });
  }

  /** The rules, plain and iterated, equal the unit-by-unit reference, payments included. */
  @Test
  void equalsThePlainReferenceScan() {
    qt().withExamples(EXAMPLES)
        .forAll(EqualSharesGenerators.elections())
        .checkAssert(
            e -> {
              for (BudgetRule rule : rulesFor(e)) {
                for (TieBreaking t : TieBreaking.values()) {
                  Decision<BudgetOutcome> d = apply(rule, e, t);
                  NaiveEqualShares.Outcome reference =
                      NaiveEqualShares.rule(rule.id(), e.instance(), e.profile(), t);
                  assertThat(d.isAccepted()).as("%s %s accepted", rule.id(), t).isEqualTo(!reference.isTie());
                  if (reference.isTie()) {
                    assertThat(d.violations().get(0).message()).contains("projects " + NaiveEqualShares.names(reference.tie()) + " (");
                  } else {
                    BudgetOutcome o = d.valueOrThrow();
                    assertThat(o.selectionOrder()).as("%s %s", rule.id(), t).isEqualTo(reference.selection());
                    assertThat(o.payments())
                        .as("%s %s payments", rule.id(), t)
                        .isEqualTo(NaiveEqualShares.fractions(reference.payments()));
                  }
                }
              }
            });
  }

  /** The production add1 (with its jumps) against a unit-by-unit scan of its own exact runs. */
  @Test
  void iteratedMesEqualsTheUnitScanOfExactRuns() {
    qt().withExamples(EXAMPLES)
        .forAll(EqualSharesGenerators.approvalElections())
        .checkAssert(
            e -> {
              if (e.profile().voters() == 0) {
                return;
              }
              for (TieBreaking t : TieBreaking.values()) {
                MesSetup setup = EqualSharesProperties.setup(e.instance(), e.profile(), SatisfactionMeasure.COST, t);
                IteratedMes mes = new IteratedMes(setup);
                IteratedMes.Result fast = mes.iterated();
                IteratedMes.Result scan = unitScan(mes, setup);
                assertThat(fast.step()).isEqualTo(scan.step());
                assertThat(fast.trace().order()).isEqualTo(scan.trace().order());
                assertThat(sorted(fast.trace().tie())).isEqualTo(sorted(scan.trace().tie()));
              }
            });
  }

  /** pabutools' scan on {@link MesRun}: one exact run per unit of per-voter budget. */
  static IteratedMes.Result unitScan(IteratedMes mes, MesSetup setup) {
    IteratedMes.Result previous = null;
    for (long k = 0; ; k++) {
      MesTrace trace = mes.exact(k);
      if (trace.isTie()) {
        return new IteratedMes.Result(k, trace);
      }
      if (trace.totalCost().compareTo(setup.budget) > 0) {
        return previous;
      }
      if (mes.isExhaustive(trace)) {
        return new IteratedMes.Result(k, trace);
      }
      previous = new IteratedMes.Result(k, trace);
    }
  }

  @Test
  void permutingVotersNeverChangesTheOutcome() {
    qt().withExamples(EXAMPLES)
        .forAll(EqualSharesGenerators.elections(), range(0, Integer.MAX_VALUE))
        .checkAssert(
            (e, seed) -> {
              List<BudgetBallot> shuffled = new ArrayList<>(e.profile().ballots());
              Collections.shuffle(shuffled, new Random(seed));
              BudgetProfile permuted = BudgetProfile.of(e.profile().type(), shuffled);
              for (BudgetRule rule : rulesFor(e)) {
                for (TieBreaking t : TieBreaking.values()) {
                  Decision<BudgetOutcome> original = apply(rule, e, t);
                  Decision<BudgetOutcome> other = rule.apply(e.instance(), permuted, t);
                  assertThat(other.isAccepted()).isEqualTo(original.isAccepted());
                  if (!original.isAccepted()) {
                    assertThat(other.violations()).isEqualTo(original.violations());
                    continue;
                  }
                  BudgetOutcome a = original.valueOrThrow();
                  BudgetOutcome b = other.valueOrThrow();
                  assertThat(b.selectionOrder()).isEqualTo(a.selectionOrder());
                  assertThat(b.totalCost()).isEqualTo(a.totalCost());
                  assertThat(b.isExhaustive()).isEqualTo(a.isExhaustive());
                  assertThat(byVoter(permuted, b)).isEqualTo(byVoter(e.profile(), a));
                }
              }
            });
  }

  /** When {@code REFUSE} accepts, no tie mattered: every tie-breaking gives the same outcome. */
  @Test
  void withoutTiesEveryTieBreakingAgrees() {
    qt().withExamples(EXAMPLES)
        .forAll(EqualSharesGenerators.elections())
        .checkAssert(
            e -> {
              for (BudgetRule rule : rulesFor(e)) {
                Decision<BudgetOutcome> refuse = apply(rule, e, TieBreaking.REFUSE);
                if (refuse.isAccepted()) {
                  for (TieBreaking t : List.of(TieBreaking.LEXICOGRAPHIC, TieBreaking.VOTES_THEN_COST)) {
                    BudgetOutcome o = apply(rule, e, t).valueOrThrow();
                    assertThat(o.selectionOrder()).isEqualTo(refuse.valueOrThrow().selectionOrder());
                    assertThat(o.payments()).isEqualTo(refuse.valueOrThrow().payments());
                  }
                }
              }
            });
  }

  private static Map<String, ImmutableMap<ProjectId, Fraction>> byVoter(BudgetProfile profile, BudgetOutcome o) {
    Map<String, ImmutableMap<ProjectId, Fraction>> result = new HashMap<>();
    for (int v = 0; v < profile.voters(); v++) {
      result.put(profile.ballots().get(v).voter(), o.payments().get(v));
    }
    return result;
  }

  private static int[] sorted(int[] values) {
    int[] copy = values.clone();
    java.util.Arrays.sort(copy);
    return copy;
  }

  private static Rational rational(Fraction f) {
    BigInteger n = f.numerator();
    BigInteger d = f.denominator();
    return Rational.of(new BigDecimal(n)).dividedBy(Rational.of(new BigDecimal(d)));
  }

  /** An election prepared for MES, tallied as the rules tally it. */
  static MesSetup setup(
      BudgetInstance instance, BudgetProfile profile, SatisfactionMeasure measure, TieBreaking t) {
    // mes_cost_sat applies to every vote type: the tally only checks the projects named
    BudgetRule any = BudgetRules.byId("mes_cost_sat").orElseThrow();
    return new MesSetup(BudgetTally.of(any, instance, profile, t), profile, measure, t);
  }
}
