package io.github.tongxin.governance.election.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.election.rules.RulesGenerators.Election;
import io.github.tongxin.governance.internal.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the rules of {@link ThieleFamily}, on generated profiles: symmetry, well-formed
 * results, and agreement with an independent brute force over all k-subsets.
 */
class ThieleFamilyProperties {
  /** Rules whose irresolute result is every k-subset of optimal score. */
  private static final List<String> OPTIMISATION =
      List.of(
          "av", "sav", "pav", "slav", "cc", "lexcc", "geom2", "minimaxav",
          "lexminimaxav", "monroe");

  /** Rules that accept voter weights. */
  private static final List<String> WEIGHTED =
      List.of(
          "av", "sav", "pav", "slav", "cc", "lexcc", "geom2", "minimaxav", "seqpav",
          "revseqpav", "seqslav", "seqcc", "consensus-rule", "trivial");

  private static final List<String> UNIT_WEIGHTS_ONLY =
      List.of("monroe", "greedy-monroe", "lexminimaxav");

  private static List<CommitteeRule> rules() {
    List<CommitteeRule> rules = new ArrayList<>();
    for (CommitteeRule rule : ThieleFamily.rules()) {
      rules.add(rule);
    }
    return rules;
  }

  private static Gen<Election> small() {
    return RulesGenerators.elections(8, 7, 40);
  }

  /** The same profiles with weights 0.1 to 2.4. */
  private static Gen<Election> weighted(Gen<Election> elections) {
    return elections.flatMap(
        e ->
            intArrays(constant(e.profile().voters()), range(1, 24))
                .map(
                    marks -> {
                      List<BigDecimal> weights = new ArrayList<>();
                      for (int mark : marks) {
                        weights.add(BigDecimal.valueOf(mark, 1));
                      }
                      return new Election(e.profile().withWeights(weights), e.committeeSize());
                    }));
  }

  @Test
  void everyCommitteeHasKDistinctCandidatesAndTheResoluteOneIsAmongTheTied() {
    qt().withExamples(150)
        .forAll(small())
        .checkAssert(
            e -> {
              for (CommitteeRule rule : rules()) {
                Committee resolute = rule.resolute(e.profile(), e.committeeSize());
                assertThat(resolute.size()).as(rule.id()).isEqualTo(e.committeeSize());
                assertThat(resolute.members().last()).isLessThan(e.profile().candidates());
                if (rule.isResoluteOnly()) {
                  continue;
                }
                ImmutableList<Committee> all = rule.irresolute(e.profile(), e.committeeSize());
                assertThat(all).as(rule.id()).isNotEmpty().isSorted().doesNotHaveDuplicates();
                assertThat(all).allSatisfy(c -> assertThat(c.size()).isEqualTo(e.committeeSize()));
                assertThat(all).as(rule.id()).contains(resolute);
              }
            });
  }

  @Test
  void permutingVotersChangesNoResult() {
    qt().withExamples(100)
        .forAll(small(), range(0, 1_000_000))
        .checkAssert(
            (e, seed) -> {
              ApprovalProfile permuted =
                  RulesGenerators.permuteVoters(e.profile(), permutation(e.profile().voters(), seed));
              for (CommitteeRule rule : rules()) {
                if (rule.id().equals("greedy-monroe")) {
                  continue; // assigns voters in index order, by definition
                }
                int k = e.committeeSize();
                assertThat(rule.resolute(permuted, k))
                    .as(rule.id())
                    .isEqualTo(rule.resolute(e.profile(), k));
                assertThat(rule.irresolute(permuted, k))
                    .as(rule.id())
                    .isEqualTo(rule.irresolute(e.profile(), k));
              }
            });
  }

  @Test
  void relabellingCandidatesRelabelsTheTiedCommittees() {
    qt().withExamples(100)
        .forAll(small(), range(0, 1_000_000))
        .checkAssert(
            (e, seed) -> {
              int[] relabel = permutation(e.profile().candidates(), seed);
              ApprovalProfile renamed = RulesGenerators.relabelCandidates(e.profile(), relabel);
              for (CommitteeRule rule : rules()) {
                if (rule.isResoluteOnly()) {
                  continue;
                }
                int k = e.committeeSize();
                Set<Committee> expected = new HashSet<>();
                for (Committee c : rule.irresolute(e.profile(), k)) {
                  expected.add(RulesGenerators.relabel(c, relabel));
                }
                assertThat(new HashSet<>(rule.irresolute(renamed, k)))
                    .as(rule.id())
                    .isEqualTo(expected);
              }
            });
  }

  @Test
  void optimisationRulesMatchBruteForce() {
    qt().withExamples(150).forAll(small()).checkAssert(e -> checkBruteForce(e, OPTIMISATION));
  }

  @Test
  void optimisationRulesMatchBruteForceOnLargerProfiles() {
    qt().withExamples(25)
        .forAll(RulesGenerators.elections(30, 11, 30))
        .checkAssert(e -> checkBruteForce(e, List.of("pav", "slav", "cc", "geom2", "monroe")));
  }

  @Test
  void weightedOptimisationRulesMatchBruteForce() {
    List<String> weightedOptimisation = new ArrayList<>(OPTIMISATION);
    weightedOptimisation.retainAll(WEIGHTED);
    qt().withExamples(100)
        .forAll(weighted(small()))
        .checkAssert(e -> checkBruteForce(e, weightedOptimisation));
  }

  @Test
  void sequentialRulesMatchANaiveParallelUniverseSearch() {
    qt().withExamples(120)
        .forAll(weighted(small()))
        .checkAssert(
            e -> {
              for (String id : List.of("seqpav", "seqslav", "seqcc", "revseqpav")) {
                CommitteeRule rule = CommitteeRules.byId(id).orElseThrow();
                List<Committee> naive = naiveSequential(e.profile(), e.committeeSize(), id);
                assertThat(rule.irresolute(e.profile(), e.committeeSize()))
                    .as(id)
                    .isEqualTo(naive);
              }
            });
  }

  @Test
  void rulesForUnitWeightsOnlyRejectWeights() {
    qt().withExamples(20)
        .forAll(weighted(small()))
        .assuming(e -> !e.profile().hasUnitWeights())
        .checkAssert(
            e -> {
              for (String id : UNIT_WEIGHTS_ONLY) {
                CommitteeRule rule = CommitteeRules.byId(id).orElseThrow();
                assertThatThrownBy(() -> rule.resolute(e.profile(), e.committeeSize()))
                    .as(id)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unit weights");
              }
            });
  }

  /** The BigInteger engine (forced by a negative bit budget) computes what the long engine does. */
  @Test
  void theBigIntegerEngineAgreesWithTheLongEngine() {
    qt().withExamples(60)
        .forAll(weighted(RulesGenerators.elections(12, 8, 35)))
        .checkAssert(
            e -> {
              ThieleInput input = ThieleInput.of(e.profile());
              int k = e.committeeSize();
              for (ThieleFunction function : ThieleFunction.values()) {
                int forward = Math.min(k, input.maxBallot);
                ThieleSolver fast = ThieleSolver.of(input, function, k, forward, 61);
                ThieleSolver big = ThieleSolver.of(input, function, k, forward, -1);
                assertThat(big).isInstanceOf(ThieleBigEngine.class);
                assertThat(big.optimal()).as(function.name()).isEqualTo(fast.optimal());
                assertThat(big.optimalAll()).as(function.name()).containsExactlyElementsOf(fast.optimalAll());
                assertThat(big.sequential()).isEqualTo(fast.sequential());
                assertThat(big.sequentialAll()).containsExactlyElementsOf(fast.sequentialAll());
                ThieleSolver fastReverse = ThieleSolver.of(input, function, k, input.maxBallot, 61);
                ThieleSolver bigReverse = ThieleSolver.of(input, function, k, input.maxBallot, -1);
                assertThat(bigReverse.reverseSequential())
                    .isEqualTo(fastReverse.reverseSequential());
                assertThat(bigReverse.reverseSequentialAll())
                    .containsExactlyElementsOf(fastReverse.reverseSequentialAll());
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // The independent brute force.

  private static void checkBruteForce(Election e, List<String> ids) {
    ApprovalProfile profile = e.profile();
    int k = e.committeeSize();
    for (String id : ids) {
      if (UNIT_WEIGHTS_ONLY.contains(id) && !profile.hasUnitWeights()) {
        continue;
      }
      List<Committee> expected = bruteForce(profile, k, (p, c) -> key(id, p, c));
      CommitteeRule rule = CommitteeRules.byId(id).orElseThrow();
      assertThat(rule.irresolute(profile, k)).as(id + " irresolute").isEqualTo(expected);
      assertThat(rule.resolute(profile, k)).as(id + " resolute").isEqualTo(expected.get(0));
    }
  }

  /** Every k-subset whose key is largest, in lexicographic order. */
  private static List<Committee> bruteForce(
      ApprovalProfile profile, int k, BiFunction<ApprovalProfile, Set<Integer>, List<Rational>> key) {
    List<Committee> best = new ArrayList<>();
    List<Rational> bestKey = null;
    for (Set<Integer> subset : subsets(profile.candidates(), k)) {
      List<Rational> value = key.apply(profile, subset);
      int cmp = bestKey == null ? 1 : compareKeys(value, bestKey);
      if (cmp > 0) {
        best.clear();
        bestKey = value;
      }
      if (cmp >= 0) {
        best.add(Committee.of(subset));
      }
    }
    Collections.sort(best);
    return best;
  }

  private static List<Set<Integer>> subsets(int m, int k) {
    List<Set<Integer>> result = new ArrayList<>();
    for (int mask = 0; mask < 1 << m; mask++) {
      if (Integer.bitCount(mask) == k) {
        Set<Integer> subset = new TreeSet<>();
        for (int c = 0; c < m; c++) {
          if ((mask & 1 << c) != 0) {
            subset.add(c);
          }
        }
        result.add(subset);
      }
    }
    return result;
  }

  private static int compareKeys(List<Rational> a, List<Rational> b) {
    for (int i = 0; i < a.size(); i++) {
      int cmp = a.get(i).compareTo(b.get(i));
      if (cmp != 0) {
        return cmp;
      }
    }
    return 0;
  }

  /** The quantity a rule maximises (compared lexicographically), written from its definition. */
  private static List<Rational> key(String id, ApprovalProfile profile, Set<Integer> committee) {
    int k = committee.size();
    switch (id) {
      case "av":
        return List.of(thiele(profile, committee, j -> Rational.ONE));
      case "pav":
        return List.of(thiele(profile, committee, j -> Rational.of(1, j)));
      case "slav":
        return List.of(thiele(profile, committee, j -> Rational.of(1, 2L * j - 1)));
      case "cc":
        return List.of(thiele(profile, committee, j -> j == 1 ? Rational.ONE : Rational.ZERO));
      case "geom2":
        return List.of(thiele(profile, committee, j -> Rational.of(1, 1L << (j - 1))));
      case "lexcc":
        {
          List<Rational> vector = new ArrayList<>();
          for (int l = 1; l <= k; l++) {
            int level = l;
            vector.add(thiele(profile, committee, j -> j == level ? Rational.ONE : Rational.ZERO));
          }
          return vector;
        }
      case "sav":
        {
          Rational total = Rational.ZERO;
          for (int v = 0; v < profile.voters(); v++) {
            Set<Integer> ballot = profile.ballots().get(v);
            for (int c : ballot) {
              if (committee.contains(c)) {
                total = total.plus(weight(profile, v).dividedBy(ballot.size()));
              }
            }
          }
          return List.of(total);
        }
      case "minimaxav":
        {
          int max = 0;
          for (Set<Integer> ballot : profile.ballots()) {
            max = Math.max(max, hamming(ballot, committee));
          }
          return List.of(Rational.of(-max));
        }
      case "lexminimaxav":
        {
          List<Integer> distances = new ArrayList<>();
          for (Set<Integer> ballot : profile.ballots()) {
            distances.add(hamming(ballot, committee));
          }
          distances.sort(Collections.reverseOrder());
          List<Rational> vector = new ArrayList<>();
          for (int d : distances) {
            vector.add(Rational.of(-d));
          }
          return vector;
        }
      case "monroe":
        return List.of(Rational.of(monroe(profile, committee)));
      default:
        throw new AssertionError(id);
    }
  }

  private static Rational weight(ApprovalProfile profile, int v) {
    return Rational.of(profile.weights().get(v));
  }

  private static Rational thiele(
      ApprovalProfile profile, Set<Integer> committee, java.util.function.IntFunction<Rational> f) {
    Rational total = Rational.ZERO;
    for (int v = 0; v < profile.voters(); v++) {
      int approved = 0;
      for (int c : profile.ballots().get(v)) {
        if (committee.contains(c)) {
          approved++;
          total = total.plus(weight(profile, v).times(f.apply(approved)));
        }
      }
    }
    return total;
  }

  private static int hamming(Set<Integer> ballot, Set<Integer> committee) {
    Set<Integer> difference = new HashSet<>(ballot);
    difference.addAll(committee);
    Set<Integer> both = new HashSet<>(ballot);
    both.retainAll(committee);
    difference.removeAll(both);
    return difference.size();
  }

  /**
   * The Monroe score by brute force over which members get the larger districts, each time a
   * maximum matching of voters into the members' places (Kuhn's augmenting paths).
   */
  private static int monroe(ApprovalProfile profile, Set<Integer> committee) {
    int n = profile.voters();
    int k = committee.size();
    List<Integer> members = new ArrayList<>(committee);
    int best = 0;
    for (int mask = 0; mask < 1 << k; mask++) {
      if (Integer.bitCount(mask) != n % k) {
        continue;
      }
      List<Integer> places = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        int size = n / k + ((mask & 1 << j) != 0 ? 1 : 0);
        for (int s = 0; s < size; s++) {
          places.add(members.get(j));
        }
      }
      int[] holder = new int[places.size()];
      Arrays.fill(holder, -1);
      int matched = 0;
      for (int v = 0; v < n; v++) {
        if (kuhn(profile, v, places, holder, new boolean[places.size()])) {
          matched++;
        }
      }
      best = Math.max(best, matched);
    }
    return best;
  }

  private static boolean kuhn(
      ApprovalProfile profile, int v, List<Integer> places, int[] holder, boolean[] seen) {
    for (int i = 0; i < places.size(); i++) {
      if (!seen[i] && profile.ballots().get(v).contains(places.get(i))) {
        seen[i] = true;
        if (holder[i] < 0 || kuhn(profile, holder[i], places, holder, seen)) {
          holder[i] = v;
          return true;
        }
      }
    }
    return false;
  }

  /** Sequential and reverse sequential Thiele rules straight from their definitions. */
  private static List<Committee> naiveSequential(ApprovalProfile profile, int k, String id) {
    java.util.function.IntFunction<Rational> f =
        id.endsWith("slav")
            ? j -> Rational.of(1, 2L * j - 1)
            : id.endsWith("cc") ? j -> j == 1 ? Rational.ONE : Rational.ZERO : j -> Rational.of(1, j);
    Set<Committee> result = new TreeSet<>();
    if (id.startsWith("rev")) {
      Set<Integer> all = new TreeSet<>();
      for (int c = 0; c < profile.candidates(); c++) {
        all.add(c);
      }
      shrink(profile, k, f, all, result);
    } else {
      grow(profile, k, f, new TreeSet<>(), result);
    }
    return new ArrayList<>(result);
  }

  private static void grow(
      ApprovalProfile profile,
      int k,
      java.util.function.IntFunction<Rational> f,
      Set<Integer> committee,
      Set<Committee> result) {
    if (committee.size() == k) {
      result.add(Committee.of(committee));
      return;
    }
    Rational base = thiele(profile, committee, f);
    Rational best = null;
    List<Integer> tied = new ArrayList<>();
    for (int c = 0; c < profile.candidates(); c++) {
      if (committee.contains(c)) {
        continue;
      }
      Set<Integer> larger = new TreeSet<>(committee);
      larger.add(c);
      Rational gain = thiele(profile, larger, f).minus(base);
      int cmp = best == null ? 1 : gain.compareTo(best);
      if (cmp > 0) {
        best = gain;
        tied.clear();
      }
      if (cmp >= 0) {
        tied.add(c);
      }
    }
    for (int c : tied) {
      Set<Integer> larger = new TreeSet<>(committee);
      larger.add(c);
      grow(profile, k, f, larger, result);
    }
  }

  private static void shrink(
      ApprovalProfile profile,
      int k,
      java.util.function.IntFunction<Rational> f,
      Set<Integer> committee,
      Set<Committee> result) {
    if (committee.size() == k) {
      result.add(Committee.of(committee));
      return;
    }
    Rational base = thiele(profile, committee, f);
    Rational least = null;
    List<Integer> tied = new ArrayList<>();
    for (int c : committee) {
      Set<Integer> smaller = new TreeSet<>(committee);
      smaller.remove(c);
      Rational loss = base.minus(thiele(profile, smaller, f));
      int cmp = least == null ? -1 : loss.compareTo(least);
      if (cmp < 0) {
        least = loss;
        tied.clear();
      }
      if (cmp <= 0) {
        tied.add(c);
      }
    }
    for (int c : tied) {
      Set<Integer> smaller = new TreeSet<>(committee);
      smaller.remove(c);
      shrink(profile, k, f, smaller, result);
    }
  }

  private static int[] permutation(int size, int seed) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(i);
    }
    Collections.shuffle(list, new Random(seed));
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
