package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Decision;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Method of Equal Shares rule of the registry: plain or iterated ("add1"), optionally completed
 * by a greedy rule, each exactly as pabutools 1.2.3 (see {@link EqualSharesFamily} for the ids
 * and the pabutools calls). Immutable and thread-safe. Not public.
 */
final class EqualSharesRule implements BudgetRule {
  /** Whether MES is run once at {@code B/n} or iterated with +1 per voter. */
  enum Variant {
    /** One run at {@code B/n}. */
    PLAIN,
    /** pabutools' {@code voter_budget_increment=1}. */
    ADD1
  }

  private final String id;
  private final SatisfactionMeasure measure;
  private final Variant variant;
  /** The rules that complete the MES outcome, in order ({@code completion_by_rule_combination}). */
  private final ImmutableList<GreedyWelfare> completions;

  EqualSharesRule(
      String id, SatisfactionMeasure measure, Variant variant, List<GreedyWelfare> completions) {
    this.id = checkNotNull(id, "id");
    this.measure = checkNotNull(measure, "measure");
    this.variant = checkNotNull(variant, "variant");
    this.completions = ImmutableList.copyOf(completions);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public boolean appliesTo(VoteType type) {
    checkNotNull(type, "type");
    return measure.appliesTo(type) && completions.stream().allMatch(c -> c.appliesTo(type));
  }

  @Override
  public Decision<BudgetOutcome> apply(
      BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    BudgetTally tally = BudgetTally.of(this, instance, profile, tieBreaking);
    MesSetup setup = new MesSetup(tally, profile, measure, tieBreaking);
    List<Integer> selection = new ArrayList<>(setup.freeProjects);
    List<ImmutableMap<ProjectId, Fraction>> payments = new ArrayList<>();
    if (setup.voters > 0) {
      IteratedMes mes = new IteratedMes(setup);
      IteratedMes.Result result = variant == Variant.PLAIN ? mes.plain() : mes.iterated();
      if (result.trace().isTie()) {
        List<Integer> tied = new ArrayList<>();
        for (int q : result.trace().tie()) {
          tied.add(setup.tallyIndex[q]);
        }
        String budget = result.step() == 0 ? "B/n" : "B/n + " + result.step() + " per voter";
        return tally.refuseTie(
            id,
            tied,
            "equal ρ in the Method of Equal Shares at a budget of "
                + budget
                + ", after "
                + result.trace().order().length
                + " selections");
      }
      for (int q : result.trace().order()) {
        selection.add(setup.tallyIndex[q]);
      }
      BigInteger budget = mes.budgetAt(result.step());
      // the exact supporter-by-supporter check of the trace's splits, where assertions are on
      assert replays(setup, budget, mes.denominator(), result.trace());
      payments.addAll(MesPayments.of(setup, budget, mes.denominator(), result.trace()));
    }
    for (GreedyWelfare completion : completions) {
      if (tally.isExhaustive(selection)) {
        break;
      }
      Decision<List<Integer>> completed =
          completion.extend(
              tally,
              tieBreaking,
              id,
              " in the greedy completion (" + completion.id() + ")",
              selection);
      if (!completed.isAccepted()) {
        return Decision.rejected(completed.violations());
      }
      selection = completed.valueOrThrow();
    }
    return Decision.accepted(tally.outcome(id, tieBreaking, selection, payments));
  }

  /** Replays a trace exactly, checking every split; throws {@link AssertionError} if wrong. */
  private static boolean replays(MesSetup setup, BigInteger budget, BigInteger den, MesTrace trace) {
    new MesRun(setup, budget, den).replay(trace);
    return true;
  }

  @Override
  public String toString() {
    return id;
  }
}
