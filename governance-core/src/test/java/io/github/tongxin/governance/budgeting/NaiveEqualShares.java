package io.github.tongxin.governance.budgeting;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.internal.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference for the tests: a deliberately plain re-implementation of pabutools 1.2.3's Method
 * of Equal Shares, its iterated variant and its greedy completion, written from pabutools'
 * description and independent of the production code: one budget per voter (no groups), {@link
 * Rational} arithmetic, every project re-evaluated in every round, supporters sorted by {@code
 * b/u} and walked, and the iterated variant as pabutools runs it: one full run per unit of
 * per-voter budget.
 */
final class NaiveEqualShares {
  private NaiveEqualShares() {}

  /** The satisfaction of a rule id (the MES part). */
  enum Measure {
    COST,
    CARDINALITY,
    POINTS,
    BORDA
  }

  /**
   * What a rule produced: the selection (free projects, MES, then completion), each voter's MES
   * payments, the per-voter budget of the returned MES run, or the tied projects.
   */
  record Outcome(
      List<ProjectId> selection,
      List<Map<ProjectId, Rational>> payments,
      Rational share,
      long step,
      List<ProjectId> mesSelection,
      List<ProjectId> tie) {
    boolean isTie() {
      return !tie.isEmpty();
    }
  }

  /** Runs a rule of {@link EqualSharesFamily} by id. */
  static Outcome rule(String id, BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    return complete(id, instance, profile, tieBreaking, mes(id, instance, profile, tieBreaking));
  }

  static Measure measure(String id) {
    return id.startsWith("mes_cost_sat")
        ? Measure.COST
        : id.startsWith("mes_cardinality_sat")
            ? Measure.CARDINALITY
            : id.startsWith("mes_additive_cardinal_sat") ? Measure.POINTS : Measure.BORDA;
  }

  /** The MES part of a rule: plain or iterated. */
  static Outcome mes(String id, BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    Measure measure = measure(id);
    return id.contains("add1")
        ? iterated(instance, profile, measure, tieBreaking)
        : plain(instance, profile, measure, tieBreaking);
  }

  /** The completion part of a rule, from the outcome of its MES part. */
  static Outcome complete(
      String id, BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking, Outcome mes) {
    Measure measure = measure(id);
    if (mes.isTie() || !id.contains("greedy") || isExhaustive(instance, mes.selection)) {
      return mes;
    }
    List<ProjectId> added = new ArrayList<>();
    List<ProjectId> tie = greedy(instance, profile, measure, tieBreaking, mes.selection, added);
    if (!tie.isEmpty()) {
      return new Outcome(List.of(), List.of(), mes.share, mes.step, mes.mesSelection, tie);
    }
    List<ProjectId> all = new ArrayList<>(mes.selection);
    all.addAll(added);
    return new Outcome(all, mes.payments, mes.share, mes.step, mes.mesSelection, List.of());
  }

  static Outcome plain(BudgetInstance instance, BudgetProfile profile, Measure measure, TieBreaking tieBreaking) {
    if (profile.voters() == 0) {
      return new Outcome(List.of(), List.of(), Rational.ZERO, 0, List.of(), List.of());
    }
    return run(
        instance, profile, new Utilities(instance, profile, measure), tieBreaking, share(instance, profile, 0), 0);
  }

  /** The iterated variant, exactly as pabutools scans it: one run per unit. */
  static Outcome iterated(BudgetInstance instance, BudgetProfile profile, Measure measure, TieBreaking tieBreaking) {
    if (profile.voters() == 0) {
      return new Outcome(List.of(), List.of(), Rational.ZERO, 0, List.of(), List.of());
    }
    Rational budget = Rational.of(instance.budget());
    Set<ProjectId> available = mesProjects(instance, profile, measure);
    Utilities utilities = new Utilities(instance, profile, measure);
    Outcome previous = null;
    for (long k = 0; ; k++) {
      Outcome outcome = run(instance, profile, utilities, tieBreaking, share(instance, profile, k), k);
      if (outcome.isTie()) {
        return outcome;
      }
      Rational cost = cost(instance, outcome.selection);
      if (cost.compareTo(budget) > 0) {
        return previous;
      }
      boolean exhaustive = true;
      for (ProjectId p : available) {
        if (!outcome.selection.contains(p)
            && cost.plus(Rational.of(instance.project(p).cost())).compareTo(budget) <= 0) {
          exhaustive = false;
        }
      }
      if (exhaustive) {
        return outcome;
      }
      previous = outcome;
    }
  }

  static Rational share(BudgetInstance instance, BudgetProfile profile, long step) {
    return Rational.of(instance.budget()).dividedBy(profile.voters()).plus(Rational.of(step));
  }

  static Rational utility(Measure measure, BudgetBallot ballot, int position, BudgetProject project) {
    switch (measure) {
      case COST:
        return Rational.of(project.cost());
      case CARDINALITY:
        return Rational.ONE;
      case POINTS:
        return Rational.of(ballot.points().get(position));
      case BORDA:
        return Rational.of(ballot.projects().size() - position - 1L);
    }
    throw new AssertionError(measure);
  }

  /** Projects with a supporter and a positive cost. */
  static Set<ProjectId> mesProjects(BudgetInstance instance, BudgetProfile profile, Measure measure) {
    Set<ProjectId> result = new HashSet<>();
    for (BudgetBallot ballot : profile.ballots()) {
      for (int k = 0; k < ballot.projects().size(); k++) {
        BudgetProject p = instance.project(ballot.projects().get(k));
        if (utility(measure, ballot, k, p).signum() > 0 && p.cost().signum() > 0) {
          result.add(p.id());
        }
      }
    }
    return result;
  }

  /** Each voter's positive utilities, the supported projects, and how many voters name each. */
  static final class Utilities {
    final List<Map<ProjectId, Rational>> byVoter = new ArrayList<>();
    final Set<ProjectId> supported = new HashSet<>();
    final Map<ProjectId, Long> named = new HashMap<>();

    Utilities(BudgetInstance instance, BudgetProfile profile, Measure measure) {
      for (BudgetBallot ballot : profile.ballots()) {
        Map<ProjectId, Rational> u = new HashMap<>();
        for (int k = 0; k < ballot.projects().size(); k++) {
          ProjectId id = ballot.projects().get(k);
          named.merge(id, 1L, Long::sum);
          Rational value = utility(measure, ballot, k, instance.project(id));
          if (value.signum() > 0) {
            u.put(id, value);
            supported.add(id);
          }
        }
        byVoter.add(u);
      }
    }
  }

  /** One run of MES with every voter starting at {@code share}. */
  static Outcome run(
      BudgetInstance instance,
      BudgetProfile profile,
      Utilities given,
      TieBreaking tieBreaking,
      Rational share,
      long step) {
    int n = profile.voters();
    List<Map<ProjectId, Rational>> utilities = given.byVoter;
    Set<ProjectId> supported = given.supported;
    Map<ProjectId, Long> named = given.named;
    Rational[] budget = new Rational[n];
    java.util.Arrays.fill(budget, share);
    List<Map<ProjectId, Rational>> payments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      payments.add(new LinkedHashMap<>());
    }
    List<ProjectId> selection = new ArrayList<>();
    List<ProjectId> remaining = new ArrayList<>();
    for (BudgetProject p : instance.projects().values()) {
      if (supported.contains(p.id())) {
        if (p.cost().signum() == 0) {
          selection.add(p.id());
        } else {
          remaining.add(p.id());
        }
      }
    }
    List<ProjectId> mesSelection = new ArrayList<>();
    Comparator<ProjectId> tieOrder = tieOrder(instance, named, tieBreaking);
    while (true) {
      Rational best = null;
      List<ProjectId> tied = new ArrayList<>();
      for (ProjectId p : new ArrayList<>(remaining)) {
        Rational cost = Rational.of(instance.project(p).cost());
        List<Integer> supporters = new ArrayList<>();
        Rational total = Rational.ZERO;
        for (int i = 0; i < n; i++) {
          if (utilities.get(i).containsKey(p)) {
            supporters.add(i);
            total = total.plus(budget[i]);
          }
        }
        if (total.compareTo(cost) < 0) {
          remaining.remove(p);
          continue;
        }
        supporters.sort(
            Comparator.comparing(i -> budget[i].dividedBy(utilities.get(i).get(p))));
        Rational paid = Rational.ZERO;
        Rational denominator = Rational.ZERO;
        for (int i : supporters) {
          denominator = denominator.plus(utilities.get(i).get(p));
        }
        Rational rho = null;
        for (int i : supporters) {
          Rational candidate = cost.minus(paid).dividedBy(denominator);
          if (candidate.times(utilities.get(i).get(p)).compareTo(budget[i]) <= 0) {
            rho = candidate;
            break;
          }
          paid = paid.plus(budget[i]);
          denominator = denominator.minus(utilities.get(i).get(p));
        }
        if (best == null || rho.compareTo(best) < 0) {
          best = rho;
          tied.clear();
          tied.add(p);
        } else if (rho.compareTo(best) == 0) {
          tied.add(p);
        }
      }
      if (best == null) {
        return new Outcome(selection, payments, share, step, mesSelection, List.of());
      }
      if (tied.size() > 1 && tieBreaking == TieBreaking.REFUSE) {
        tied.sort(null);
        return new Outcome(selection, payments, share, step, mesSelection, tied);
      }
      tied.sort(tieOrder);
      ProjectId winner = tied.get(0);
      for (int i = 0; i < n; i++) {
        Rational u = utilities.get(i).get(winner);
        if (u == null) {
          continue;
        }
        Rational pay = budget[i].min(best.times(u));
        budget[i] = budget[i].minus(pay);
        if (pay.signum() > 0) {
          payments.get(i).put(winner, pay);
        }
      }
      selection.add(winner);
      mesSelection.add(winner);
      remaining.remove(winner);
    }
  }

  static Comparator<ProjectId> tieOrder(
      BudgetInstance instance, Map<ProjectId, Long> named, TieBreaking tieBreaking) {
    if (tieBreaking == TieBreaking.VOTES_THEN_COST) {
      return Comparator.<ProjectId>comparingLong(p -> -named.getOrDefault(p, 0L))
          .thenComparing(p -> instance.project(p).cost())
          .thenComparing(Comparator.naturalOrder());
    }
    return Comparator.naturalOrder();
  }

  /**
   * pabutools' additive greedy from an initial allocation; adds to {@code added} and returns the
   * tied projects if the tie-breaking refuses a tie.
   */
  static List<ProjectId> greedy(
      BudgetInstance instance,
      BudgetProfile profile,
      Measure measure,
      TieBreaking tieBreaking,
      List<ProjectId> initial,
      List<ProjectId> added) {
    // greedy satisfactions: 1 × cost (cost), points × cost, Borda × cost; density = total / cost
    Map<ProjectId, Rational> total = new HashMap<>();
    Map<ProjectId, Long> named = new HashMap<>();
    for (BudgetBallot ballot : profile.ballots()) {
      for (int k = 0; k < ballot.projects().size(); k++) {
        ProjectId id = ballot.projects().get(k);
        BudgetProject p = instance.project(id);
        named.merge(id, 1L, Long::sum);
        Rational score =
            measure == Measure.POINTS
                ? Rational.of(ballot.points().get(k))
                : measure == Measure.BORDA ? Rational.of(ballot.projects().size() - k - 1L) : Rational.ONE;
        total.merge(id, score.times(Rational.of(p.cost())), Rational::plus);
      }
    }
    List<ProjectId> projects = new ArrayList<>();
    for (ProjectId p : instance.projects().keySet()) {
      if (!initial.contains(p)) {
        projects.add(p);
      }
    }
    projects.sort(tieOrder(instance, named, tieBreaking));
    Map<ProjectId, Rational> density = new HashMap<>();
    for (ProjectId p : projects) {
      Rational t = total.getOrDefault(p, Rational.ZERO);
      BigDecimal cost = instance.project(p).cost();
      // pabutools: positive total → total / cost (∞ for cost 0); otherwise 0
      density.put(
          p,
          t.signum() > 0
              ? cost.signum() > 0 ? t.dividedBy(Rational.of(cost)) : Rational.of(Long.MAX_VALUE)
              : Rational.ZERO);
    }
    projects.sort(Comparator.comparing((ProjectId p) -> density.get(p)).reversed());
    Rational left = Rational.of(instance.budget()).minus(cost(instance, initial));
    for (int k = 0; k < projects.size(); k++) {
      ProjectId p = projects.get(k);
      Rational cost = Rational.of(instance.project(p).cost());
      if (cost.compareTo(left) > 0) {
        continue;
      }
      if (tieBreaking == TieBreaking.REFUSE) {
        List<ProjectId> tied = new ArrayList<>(List.of(p));
        for (int j = k + 1; j < projects.size(); j++) {
          ProjectId q = projects.get(j);
          if (density.get(q).compareTo(density.get(p)) == 0
              && Rational.of(instance.project(q).cost()).compareTo(left) <= 0) {
            tied.add(q);
          }
        }
        if (tied.size() > 1) {
          tied.sort(null);
          return tied;
        }
      }
      added.add(p);
      left = left.minus(cost);
    }
    return List.of();
  }

  static Rational cost(BudgetInstance instance, List<ProjectId> selection) {
    Rational total = Rational.ZERO;
    for (ProjectId p : selection) {
      total = total.plus(Rational.of(instance.project(p).cost()));
    }
    return total;
  }

  static boolean isExhaustive(BudgetInstance instance, List<ProjectId> selection) {
    Rational left = Rational.of(instance.budget()).minus(cost(instance, selection));
    for (BudgetProject p : instance.projects().values()) {
      if (!selection.contains(p.id()) && Rational.of(p.cost()).compareTo(left) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** The reference payments as {@link Fraction}s, for comparison with an outcome. */
  static List<Map<ProjectId, Fraction>> fractions(List<Map<ProjectId, Rational>> payments) {
    List<Map<ProjectId, Fraction>> result = new ArrayList<>();
    for (Map<ProjectId, Rational> voter : payments) {
      Map<ProjectId, Fraction> map = new LinkedHashMap<>();
      voter.forEach((p, r) -> map.put(p, fraction(r)));
      result.add(map);
    }
    return ImmutableList.copyOf(result);
  }

  static Fraction fraction(Rational r) {
    String[] parts = r.toString().split("/");
    return Fraction.of(
        new java.math.BigInteger(parts[0]),
        parts.length == 1 ? java.math.BigInteger.ONE : new java.math.BigInteger(parts[1]));
  }

  /** Project ids sorted and joined as a refusal names them: {@code "11, 2"}. */
  static String names(List<ProjectId> projects) {
    return projects.stream().sorted().map(ProjectId::value).collect(java.util.stream.Collectors.joining(", "));
  }
}
