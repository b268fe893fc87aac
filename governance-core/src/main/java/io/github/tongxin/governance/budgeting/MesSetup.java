package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An election prepared for the Method of Equal Shares: money scaled to integers, voters merged
 * into groups of identical utility vectors (a multiprofile, coarser than {@link
 * BudgetProfile#distinctBallots()}: only the supported projects and their utilities count), and
 * for every project the groups that support it with integer weights. Immutable after
 * construction; shared by every run of the iterated variant. Not public.
 *
 * <p>Scaling: every amount of money (budget, costs, and the per-voter increment of 1 currency
 * unit) is multiplied by {@code moneyScale = 10^s}, where {@code s} is the largest decimal scale
 * among the budget and the costs, so that they become integers. Utilities are written as {@code
 * unit(p) · weight(i, p)} with a positive integer weight: for {@link SatisfactionMeasure#COST} the unit
 * is the (scaled) cost and every weight is 1; for {@link SatisfactionMeasure#CARDINALITY} both are 1;
 * for points and Borda scores the unit is 1 and the weight is the score times one common power
 * of ten. Scaling every utility by the same positive factor scales every ρ of a round by the same
 * factor, so the rule's choices are unchanged, and payments {@code ρ · u} do not change at all.
 */
final class MesSetup {
  final TieBreaking tieBreaking;

  /** {@code 10^s}: money in the setup is in units of {@code 1 / moneyScale}. */
  final BigInteger moneyScale;

  /** The budget limit, scaled. */
  final BigInteger budget;

  /** The number of voters. */
  final int voters;

  /** Number of voter groups (distinct utility vectors over the projects MES can select). */
  final int groupCount;

  /** Voters per group. */
  final long[] multiplicity;

  /** The voter indices (in the profile) of each group. */
  final int[][] groupVoters;

  /** Number of projects MES can select with money (supported, positive cost). */
  final int projectCount;

  /** Their ids, in id order. */
  final ProjectId[] ids;

  /** Their scaled costs. */
  final BigInteger[] cost;

  /** Their utility units (see the class comment). */
  final BigInteger[] unit;

  /** For each project, the supporting groups. */
  final int[][] supporters;

  /** For each project, the integer weight of each supporting group (aligned). */
  final long[][] weights;

  /** For each project, the multiplicity of each supporting group (aligned). */
  final long[][] multiplicityOf;

  /** For each project, the sum of multiplicity × weight over its supporters. */
  final long[] totalWeight;

  /** Whether every weight is 1 (cost and cardinality satisfaction). */
  final boolean uniform;

  /** Tie-breaking rank of each project: among tied projects the smallest rank wins. */
  final int[] rank;

  /** Supported projects of cost 0, as indices of the tally, in id order: selected first. */
  final ImmutableList<Integer> freeProjects;

  /** The index in the tally of each project MES can select with money. */
  final int[] tallyIndex;

  /** Lower bounds of each project's scaled cost. */
  final double[] costLo;

  /** Upper bounds of each project's scaled cost. */
  final double[] costHi;

  /** Lower bounds of each project's utility unit. */
  final double[] unitLo;

  /** Upper bounds of each project's utility unit. */
  final double[] unitHi;

  /** A double lower bound of each project's ρ when every supporter is rich. */
  final double[] initialBoundLo;

  MesSetup(
      BudgetTally tally, BudgetProfile profile, SatisfactionMeasure satisfaction, TieBreaking tieBreaking) {
    BudgetInstance instance = tally.instance;
    checkNotNull(profile, "profile");
    checkNotNull(satisfaction, "satisfaction");
    this.tieBreaking = checkNotNull(tieBreaking, "tieBreaking");
    checkArgument(
        satisfaction.appliesTo(profile.type()),
        "the rule does not apply to %s ballots",
        profile.type().token());
    uniform = satisfaction.base() == SatisfactionMeasure.Base.ONE;
    BudgetProject[] all = tally.projects.toArray(new BudgetProject[0]);
    int scale = scaleOf(instance.budget());
    for (BudgetProject p : all) {
      scale = Math.max(scale, scaleOf(p.cost()));
    }
    moneyScale = BigInteger.TEN.pow(scale);
    budget = scaled(instance.budget());
    voters = profile.voters();
    int pointScale = 0;
    if (satisfaction.base() == SatisfactionMeasure.Base.POINTS) {
      for (BigDecimal[] given : tally.points) {
        for (BigDecimal p : given) {
          if (p.signum() > 0) {
            pointScale = Math.max(pointScale, scaleOf(p));
          }
        }
      }
    }

    // pass 1: each distinct ballot's supported projects (instance index) with integer weights
    int ballotCount = tally.ballots.length;
    boolean[] supported = new boolean[all.length];
    int[][] supportedBy = new int[ballotCount][];
    long[][] weightBy = uniform ? null : new long[ballotCount][];
    for (int b = 0; b < ballotCount; b++) {
      int[] named = tally.ballots[b];
      int size = named.length;
      int[] index = new int[size];
      long[] weight = uniform ? null : new long[size];
      int kept = 0;
      for (int position = 0; position < size; position++) {
        int i = named[position];
        long w = weight(satisfaction, tally.ballots[b], tally.points[b], position, all[i], pointScale);
        if (w > 0) {
          supported[i] = true;
          index[kept] = i;
          if (weight != null) {
            weight[kept] = w;
          }
          kept++;
        }
      }
      supportedBy[b] = kept == size ? index : Arrays.copyOf(index, kept);
      if (weightBy != null) {
        weightBy[b] = Arrays.copyOf(weight, kept);
      }
    }

    // the projects MES can select with money, and the free ones
    ImmutableList.Builder<Integer> free = ImmutableList.builder();
    int[] mesIndex = new int[all.length];
    Arrays.fill(mesIndex, -1);
    List<Integer> mes = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      if (!supported[i]) {
        continue;
      }
      if (all[i].cost().signum() == 0) {
        free.add(i);
      } else {
        mesIndex[i] = mes.size();
        mes.add(i);
      }
    }
    freeProjects = free.build();
    projectCount = mes.size();
    tallyIndex = mes.stream().mapToInt(Integer::intValue).toArray();
    ids = new ProjectId[projectCount];
    cost = new BigInteger[projectCount];
    unit = new BigInteger[projectCount];
    for (int q = 0; q < projectCount; q++) {
      BudgetProject p = all[mes.get(q)];
      ids[q] = p.id();
      cost[q] = scaled(p.cost());
      unit[q] = satisfaction.timesCost() ? cost[q] : BigInteger.ONE;
    }

    // pass 2: groups of distinct ballots, and so of voters, with the same (project, weight)
    // vector
    Map<Key, Integer> groupOf = new HashMap<>();
    List<long[]> keys = new ArrayList<>();
    int[] groupOfBallot = new int[ballotCount];
    for (int b = 0; b < ballotCount; b++) {
      int[] index = supportedBy[b];
      long[] packed = new long[uniform ? index.length : 2 * index.length];
      int n = 0;
      for (int k = 0; k < index.length; k++) {
        int q = mesIndex[index[k]];
        if (q < 0) {
          continue;
        }
        if (uniform) {
          packed[n++] = q;
        } else {
          packed[n++] = q;
          packed[n++] = weightBy[b][k];
        }
      }
      packed = n == packed.length ? packed : Arrays.copyOf(packed, n);
      sortKey(packed, uniform ? 1 : 2);
      Key key = new Key(packed);
      Integer g = groupOf.putIfAbsent(key, keys.size());
      if (g == null) {
        g = keys.size();
        keys.add(packed);
      }
      groupOfBallot[b] = g;
    }
    groupCount = keys.size();
    multiplicity = new long[groupCount];
    for (int b = 0; b < ballotCount; b++) {
      multiplicity[groupOfBallot[b]] += tally.multiplicities[b];
    }
    groupVoters = new int[groupCount][];
    for (int g = 0; g < groupCount; g++) {
      groupVoters[g] = new int[Math.toIntExact(multiplicity[g])];
    }
    int[] filledVoters = new int[groupCount];
    for (int v = 0; v < voters; v++) {
      int g = groupOfBallot[tally.ballotOfVoter[v]];
      groupVoters[g][filledVoters[g]++] = v;
    }
    int stride = uniform ? 1 : 2;
    int[] supporterCount = new int[projectCount];
    for (long[] key : keys) {
      for (int k = 0; k < key.length; k += stride) {
        supporterCount[(int) key[k]]++;
      }
    }
    supporters = new int[projectCount][];
    weights = new long[projectCount][];
    multiplicityOf = new long[projectCount][];
    totalWeight = new long[projectCount];
    for (int q = 0; q < projectCount; q++) {
      supporters[q] = new int[supporterCount[q]];
      weights[q] = new long[supporterCount[q]];
      multiplicityOf[q] = new long[supporterCount[q]];
    }
    int[] filled = new int[projectCount];
    for (int g = 0; g < groupCount; g++) {
      long[] key = keys.get(g);
      for (int k = 0; k < key.length; k += stride) {
        int q = (int) key[k];
        long w = uniform ? 1 : key[k + 1];
        int at = filled[q]++;
        supporters[q][at] = g;
        weights[q][at] = w;
        multiplicityOf[q][at] = multiplicity[g];
        totalWeight[q] = Math.addExact(totalWeight[q], Math.multiplyExact(w, multiplicity[g]));
      }
    }

    costLo = new double[projectCount];
    costHi = new double[projectCount];
    unitLo = new double[projectCount];
    unitHi = new double[projectCount];
    initialBoundLo = new double[projectCount];
    for (int q = 0; q < projectCount; q++) {
      double[] c = FastMesRun.interval(cost[q], BigInteger.ONE);
      costLo[q] = c[0];
      costHi[q] = c[1];
      double[] u = FastMesRun.interval(unit[q], BigInteger.ONE);
      unitLo[q] = u[0];
      unitHi[q] = u[1];
      // everyone rich: ρ = cost / (Σ m·w · unit), a lower bound for the whole run
      initialBoundLo[q] =
          FastMesRun.interval(cost[q], BigInteger.valueOf(totalWeight[q]).multiply(unit[q]))[0];
    }

    // tie-breaking ranks: the tally's preference order, restricted to these projects
    rank = new int[projectCount];
    int next = 0;
    for (int i : tally.preferenceOrder(tieBreaking)) {
      if (mesIndex[i] >= 0) {
        rank[mesIndex[i]] = next++;
      }
    }
  }

  /** The integer weight a ballot gives the project at a position; 0 if it does not support it. */
  private static long weight(
      SatisfactionMeasure satisfaction,
      int[] ballot,
      BigDecimal[] points,
      int position,
      BudgetProject project,
      int pointScale) {
    if (satisfaction.timesCost() && project.cost().signum() == 0) {
      return 0;
    }
    return switch (satisfaction.base()) {
      case ONE -> 1;
      case POINTS -> {
        BigDecimal given = points[position];
        yield given.signum() > 0 ? given.movePointRight(pointScale).longValueExact() : 0;
      }
      case BORDA -> ballot.length - position - 1L;
    };
  }

  /** Sorts a packed key by project, keeping each project's weight with it. */
  private static void sortKey(long[] packed, int stride) {
    if (stride == 1) {
      Arrays.sort(packed);
      return;
    }
    int n = packed.length / 2;
    long[] pairs = new long[n];
    for (int k = 0; k < n; k++) {
      pairs[k] = packed[2 * k] << 32 | k;
    }
    Arrays.sort(pairs);
    long[] copy = packed.clone();
    for (int k = 0; k < n; k++) {
      int from = (int) (pairs[k] & 0xffffffffL);
      packed[2 * k] = copy[2 * from];
      packed[2 * k + 1] = copy[2 * from + 1];
    }
  }

  /** A group key: an array compared by content. */
  private static final class Key {
    private final long[] values;
    private final int hash;

    Key(long[] values) {
      this.values = values;
      this.hash = Arrays.hashCode(values);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.hash == hash && Arrays.equals(k.values, values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static int scaleOf(BigDecimal value) {
    return value.scale() <= 0 ? 0 : Math.max(0, value.stripTrailingZeros().scale());
  }

  /** An amount of money in scaled units; exact. */
  BigInteger scaled(BigDecimal money) {
    return money.multiply(new BigDecimal(moneyScale)).toBigIntegerExact();
  }
}
