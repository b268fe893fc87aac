package io.github.tongxin.governance.election.rules;

import static io.github.tongxin.governance.election.rules.PhragmenSearch.FRESH;
import static io.github.tongxin.governance.election.rules.PhragmenSearch.SAFETY;
import static io.github.tongxin.governance.election.rules.PhragmenSearch.U;

import io.github.tongxin.governance.election.rules.PhragmenSearch.Input;
import io.github.tongxin.governance.election.rules.PhragmenSearch.Node;
import io.github.tongxin.governance.internal.Rational;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Phragmén's sequential rule exactly as abcvoting computes it ({@code _seqphragmen_resolute} and
 * {@code _seqphragmen_irresolute}): the numbers of a node are the voters' loads. In each round a
 * candidate c not yet elected gets the new maximum load
 *
 * <pre>
 *   (sum of weight(v) * load(v) over the approvers v of c  +  1) / (total weight of c's approvers)
 * </pre>
 *
 * or k + 1 if nobody approves c (abcvoting's constant); the candidates with the smallest value
 * tie, and electing c sets the load of each of its approvers to that value.
 *
 * <p>The process starts from zero loads, or from the loads {@code -budget(v) / weight(v)} that a
 * run of the Method of Equal Shares leaves (abcvoting's seq-Phragmén completion). Values never
 * decrease from round to round (the new maximum load is at least every approver's load), which
 * the lazy scoring of {@link PhragmenSearch} relies on.
 */
final class SeqPhragmenProcess extends PhragmenSearch.Process {
  private static final int[] NOBODY = new int[0];

  private final int committeeSize;
  private final Rational unapprovedValue;
  private final Supplier<Rational[]> startExact;
  // Scratch for the incremental update in child().
  private final double[] delta;
  private final double[] deltaMagnitude;
  private final int[] deltaCount;
  private final int[] touched;

  private SeqPhragmenProcess(
      Input input, int committeeSize, Supplier<Rational[]> startExact, int firstId) {
    super(input, firstId);
    this.committeeSize = committeeSize;
    this.unapprovedValue = Rational.of(committeeSize + 1L);
    this.startExact = startExact;
    this.delta = new double[input.candidates];
    this.deltaMagnitude = new double[input.candidates];
    this.deltaCount = new int[input.candidates];
    this.touched = new int[input.candidates];
  }

  /** The root of seq-Phragmén from the empty committee and zero loads. */
  static Node start(Input input, int committeeSize) {
    Rational[] zeros = new Rational[input.voters];
    Arrays.fill(zeros, Rational.ZERO);
    SeqPhragmenProcess process =
        new SeqPhragmenProcess(input, committeeSize, () -> zeros, PhragmenSearch.ZERO_ID + 1);
    return Node.root(
        process,
        PhragmenSearch.noMembers(input.candidates),
        0,
        new double[input.voters],
        0,
        new int[input.voters]);
  }

  /**
   * The root of the seq-Phragmén completion of a Method of Equal Shares run that ended at {@code
   * equalShares}: its committee, and loads {@code -budget(v) / weight(v)}.
   */
  static Node completing(Node equalShares, int committeeSize) {
    Input input = equalShares.process.input;
    double[] loads = new double[input.voters];
    double maxLoad = 0;
    double minWeight = 1;
    for (int v = 0; v < input.voters; v++) {
      loads[v] = input.unitWeights ? -equalShares.numbers[v] : -equalShares.numbers[v] / input.weight[v];
      maxLoad = Math.max(maxLoad, -loads[v]);
      minWeight = Math.min(minWeight, input.weight[v]);
    }
    // The budgets' error is an L1 bound, hence also a bound on each budget.
    double loadError = equalShares.error / minWeight + SAFETY * U * maxLoad;
    Supplier<Rational[]> exact =
        () -> {
          Rational[] budgets = equalShares.process.exact(equalShares);
          Rational[] result = new Rational[input.voters];
          for (int v = 0; v < input.voters; v++) {
            result[v] = input.perWeight(v, budgets[v]).negated();
          }
          return result;
        };
    // Equal budgets per weight give equal loads, and a zero budget a zero load: the ids carry over.
    SeqPhragmenProcess process =
        new SeqPhragmenProcess(input, committeeSize, exact, equalShares.process.nextId());
    return Node.root(
        process,
        equalShares.members.clone(),
        equalShares.size,
        loads,
        loadError,
        equalShares.ids);
  }

  @Override
  boolean minimizing() {
    return true;
  }

  @Override
  boolean zeroIsInert() {
    return false;
  }

  @Override
  byte evaluate(Node node, int c) {
    int[] voters = input.approvers[c];
    if (voters.length == 0) {
      node.value[c] = committeeSize + 1;
      node.valueError[c] = 0;
      return FRESH;
    }
    double total = 0;
    double magnitude = 0;
    double[] loads = node.numbers;
    if (input.unitWeights) {
      for (int v : voters) {
        total += loads[v];
        magnitude += Math.abs(loads[v]);
      }
    } else {
      for (int v : voters) {
        double weighted = input.weight[v] * loads[v];
        total += weighted;
        magnitude += Math.abs(weighted);
      }
    }
    double w = input.approvalWeight[c];
    double x = (total + 1) / w;
    node.value[c] = x;
    // Each load is within node.error, so the weighted mean of the approvers' loads is too; the
    // rest is the rounding of this computation.
    node.valueError[c] =
        node.error
            + SAFETY * ((voters.length + 2) * U * (magnitude + 1) / w + (voters.length + 3) * U * x);
    return FRESH;
  }

  /** The exact value of candidate {@code c} at {@code node}. */
  @Override
  Rational exactScore(Node node, int c) {
    int[] voters = input.approvers[c];
    if (voters.length == 0) {
      return unapprovedValue;
    }
    Rational[] loads = exact(node);
    Rational total = Rational.ONE;
    for (int v : voters) {
      if (loads[v].signum() != 0) {
        total = total.plus(input.weighted(v, loads[v]));
      }
    }
    return total.dividedBy(input.exactApprovalWeight[c]);
  }

  /**
   * The node after electing c. The values of the other candidates are updated in place of being
   * recomputed: a candidate d gains {@code weight(v) * (t - load(v)) / W_d} for each approver v
   * it shares with c. The computed value then differs from the exact one by the weighted mean of
   * the current load errors (at most the node's error) plus the rounding of every update, which
   * {@code valueError} accumulates.
   */
  @Override
  Node child(Node node, int c) {
    int[] voters = input.approvers[c];
    if (voters.length == 0) {
      return node.child(c, node.numbers, node.error, node.ids, NOBODY);
    }
    double t;
    double tError;
    Rational exact = node.hasScore(c) ? node.score(c) : null;
    if (exact != null) {
      t = exact.toDouble();
      tError = SAFETY * U * Math.abs(t);
    } else {
      if (node.state[c] != FRESH) {
        evaluate(node, c);
      }
      t = node.value[c];
      tError = node.valueError[c];
    }
    double[] loads = node.numbers.clone();
    int[] ids = node.ids.clone();
    // Every approver's load becomes t: equal loads, and equal to other loads of the same exact value.
    int id = valueId(exact);
    double childError = Math.max(node.error, tError);
    Node child = node.child(c, loads, childError, ids, NOBODY);
    byte[] state = child.state;
    int count = 0;
    for (int v : voters) {
      double change = input.unitWeights ? t - node.numbers[v] : input.weight[v] * (t - node.numbers[v]);
      double magnitude = Math.abs(change);
      for (int d : input.ballots[v]) {
        if (state[d] != FRESH) {
          if (state[d] != PhragmenSearch.EXCLUDED) {
            state[d] = PhragmenSearch.STALE;
          }
          continue;
        }
        if (deltaCount[d] == 0) {
          touched[count++] = d;
        }
        delta[d] += change;
        deltaMagnitude[d] += magnitude;
        deltaCount[d]++;
      }
      loads[v] = t;
      ids[v] = id;
    }
    double raise = childError - node.error;
    if (raise > 0) {
      for (int d = 0; d < state.length; d++) {
        if (state[d] == FRESH) {
          child.valueError[d] += raise;
        }
      }
    }
    for (int i = 0; i < count; i++) {
      int d = touched[i];
      double w = input.approvalWeight[d];
      double x = child.value[d] + delta[d] / w;
      child.value[d] = x;
      child.valueError[d] +=
          SAFETY * (deltaCount[d] + 3) * U * (Math.abs(x) + deltaMagnitude[d] / w);
      delta[d] = 0;
      deltaMagnitude[d] = 0;
      deltaCount[d] = 0;
    }
    return child;
  }

  @Override
  Rational[] exactRoot() {
    return startExact.get();
  }

  @Override
  Rational[] exactChild(Node parent, int c) {
    Rational[] loads = exact(parent);
    int[] voters = input.approvers[c];
    if (voters.length == 0) {
      return loads;
    }
    Rational t = score(parent, c);
    Rational[] result = loads.clone();
    for (int v : voters) {
      result[v] = t;
    }
    return result;
  }
}
