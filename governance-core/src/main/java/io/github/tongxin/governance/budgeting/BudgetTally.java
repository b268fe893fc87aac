package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the rules read from an instance and a profile, computed once: projects by index (in id
 * order), their costs, each distinct ballot once with its multiplicity (as project indices, in
 * ballot order, with its points), and the number of voters naming each project. Also builds the
 * outcome (total cost, leftover, exhaustiveness) and the refusal of a tie.
 */
final class BudgetTally {
  private static final BigDecimal[] NO_POINTS = new BigDecimal[0];

  final BudgetInstance instance;
  final ImmutableList<BudgetProject> projects;
  final BigDecimal[] costs;

  /** Distinct ballots: project indices in ballot order. */
  final int[][] ballots;

  /** How many voters cast each distinct ballot. */
  final long[] multiplicities;

  /** Points per distinct ballot, aligned with {@link #ballots}; empty for ballots without. */
  final BigDecimal[][] points;

  /** The distinct ballot (index into {@link #ballots}) of each voter, in profile order. */
  final int[] ballotOfVoter;

  /** Voters naming each project. */
  final long[] votes;

  private BudgetTally(
      BudgetInstance instance,
      int[][] ballots,
      long[] multiplicities,
      BigDecimal[][] points,
      int[] ballotOfVoter) {
    this.instance = instance;
    this.projects = instance.projects().values().asList();
    this.costs = new BigDecimal[projects.size()];
    for (int i = 0; i < costs.length; i++) {
      costs[i] = projects.get(i).cost();
    }
    this.ballots = ballots;
    this.multiplicities = multiplicities;
    this.points = points;
    this.ballotOfVoter = ballotOfVoter;
    this.votes = new long[projects.size()];
    for (int b = 0; b < ballots.length; b++) {
      for (int q : ballots[b]) {
        votes[q] += multiplicities[b];
      }
    }
  }

  /**
   * Checks the arguments of {@link BudgetRule#apply} and tallies the profile.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rule does not apply to the profile's vote type or a
   *     ballot names a project not in the instance
   */
  static BudgetTally of(
      BudgetRule rule, BudgetInstance instance, BudgetProfile profile, TieBreaking tieBreaking) {
    checkNotNull(instance, "instance");
    checkNotNull(profile, "profile");
    checkNotNull(tieBreaking, "tieBreaking");
    checkArgument(
        rule.appliesTo(profile.type()),
        "rule %s does not apply to %s ballots",
        rule.id(),
        profile.type().token());
    Map<ProjectId, Integer> index = new HashMap<>();
    // ballots read from a file share the instance's id objects: look them up by identity first
    Map<ProjectId, Integer> byIdentity = new IdentityHashMap<>();
    for (ProjectId id : instance.projects().keySet()) {
      byIdentity.put(id, index.size());
      index.put(id, index.size());
    }
    Map<BallotKey, Integer> distinct = new HashMap<>();
    List<BallotKey> keys = new ArrayList<>();
    int[] ballotOfVoter = new int[profile.voters()];
    long[] counts = new long[16];
    int v = 0;
    for (BudgetBallot ballot : profile.ballots()) {
      List<ProjectId> named = ballot.projects();
      int[] indices = new int[named.size()];
      for (int k = 0; k < indices.length; k++) {
        ProjectId id = named.get(k);
        Integer q = byIdentity.get(id);
        if (q == null) {
          q = index.get(id);
          if (q == null) {
            throw new IllegalArgumentException(
                String.format(
                    "ballot of voter %s names project %s, which is not in the instance",
                    ballot.voter(), id));
          }
          byIdentity.put(id, q);
        }
        indices[k] = q;
      }
      BallotKey key =
          new BallotKey(
              indices,
              ballot.points().isEmpty() ? NO_POINTS : ballot.points().toArray(NO_POINTS));
      Integer b = distinct.putIfAbsent(key, keys.size());
      if (b == null) {
        b = keys.size();
        keys.add(key);
        if (b == counts.length) {
          counts = Arrays.copyOf(counts, 2 * b);
        }
      }
      counts[b]++;
      ballotOfVoter[v++] = b;
    }
    int[][] ballots = new int[keys.size()][];
    BigDecimal[][] points = new BigDecimal[keys.size()][];
    for (int b = 0; b < ballots.length; b++) {
      ballots[b] = keys.get(b).projects;
      points[b] = keys.get(b).points;
    }
    return new BudgetTally(
        instance, ballots, Arrays.copyOf(counts, ballots.length), points, ballotOfVoter);
  }

  /** A ballot's content as project indices and points, compared by content. */
  private static final class BallotKey {
    private final int[] projects;
    private final BigDecimal[] points;
    private final int hash;

    BallotKey(int[] projects, BigDecimal[] points) {
      this.projects = projects;
      this.points = points;
      this.hash = 31 * Arrays.hashCode(projects) + Arrays.hashCode(points);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof BallotKey k
          && k.hash == hash
          && Arrays.equals(k.projects, projects)
          && Arrays.equals(k.points, points);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  int size() {
    return projects.size();
  }

  ProjectId id(int project) {
    return projects.get(project).id();
  }

  BigDecimal budget() {
    return instance.budget();
  }

  /**
   * Every project's total satisfaction under a measure: the sum over voters of their satisfaction
   * with that project alone. Exact: sums and products of decimals.
   */
  BigDecimal[] totalSatisfaction(SatisfactionMeasure measure) {
    BigDecimal[] total = new BigDecimal[size()];
    switch (measure.base()) {
      case ONE -> {
        for (int q = 0; q < total.length; q++) {
          total[q] = BigDecimal.valueOf(votes[q]);
        }
      }
      case BORDA -> {
        long[] borda = new long[size()];
        for (int b = 0; b < ballots.length; b++) {
          int[] ballot = ballots[b];
          for (int k = 0; k < ballot.length; k++) {
            borda[ballot[k]] += multiplicities[b] * (ballot.length - k - 1);
          }
        }
        for (int q = 0; q < total.length; q++) {
          total[q] = BigDecimal.valueOf(borda[q]);
        }
      }
      case POINTS -> {
        Arrays.fill(total, BigDecimal.ZERO);
        for (int b = 0; b < ballots.length; b++) {
          int[] ballot = ballots[b];
          BigDecimal multiplicity = BigDecimal.valueOf(multiplicities[b]);
          for (int k = 0; k < ballot.length; k++) {
            BigDecimal given = points[b].length == 0 ? BigDecimal.ZERO : points[b][k];
            total[ballot[k]] = total[ballot[k]].add(given.multiply(multiplicity));
          }
        }
      }
      default -> throw new AssertionError(measure);
    }
    if (measure.timesCost()) {
      for (int q = 0; q < total.length; q++) {
        total[q] = total[q].multiply(costs[q]);
      }
    }
    return total;
  }

  /** For each project, the distinct ballots (indices into {@link #ballots}) naming it. */
  int[][] supporters() {
    int[] counts = new int[size()];
    for (int[] ballot : ballots) {
      for (int q : ballot) {
        counts[q]++;
      }
    }
    int[][] supporters = new int[size()][];
    for (int q = 0; q < supporters.length; q++) {
      supporters[q] = new int[counts[q]];
    }
    int[] filled = new int[size()];
    for (int b = 0; b < ballots.length; b++) {
      for (int q : ballots[b]) {
        supporters[q][filled[q]++] = b;
      }
    }
    return supporters;
  }

  /**
   * The order in which a tie-breaking prefers projects, first preferred first: id order ({@link
   * TieBreaking#LEXICOGRAPHIC}, and {@link TieBreaking#REFUSE}, for which the order only fixes
   * where a refusal is detected), or most voters, then lowest cost, then id ({@link
   * TieBreaking#VOTES_THEN_COST}).
   */
  Comparator<Integer> preference(TieBreaking tieBreaking) {
    return switch (tieBreaking) {
      case LEXICOGRAPHIC, REFUSE -> Comparator.naturalOrder();
      case VOTES_THEN_COST ->
          Comparator.<Integer>comparingLong(q -> -votes[q])
              .thenComparing(q -> costs[q])
              .thenComparing(Comparator.naturalOrder());
    };
  }

  /** Every project index, in the order of {@link #preference}. */
  Integer[] preferenceOrder(TieBreaking tieBreaking) {
    Integer[] order = new Integer[size()];
    for (int q = 0; q < order.length; q++) {
      order[q] = q;
    }
    Arrays.sort(order, preference(tieBreaking));
    return order;
  }

  /** The outcome of funding {@code selection}, in that order. */
  Decision<BudgetOutcome> accept(String rule, TieBreaking tieBreaking, List<Integer> selection) {
    return Decision.accepted(outcome(rule, tieBreaking, selection, List.of()));
  }

  /**
   * The outcome of funding {@code selection}, in that order, with the voters' payments (by voter
   * index in the profile; empty for rules without payments).
   */
  BudgetOutcome outcome(
      String rule,
      TieBreaking tieBreaking,
      List<Integer> selection,
      List<ImmutableMap<ProjectId, Fraction>> payments) {
    BigDecimal total = BigDecimal.ZERO;
    boolean[] selected = new boolean[size()];
    List<ProjectId> order = new ArrayList<>(selection.size());
    for (int q : selection) {
      checkArgument(!selected[q], "project %s selected twice", id(q));
      selected[q] = true;
      total = total.add(costs[q]);
      order.add(id(q));
    }
    BigDecimal leftover = budget().subtract(total);
    boolean exhaustive = isExhaustive(selected, leftover);
    return BudgetOutcome.builder()
        .rule(rule)
        .tieBreaking(tieBreaking)
        .addAllSelectionOrder(order)
        .totalCost(total)
        .leftover(leftover)
        .exhaustive(exhaustive)
        .addAllPayments(payments)
        .build();
  }

  /** Whether no project outside {@code selection} costs at most what it leaves of the budget. */
  boolean isExhaustive(List<Integer> selection) {
    boolean[] selected = new boolean[size()];
    BigDecimal leftover = budget();
    for (int q : selection) {
      selected[q] = true;
      leftover = leftover.subtract(costs[q]);
    }
    return isExhaustive(selected, leftover);
  }

  private boolean isExhaustive(boolean[] selected, BigDecimal leftover) {
    for (int q = 0; q < size(); q++) {
      if (!selected[q] && costs[q].compareTo(leftover) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** The refusal of a tie between projects, named in id order, with what they tie on. */
  <T> Decision<T> refuseTie(String rule, Collection<Integer> tied, String reason) {
    String names =
        tied.stream().sorted().distinct().map(q -> id(q).value()).collect(Collectors.joining(", "));
    return Decision.rejected(
        List.of(
            Violation.of(
                BudgetRuleCode.TIE,
                String.format(
                    "%s: tie between projects %s (%s); tie-breaking REFUSE does not choose",
                    rule, names, reason))));
  }
}
