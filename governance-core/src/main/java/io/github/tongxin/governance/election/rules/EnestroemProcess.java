package io.github.tongxin.governance.election.rules;

import static io.github.tongxin.governance.election.rules.PhragmenSearch.FRESH;
import static io.github.tongxin.governance.election.rules.PhragmenSearch.SAFETY;
import static io.github.tongxin.governance.election.rules.PhragmenSearch.U;

import io.github.tongxin.governance.election.rules.PhragmenSearch.Input;
import io.github.tongxin.governance.election.rules.PhragmenSearch.Node;
import io.github.tongxin.governance.internal.Rational;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The Phragmén–Eneström method exactly as abcvoting computes it ({@code
 * _phragmen_enestroem_algorithm}): the numbers of a node are the voters' budgets, initially their
 * weights. The price of a seat is W / k (W the total weight). In each round the support of a
 * candidate not yet elected is the total budget of its approvers; the candidates with the largest
 * support s tie. Electing one multiplies the budget of each of its approvers by {@code (s -
 * price) / s} if s exceeds the price, and by 0 otherwise.
 *
 * <p>Budgets only fall, so supports only fall, which the lazy scoring of {@link PhragmenSearch}
 * relies on (the double score is the negated support, smaller is better).
 */
final class EnestroemProcess extends PhragmenSearch.Process {
  private final Rational price;
  private final double doublePrice;

  private EnestroemProcess(Input input, int committeeSize) {
    super(input, PhragmenSearch.ZERO_ID + 2);
    this.price = input.exactTotalWeight.dividedBy(committeeSize);
    this.doublePrice = price.toDouble();
  }

  /** The root: the empty committee, every budget equal to the voter's weight. */
  static Node start(Input input, int committeeSize) {
    EnestroemProcess process = new EnestroemProcess(input, committeeSize);
    double total = 0;
    for (double w : input.weight) {
      total += w;
    }
    // Every budget is its voter's weight: one history id for all.
    int[] ids = new int[input.voters];
    Arrays.fill(ids, PhragmenSearch.ZERO_ID + 1);
    process.setIdValue(PhragmenSearch.ZERO_ID + 1, Rational.ONE);
    return Node.root(
        process,
        PhragmenSearch.noMembers(input.candidates),
        0,
        input.weight.clone(),
        input.unitWeights ? 0 : SAFETY * U * total,
        ids);
  }

  @Override
  Rational[] exactRoot() {
    return input.exactWeight.clone();
  }

  @Override
  boolean minimizing() {
    return false;
  }

  @Override
  boolean zeroIsInert() {
    return true;
  }

  @Override
  byte evaluate(Node node, int c) {
    int[] voters = input.approvers[c];
    double total = 0;
    for (int v : voters) {
      total += node.numbers[v];
    }
    node.value[c] = -total;
    node.valueError[c] = supportError(voters.length, total, node.error);
    return FRESH;
  }

  /** The error of a support computed in double; budgetError is an L1 bound on the budgets. */
  private static double supportError(int degree, double total, double budgetError) {
    return budgetError + SAFETY * (degree + 2) * U * total;
  }

  /** The exact support of candidate {@code c} at {@code node}. */
  @Override
  Rational exactScore(Node node, int c) {
    Rational known = supportFromHistories(node, c);
    if (known != null) {
      return known;
    }
    Rational[] budgets = exact(node);
    Rational total = Rational.ZERO;
    for (int v : input.approvers[c]) {
      if (budgets[v].signum() > 0) {
        total = total.plus(budgets[v]);
      }
    }
    return total;
  }

  /** The exact support of c if its approvers' budgets are known from their histories. */
  private @Nullable Rational supportFromHistories(Node node, int c) {
    Rational total = Rational.ZERO;
    for (int v : input.approvers[c]) {
      Rational perWeight = idValue(node.ids[v]);
      if (perWeight == null) {
        return null;
      }
      total = total.plus(input.weighted(v, perWeight));
    }
    return total;
  }

  /** The exact multiplier for the budgets of c's approvers when c is elected at {@code node}. */
  private Rational exactMultiplier(Node node, int c) {
    Rational s = score(node, c);
    return s.compareTo(price) > 0 ? s.minus(price).dividedBy(s) : Rational.ZERO;
  }

  @Override
  Node child(Node node, int c) {
    int[] voters = input.approvers[c];
    double s = 0;
    for (int v : voters) {
      s += node.numbers[v];
    }
    double multiplier;
    boolean zero;
    Rational exact = null;
    if (node.hasScore(c)
        || Math.abs(s - doublePrice) <= supportError(voters.length, s, node.error) + 2 * U * doublePrice) {
      // Whether s exceeds the price is not certain in double: decide exactly.
      exact = exactMultiplier(node, c);
      zero = exact.signum() == 0;
      multiplier = exact.toDouble();
    } else {
      zero = s < doublePrice;
      multiplier = zero ? 0 : (s - doublePrice) / s;
    }
    double[] budgets = node.numbers.clone();
    int[] ids;
    if (zero) {
      ids = node.ids.clone();
      for (int v : voters) {
        budgets[v] = 0;
        ids[v] = PhragmenSearch.ZERO_ID;
      }
    } else {
      // Budgets are multiplied by the same factor: a payment (see extended) when the factor is
      // known exactly, otherwise a new atom per old id.
      ids = node.ids.clone();
      int factor = exact == null ? -1 : valueId(exact);
      newElection();
      for (int v : voters) {
        budgets[v] *= multiplier;
        int id = ids[v];
        if (id == PhragmenSearch.ZERO_ID) {
          continue;
        }
        if (factor < 0) {
          ids[v] = atom(id);
        } else {
          int paid = extended(id, factor);
          Rational before = idValue(id);
          if (idValue(paid) == null && before != null) {
            setIdValue(paid, before.times(exact));
          }
          ids[v] = paid;
        }
      }
    }
    // The budget update b -> b * (s - price) / s is 1-Lipschitz in the L1 norm, so the inherited
    // error does not grow; add the rounding of s, of the multiplier and of the products.
    double error = node.error + SAFETY * (voters.length + 5) * U * s;
    return node.child(c, budgets, error, ids, voters);
  }

  @Override
  Rational[] exactChild(Node parent, int c) {
    Rational[] budgets = exact(parent);
    Rational multiplier = exactMultiplier(parent, c);
    Rational[] result = budgets.clone();
    for (int v : input.approvers[c]) {
      result[v] = budgets[v].times(multiplier);
    }
    return result;
  }
}
