package io.github.tongxin.governance.budgeting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * One run of the Method of Equal Shares in interval arithmetic on {@code double}s: the fast path
 * of {@link MesRun}, which it answers for exactly or not at all. Not public; not thread-safe.
 *
 * <p>Every quantity is kept as an interval {@code [lo, hi]} that contains its exact value: each
 * floating-point result is widened by one ulp on each side ({@link Math#nextDown}, {@link
 * Math#nextUp}), which contains the exact result of the operation on the bounds because IEEE 754
 * rounds to nearest. A decision (is a project affordable, is a supporter poor, which project has
 * the smallest ρ) is taken only when the intervals settle it; where they overlap, {@link #run}
 * returns {@code false} and the caller runs the exact {@link MesRun} instead. A run that returns
 * {@code true} has therefore taken every decision the exact run takes, in the same way: same
 * projects, same order, and ρ intervals that contain the exact values. Exact ties (which the
 * tie-breaking rule must decide) always overlap, so they always go to the exact run.
 *
 * <p>Computing ρ without sorting (pabutools' {@code affordability_poor_rich}): write {@code x} for
 * the payment per unit of weight. Start with the supporters who have no money left as the poor
 * set {@code S} and {@code x_S = (cost − Σ_S b) / Σ_{not S} w}; move to {@code S} every supporter
 * that is certainly poor at {@code x_S} ({@code b < x_S·w}) and repeat until none moves; then
 * check that every other supporter is certainly rich ({@code b ≥ x_S·w}). Every supporter moved
 * is truly poor (if {@code S} holds only truly poor supporters then {@code x_S ≤ x*}), {@code
 * x_S} grows with {@code S}, and the final check makes {@code x_S} a solution of {@code Σ min(b,
 * x·w) = cost}, which has exactly one. When {@code S} holds only supporters without money, ρ is
 * known exactly ({@code cost / (W·unit)} with an integer {@code W}); exact values decide exact
 * ties, which are common with cost satisfaction (ρ is 1 / supporters while nobody is poor).
 *
 * <p>Certifying a stretch of budgets (used by {@link IteratedMes}): given the trace of a run at a
 * lower budget {@code t} (the reference), a run at {@code T > t} also checks, in every round in
 * which it has so far followed the reference, that every project other than the reference's
 * winner {@code p} is either unaffordable at {@code T} or has, at {@code T}, a ρ (or a lower bound
 * of it) above the reference's ρ of {@code p} at {@code t} (or equal to it, if {@code p} comes
 * first in the tie-breaking order and ties are broken). {@link IteratedMes} explains why this
 * proves that every budget in {@code [t, T]} selects the same projects in the same order.
 */
final class FastMesRun {
  private static final int UNAFFORDABLE = 0;
  private static final int AFFORDABLE = 1;
  private static final int UNCERTAIN = 2;

  private final MesSetup s;
  /**
   * Budget bounds per class of voters ({@code b[2c]} the lower, {@code b[2c + 1]} the upper).
   * With uniform weights a class holds the groups that supported the same selected projects and
   * paid alike, so its voters have exactly the same budget: class 0 is everyone at the start, and
   * selecting a project moves its supporters to new classes. Otherwise class {@code g} is group
   * {@code g}.
   */
  private double[] b;
  private int classCount;
  /** The class of each group. */
  private final int[] classOf;
  /** Per class: scratch of an evaluation (a stamp and the number of voters) and of a selection. */
  private int[] classStamp;
  private long[] classMass;
  private int[] classChild;
  private boolean[] classPoor;
  private int[] classScratch;
  /** The class of voters without money, once there is one (uniform weights); -1 before. */
  private int broke = -1;
  private final boolean[] done;
  private final double[] boundLo;
  /** The support weight that gives {@link #boundLo} exactly, or -1: see {@link #exact}. */
  private final long[] boundWeight;
  private final double[] costLo;
  private final double[] costHi;
  private final double[] unitLo;
  private final double[] unitHi;
  /** A project's supporting classes (indices into {@link #evalClasses}), the poor first. */
  private final int[][] entriesOf;
  private final int[] entriesLength;
  /** The supporting classes of a project at its latest evaluation. */
  private final int[][] evalClasses;
  /** Their numbers of voters, with uniform weights (aligned). */
  private final long[][] evalMass;

  // the latest evaluation of each project
  private final double[] evalLo;
  private final double[] evalHi;
  /** The support weight that gives the latest ρ exactly, or -1: see {@link #exact}. */
  private final long[] evalWeight;
  private final double[] evalXLo;
  private final double[] evalXHi;
  private final int[] evalPoor;

  private final int[] order;
  private final double[] rhoLo;
  private final double[] rhoHi;
  private final Fraction[] rhoExact;
  private final int[][] poorOf;
  private int round;
  private int[] tie = new int[0];

  private final MesTrace reference;
  private boolean following;
  private boolean certified;

  /**
   * Prepares a run in which every voter starts with {@code budgetNum / budgetDen} (scaled money),
   * certifying against {@code reference} if it is not null.
   */
  FastMesRun(MesSetup setup, BigInteger budgetNum, BigInteger budgetDen, MesTrace reference) {
    this(setup, budgetNum, budgetDen, reference, new Workspace(setup));
  }

  /**
   * The arrays a run grows as it goes (per class, per project, scratch), kept from one run to the
   * next of the same setup so that a sequence of runs (the iterated variant) allocates them once.
   * Everything a run reads from them it has written first. Not thread-safe: one per thread.
   */
  static final class Workspace {
    private final int[] classOf;
    private double[] b;
    private int[] classStamp;
    private long[] classMass;
    private int[] classChild;
    private boolean[] classPoor;
    private int[] classScratch;
    private int stamp;
    private final int[][] entriesOf;
    private final int[][] evalClasses;
    private final long[][] evalMass;
    private int[] scratch = new int[0];

    Workspace(MesSetup s) {
      int classes = s.uniform ? 64 : s.groupCount;
      classOf = new int[s.groupCount];
      b = new double[2 * classes];
      classStamp = new int[classes];
      classMass = new long[classes];
      classChild = new int[classes];
      classPoor = new boolean[classes];
      classScratch = new int[classes];
      entriesOf = new int[s.projectCount][];
      evalClasses = new int[s.projectCount][];
      evalMass = new long[s.projectCount][];
    }
  }

  private final Workspace ws;

  /** As {@link #FastMesRun(MesSetup, BigInteger, BigInteger, MesTrace)}, in a workspace. */
  FastMesRun(
      MesSetup setup,
      BigInteger budgetNum,
      BigInteger budgetDen,
      MesTrace reference,
      Workspace workspace) {
    this.s = setup;
    this.ws = workspace;
    int projects = s.projectCount;
    double[] start = interval(budgetNum, budgetDen);
    int classes = s.uniform ? 1 : s.groupCount;
    b = ws.b;
    for (int c = 0; c < classes; c++) {
      b[2 * c] = start[0];
      b[2 * c + 1] = start[1];
    }
    classCount = classes;
    classOf = ws.classOf;
    if (s.uniform) {
      Arrays.fill(classOf, 0);
    } else {
      Arrays.setAll(classOf, g -> g);
    }
    classStamp = ws.classStamp;
    classMass = ws.classMass;
    classChild = ws.classChild;
    classPoor = ws.classPoor;
    classScratch = ws.classScratch;
    done = new boolean[projects];
    // everyone rich: ρ = cost / (Σ m·w · unit), a lower bound for the whole run
    boundLo = s.initialBoundLo.clone();
    boundWeight = s.totalWeight.clone();
    costLo = s.costLo;
    costHi = s.costHi;
    unitLo = s.unitLo;
    unitHi = s.unitHi;
    entriesOf = ws.entriesOf;
    entriesLength = new int[projects];
    evalClasses = ws.evalClasses;
    evalMass = ws.evalMass;
    evalLo = new double[projects];
    evalHi = new double[projects];
    evalWeight = new long[projects];
    evalXLo = new double[projects];
    evalXHi = new double[projects];
    evalPoor = new int[projects];
    order = new int[projects];
    rhoLo = new double[projects];
    rhoHi = new double[projects];
    rhoExact = new Fraction[projects];
    poorOf = new int[projects][];
    this.reference = reference;
    following = reference != null;
  }

  /** An interval of doubles that contains {@code num / den} (both non-negative, den > 0). */
  static double[] interval(BigInteger num, BigInteger den) {
    if (den.equals(BigInteger.ONE) && num.bitLength() <= 53) {
      double exact = num.doubleValue();
      return new double[] {exact, exact};
    }
    double d = new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128).doubleValue();
    return new double[] {Math.max(0, down(down(d))), up(up(d))};
  }

  private static double down(double x) {
    return Math.nextDown(x);
  }

  private static double up(double x) {
    return Math.nextUp(x);
  }

  /**
   * Runs the rule to the end.
   *
   * @return {@code false} if a decision could not be settled in floating point
   */
  boolean run() {
    int[] candidates = new int[s.projectCount];
    long[] keys = new long[s.projectCount];
    int[] evaluated = new int[s.projectCount];
    int[] contenders = new int[s.projectCount];
    while (true) {
      int count = 0;
      for (int q = 0; q < s.projectCount; q++) {
        if (!done[q]) {
          candidates[count++] = q;
        }
      }
      sortByKey(candidates, count, boundLo, keys);
      int evaluatedCount = 0;
      double bestHi = Double.POSITIVE_INFINITY;
      for (int k = 0; k < count; k++) {
        int q = candidates[k];
        if (boundLo[q] > bestHi) {
          continue; // the order of candidates is approximate: skip, never stop early
        }
        int affordable = evaluate(q);
        if (affordable == UNCERTAIN) {
          return false;
        }
        if (affordable == UNAFFORDABLE) {
          done[q] = true;
          continue;
        }
        boundLo[q] = evalLo[q];
        boundWeight[q] = evalWeight[q];
        evaluated[evaluatedCount++] = q;
        bestHi = Math.min(bestHi, evalHi[q]);
      }
      if (evaluatedCount == 0) {
        if (following) {
          certified = round == reference.order().length;
        }
        return true;
      }
      int contenderCount = 0;
      for (int k = 0; k < evaluatedCount; k++) {
        int q = evaluated[k];
        if (evalLo[q] <= bestHi) {
          contenders[contenderCount++] = q;
        }
      }
      int winner = contenders[0];
      if (contenderCount > 1) {
        // only exact values can settle this: a tie or a near-tie
        Fraction min = null;
        Fraction[] exacts = new Fraction[contenderCount];
        for (int k = 0; k < contenderCount; k++) {
          Fraction r = exact(contenders[k], evalWeight[contenders[k]]);
          if (r == null) {
            return false;
          }
          exacts[k] = r;
          if (min == null || r.compareTo(min) < 0) {
            min = r;
          }
        }
        int tied = 0;
        for (int k = 0; k < contenderCount; k++) {
          if (exacts[k].compareTo(min) == 0) {
            contenders[tied++] = contenders[k];
          }
        }
        if (tied > 1 && s.tieBreaking == TieBreaking.REFUSE) {
          tie = Arrays.copyOf(contenders, tied);
          following = false;
          return true;
        }
        winner = contenders[0];
        for (int k = 1; k < tied; k++) {
          if (s.rank[contenders[k]] < s.rank[winner]) {
            winner = contenders[k];
          }
        }
      }
      if (following) {
        follow(winner, candidates, count);
      }
      apply(winner);
    }
  }

  /**
   * In a round where the run still follows the reference: checks the sandwich condition for every
   * other remaining project (see {@link IteratedMes}).
   */
  private void follow(int winner, int[] candidates, int count) {
    if (round >= reference.order().length || reference.order()[round] != winner) {
      following = false;
      return;
    }
    double threshold = reference.rhoHigh()[round];
    Fraction thresholdExact = reference.rhoExact()[round];
    for (int k = 0; k < count; k++) {
      int q = candidates[k];
      if (q == winner || done[q]) {
        continue;
      }
      boolean equalAllowed = s.tieBreaking != TieBreaking.REFUSE && s.rank[winner] < s.rank[q];
      if (clears(q, threshold, thresholdExact, equalAllowed)) {
        continue;
      }
      int affordable = evaluate(q);
      if (affordable == UNAFFORDABLE) {
        done[q] = true;
        continue;
      }
      if (affordable == UNCERTAIN) {
        following = false;
        return;
      }
      boundLo[q] = evalLo[q];
      boundWeight[q] = evalWeight[q];
      if (!clears(q, threshold, thresholdExact, equalAllowed)) {
        following = false;
        return;
      }
    }
  }

  /**
   * Whether the lower bound of a project's ρ is above (or, if allowed, at) a threshold, for
   * certain.
   */
  private boolean clears(int q, double threshold, Fraction thresholdExact, boolean equalAllowed) {
    double lower = boundLo[q];
    if (lower > threshold || equalAllowed && lower >= threshold) {
      return true;
    }
    if (boundWeight[q] < 0 || thresholdExact == null) {
      return false;
    }
    Fraction lowerExact = exact(q, boundWeight[q]);
    int c = lowerExact.compareTo(thresholdExact);
    return c > 0 || equalAllowed && c == 0;
  }

  /** Whether the run followed the reference all the way and proved the sandwich conditions. */
  boolean isCertified() {
    return certified;
  }

  /** The trace of a completed run. */
  MesTrace trace() {
    BigInteger total = BigInteger.ZERO;
    for (int r = 0; r < round; r++) {
      total = total.add(s.cost[order[r]]);
    }
    return new MesTrace(
        Arrays.copyOf(order, round),
        Arrays.copyOf(rhoLo, round),
        Arrays.copyOf(rhoHi, round),
        Arrays.copyOf(rhoExact, round),
        Arrays.copyOf(poorOf, round),
        tie,
        total);
  }

  /**
   * The exact ρ {@code cost / (weight · unit)} of a project whose supporters either have no money
   * left or all pay {@code ρ·u}, where {@code weight} is the weight of the latter; null if {@code
   * weight} is -1 (ρ not known exactly).
   */
  private Fraction exact(int q, long weight) {
    return weight < 0
        ? null
        : Fraction.of(s.cost[q], BigInteger.valueOf(weight).multiply(s.unit[q]));
  }

  /** Evaluates a project: whether it is affordable and, if so, its ρ. */
  private int evaluate(int q) {
    int[] groups = s.supporters[q];
    int size;
    int[] cls;
    long[] m;
    long[] w;
    if (s.uniform) {
      // gather the supporters by class: a class's voters have one budget
      long[] mq = s.multiplicityOf[q];
      // a new stamp for this evaluation; stamps grow across the workspace's runs, so a class
      // marked in an earlier run or evaluation is never taken as marked now
      int stamp = ++ws.stamp;
      int[] list = classScratch;
      size = 0;
      if (classCount == 1) {
        // nothing selected yet: every supporter is in the one class, with weight 1 each
        list[size++] = 0;
        classMass[0] = s.totalWeight[q];
      } else {
        for (int k = 0; k < groups.length; k++) {
          int c = classOf[groups[k]];
          if (classStamp[c] != stamp) {
            classStamp[c] = stamp;
            classMass[c] = 0;
            list[size++] = c;
          }
          classMass[c] += mq[k];
        }
      }
      cls = evalClasses[q];
      m = evalMass[q];
      if (cls == null || cls.length < size) {
        int length = Math.max(size, cls == null ? 0 : 2 * cls.length);
        cls = new int[length];
        m = new long[length];
        evalMass[q] = m;
      }
      for (int k = 0; k < size; k++) {
        int c = list[k];
        cls[k] = c;
        m[k] = classMass[c];
      }
      w = null;
    } else {
      // every group is a class of its own
      size = groups.length;
      cls = groups;
      m = s.multiplicityOf[q];
      w = s.weights[q];
    }
    evalClasses[q] = cls;
    int[] entries = entriesOf[q];
    if (entries == null || entries.length < size) {
      entries = new int[Math.max(size, entries == null ? 0 : 2 * entries.length)];
      entriesOf[q] = entries;
    }
    entriesLength[q] = size;
    double c = costLo[q];
    double cHi = costHi[q];
    // first pass: supporters without money are poor; so is anyone certainly below the payment
    // everyone would make if all were rich (a lower bound of the true payment per weight)
    double xFloor = down(c / up(s.totalWeight[q]));
    double totalLo = 0;
    double totalHi = 0;
    double paidLo = 0;
    double paidHi = 0;
    int zeros = 0;
    int poorWithMoney = 0;
    int rest = size;
    long weight = s.totalWeight[q];
    int[] poorScratch = scratch(size);
    // with uniform weights (w == null) every threshold below is the same for all: computed once
    double floorOne = down(xFloor);
    for (int k = 0; k < size; k++) {
      int c2 = 2 * cls[k];
      double h = b[c2 + 1];
      long wk = w == null ? 1 : w[k];
      if (h == 0) {
        entries[zeros++] = k;
        weight -= wk * m[k];
      } else {
        double ml = m[k] * b[c2];
        double mh = m[k] * h;
        totalLo += ml;
        totalHi += mh;
        if (h < (w == null ? floorOne : down(xFloor * wk))) {
          poorScratch[poorWithMoney++] = k;
          paidLo += ml;
          paidHi += mh;
          weight -= wk * m[k];
        } else {
          entries[--rest] = k;
        }
      }
    }
    // zeros fill [0, zeros), the others [rest, size): the poor with money go in between
    System.arraycopy(poorScratch, 0, entries, zeros, poorWithMoney);
    // the sums above are rounded: widen them by a bound of the relative error (2^-50 · size)
    double slack = 0x1p-50 * (size + 2);
    totalLo = Math.max(0, totalLo - totalLo * slack);
    totalHi = totalHi + totalHi * slack;
    paidLo = Math.max(0, paidLo - paidLo * slack);
    paidHi = paidHi + paidHi * slack;
    if (totalHi < c) {
      return UNAFFORDABLE;
    }
    if (!(totalLo >= cHi)) {
      return UNCERTAIN;
    }
    int poor = zeros + poorWithMoney;
    if (weight <= 0) {
      return UNCERTAIN;
    }
    double xLo = Math.max(0, down(down(c - paidHi) / up(weight)));
    double xHi = up(up(cHi - paidLo) / down(weight));
    // the payment bounds are updated on each move, so later entries see the higher bound
    double lowOne = down(xLo);
    double highOne = up(xHi);
    while (true) {
      int moved = 0;
      boolean unsure = false;
      for (int k = poor; k < size; k++) {
        int entry = entries[k];
        int c2 = 2 * cls[entry];
        long wk = w == null ? 1 : w[entry];
        if (b[c2 + 1] < (w == null ? lowOne : down(xLo * wk))) {
          entries[k] = entries[poor];
          entries[poor] = entry;
          poor++;
          paidLo = down(paidLo + down(m[entry] * b[c2]));
          paidHi = up(paidHi + up(m[entry] * b[c2 + 1]));
          weight -= wk * m[entry];
          moved++;
          if (weight <= 0) {
            return UNCERTAIN;
          }
          xLo = Math.max(0, down(down(c - paidHi) / up(weight)));
          xHi = up(up(cHi - paidLo) / down(weight));
          lowOne = down(xLo);
          highOne = up(xHi);
        } else if (!(b[c2] >= (w == null ? highOne : up(xHi * wk)))) {
          unsure = true;
        }
      }
      if (moved == 0) {
        if (unsure) {
          return UNCERTAIN;
        }
        break;
      }
    }
    evalXLo[q] = xLo;
    evalXHi[q] = xHi;
    evalLo[q] = Math.max(0, down(xLo / unitHi[q]));
    evalHi[q] = up(xHi / unitLo[q]);
    evalWeight[q] = poor == zeros ? weight : -1;
    evalPoor[q] = poor;
    return AFFORDABLE;
  }

  /** A new class of voters; its budget bounds are to be set. */
  private int newClass() {
    if (classCount == classStamp.length) {
      int n = 2 * classCount;
      b = Arrays.copyOf(b, 2 * n);
      classStamp = Arrays.copyOf(classStamp, n);
      classMass = Arrays.copyOf(classMass, n);
      classChild = Arrays.copyOf(classChild, n);
      classPoor = Arrays.copyOf(classPoor, n);
      classScratch = Arrays.copyOf(classScratch, n);
      ws.b = b;
      ws.classStamp = classStamp;
      ws.classMass = classMass;
      ws.classChild = classChild;
      ws.classPoor = classPoor;
      ws.classScratch = classScratch;
    }
    return classCount++;
  }

  /**
   * Selects a project. With uniform weights, the supporters in each class move to a class of their
   * own (the poor all to one class of voters without money, which never splits again); otherwise
   * every group is its own class and pays in place.
   */
  private void apply(int q) {
    int[] groups = s.supporters[q];
    int[] entries = entriesOf[q];
    int[] cls = evalClasses[q];
    int size = entriesLength[q];
    int poor = evalPoor[q];
    double xLo = evalXLo[q];
    double xHi = evalXHi[q];
    long[] w = s.uniform ? null : s.weights[q];
    int[] poorGroups;
    if (s.uniform) {
      for (int k = 0; k < size; k++) {
        int from = cls[entries[k]];
        classPoor[from] = k < poor;
        if (k < poor) {
          if (broke < 0) {
            if (b[2 * from + 1] == 0) {
              broke = from;
            } else {
              broke = newClass();
              b[2 * broke] = 0;
              b[2 * broke + 1] = 0;
            }
          }
          classChild[from] = broke;
        } else {
          int child = newClass();
          b[2 * child] = Math.max(0, down(b[2 * from] - up(xHi)));
          b[2 * child + 1] = Math.max(0, up(b[2 * from + 1] - down(xLo)));
          classChild[from] = child;
        }
      }
      int[] found = scratch(groups.length);
      int count = 0;
      for (int g : groups) {
        int from = classOf[g];
        if (classPoor[from]) {
          found[count++] = g;
        }
        classOf[g] = classChild[from];
      }
      poorGroups = Arrays.copyOf(found, count);
    } else {
      poorGroups = new int[poor];
      for (int k = 0; k < poor; k++) {
        int g = cls[entries[k]];
        poorGroups[k] = g;
        b[2 * g] = 0;
        b[2 * g + 1] = 0;
      }
      for (int k = poor; k < size; k++) {
        int entry = entries[k];
        int g2 = 2 * cls[entry];
        double wk = w[entry];
        b[g2] = Math.max(0, down(b[g2] - up(xHi * wk)));
        b[g2 + 1] = Math.max(0, up(b[g2 + 1] - down(xLo * wk)));
      }
    }
    poorOf[round] = poorGroups;
    order[round] = q;
    rhoLo[round] = evalLo[q];
    rhoHi[round] = evalHi[q];
    rhoExact[round] = exact(q, evalWeight[q]);
    done[q] = true;
    round++;
  }

  private int[] scratch(int size) {
    if (ws.scratch.length < size) {
      ws.scratch = new int[size];
    }
    return ws.scratch;
  }

  /** Sorts {@code items[0..count)} by approximately {@code key[item]} (non-negative doubles). */
  private static void sortByKey(int[] items, int count, double[] key, long[] scratch) {
    if (count < 2) {
      return;
    }
    int bits = 64 - Long.numberOfLeadingZeros(count);
    long mask = (1L << bits) - 1;
    for (int k = 0; k < count; k++) {
      scratch[k] = (Double.doubleToRawLongBits(key[items[k]]) & ~mask) | k;
    }
    Arrays.sort(scratch, 0, count);
    int[] copy = Arrays.copyOf(items, count);
    for (int k = 0; k < count; k++) {
      items[k] = copy[(int) (scratch[k] & mask)];
    }
  }
}
