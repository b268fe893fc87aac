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
      MesRun exact = new MesRun(setup, mes.budgetAt(result.step()), mes.denominator());
      exact.replay(result.trace());
      for (int q : result.trace().order()) {
        selection.add(setup.tallyIndex[q]);
      }
      payments.addAll(payments(setup, exact));
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

  /**
   * Every voter's exact payments, per project in selection order; only positive payments are
   * listed. Voters of one group pay alike and share one map.
   */
  private static List<ImmutableMap<ProjectId, Fraction>> payments(MesSetup s, MesRun run) {
    List<ImmutableMap.Builder<ProjectId, Fraction>> byGroup =
        new ArrayList<>(Collections.nCopies(s.groupCount, null));
    int[] stamp = new int[s.groupCount];
    Arrays.fill(stamp, -1);
    for (int r = 0; r < run.rounds(); r++) {
      MesRun.Payment p = run.payment(r);
      ProjectId id = s.ids[p.project()];
      // money in the setup is scaled by moneyScale: payments are reported in currency units
      BigInteger poorDen = p.denominator().multiply(s.moneyScale);
      Map<BigInteger, Fraction> everything = new HashMap<>();
      for (int k = 0; k < p.poor().length; k++) {
        int g = p.poor()[k];
        stamp[g] = r;
        BigInteger left = p.poorNum()[k];
        if (left.signum() > 0) {
          // poor groups often have equal budgets: reduce each distinct one once
          Fraction all = everything.computeIfAbsent(left, x -> Fraction.of(x, poorDen));
          builder(byGroup, g).put(id, all);
        }
      }
      int[] groups = s.supporters[p.project()];
      long[] w = s.weights[p.project()];
      BigInteger den = p.w().multiply(p.denominator()).multiply(s.moneyScale);
      Fraction uniform = s.uniform ? Fraction.of(p.a(), den) : null;
      for (int k = 0; k < groups.length; k++) {
        int g = groups[k];
        if (stamp[g] == r) {
          continue;
        }
        Fraction pay = uniform != null ? uniform : Fraction.of(p.a().multiply(BigInteger.valueOf(w[k])), den);
        builder(byGroup, g).put(id, pay);
      }
    }
    ImmutableMap<ProjectId, Fraction>[] byVoter = newArray(s.voters);
    for (int g = 0; g < s.groupCount; g++) {
      ImmutableMap.Builder<ProjectId, Fraction> builder = byGroup.get(g);
      ImmutableMap<ProjectId, Fraction> map = builder == null ? ImmutableMap.of() : builder.buildOrThrow();
      for (int v : s.groupVoters[g]) {
        byVoter[v] = map;
      }
    }
    return Arrays.asList(byVoter);
  }

  private static ImmutableMap.Builder<ProjectId, Fraction> builder(
      List<ImmutableMap.Builder<ProjectId, Fraction>> byGroup, int g) {
    ImmutableMap.Builder<ProjectId, Fraction> builder = byGroup.get(g);
    if (builder == null) {
      builder = ImmutableMap.builder();
      byGroup.set(g, builder);
    }
    return builder;
  }

  @SuppressWarnings("unchecked")
  private static ImmutableMap<ProjectId, Fraction>[] newArray(int size) {
    return (ImmutableMap<ProjectId, Fraction>[]) new ImmutableMap<?, ?>[size];
  }

  @Override
  public String toString() {
    return id;
  }
}
