package io.github.tongxin.governance.election.rules;

import static io.github.tongxin.governance.election.rules.PhragmenSearch.EXCLUDED;
import static io.github.tongxin.governance.election.rules.PhragmenSearch.FRESH;
import static io.github.tongxin.governance.election.rules.PhragmenSearch.SAFETY;
import static io.github.tongxin.governance.election.rules.PhragmenSearch.U;
import static io.github.tongxin.governance.election.rules.PhragmenSearch.UNCERTAIN;

import io.github.tongxin.governance.election.rules.PhragmenSearch.Input;
import io.github.tongxin.governance.election.rules.PhragmenSearch.Node;
import io.github.tongxin.governance.internal.Rational;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The first phase of the Method of Equal Shares exactly as abcvoting computes it ({@code
 * _equal_shares_algorithm}): the numbers of a node are the voters' remaining budgets.
 *
 * <p>Each voter starts with {@code weight(v) * B / W}, where W is the total weight and B the
 * committee size (or, for the increment completion, a larger virtual committee size). A
 * candidate costs 1. It is affordable if its approvers' budgets add up to at least 1; its price
 * per unit of weight is then the smallest q with {@code sum over approvers of min(budget(v), q *
 * weight(v)) = 1}, found as abcvoting does: start with every approver "rich", q = 1 / (their
 * weight); voters whose budget is below q * weight become "poor" and pay all they have; repeat
 * with q = (1 - budget of the poor) / (weight of the rich) until nobody new is poor. The
 * affordable candidates with the smallest q tie; electing c makes each approver pay {@code
 * min(budget(v), q * weight(v))}. The phase ends when no candidate is affordable (or the committee
 * is full).
 *
 * <p>Budgets only fall, so prices only rise and a candidate that cannot be afforded never can
 * again, which the lazy scoring of {@link PhragmenSearch} relies on.
 */
final class EqualSharesProcess extends PhragmenSearch.Process {
  private final Rational budgetUnits;
  // The rounding part of the last price computed by evaluate().
  private double priceRounding;

  private EqualSharesProcess(Input input, Rational budgetUnits) {
    super(input, PhragmenSearch.ZERO_ID + 2);
    this.budgetUnits = budgetUnits;
  }

  /**
   * The root: the empty committee, and budgets {@code weight(v) * budgetUnits / W} (budgetUnits
   * is the committee size, or a larger virtual one for the increment completion).
   */
  static Node start(Input input, long budgetUnits) {
    EqualSharesProcess process = new EqualSharesProcess(input, Rational.of(budgetUnits));
    double[] budgets = new double[input.voters];
    double total = 0;
    if (input.unitWeights) {
      Arrays.fill(budgets, process.share().toDouble());
      total = budgets.length == 0 ? 0 : budgets[0] * budgets.length;
    } else {
      Rational[] exact = process.exactRoot();
      for (int v = 0; v < input.voters; v++) {
        budgets[v] = exact[v].toDouble();
        total += budgets[v];
      }
    }
    // Every budget is its voter's weight times the same share: one history id for all.
    int[] ids = new int[input.voters];
    Arrays.fill(ids, PhragmenSearch.ZERO_ID + 1);
    process.setIdValue(PhragmenSearch.ZERO_ID + 1, process.share());
    return Node.root(
        process,
        PhragmenSearch.noMembers(input.candidates),
        0,
        budgets,
        SAFETY * U * total,
        ids);
  }

  /** Each voter's budget per unit of weight at the start. */
  private Rational share() {
    // Without voters there is nothing to share (abcvoting rejects such profiles).
    return input.voters == 0 ? Rational.ZERO : budgetUnits.dividedBy(input.exactTotalWeight);
  }

  @Override
  Rational[] exactRoot() {
    Rational share = share();
    Rational[] budgets = new Rational[input.voters];
    for (int v = 0; v < input.voters; v++) {
      budgets[v] = input.weighted(v, share);
    }
    return budgets;
  }

  @Override
  boolean minimizing() {
    return true;
  }

  @Override
  boolean zeroIsInert() {
    return true;
  }

  /**
   * Whether candidate {@code c} is affordable with the node's budgets (each within {@code
   * node.error} of its exact value, and so is their sum), and if it is, its price in {@code
   * node.value[c]} with an error bound in {@code node.valueError[c]}.
   */
  @Override
  byte evaluate(Node node, int c) {
    int[] voters = input.approvers[c];
    int degree = voters.length;
    if (degree == 0) {
      return EXCLUDED;
    }
    double[] budgets = node.numbers;
    double error = node.error;
    double total = 0;
    for (int v : voters) {
      total += budgets[v];
    }
    double totalError = error + SAFETY * (degree + 2) * U * total;
    if (total + totalError < 1) {
      return EXCLUDED; // budgets only fall: never affordable again
    }
    if (total - totalError < 1) {
      return UNCERTAIN;
    }
    boolean unit = input.unitWeights;
    double q = 1 / input.approvalWeight[c];
    int poorCount = 0;
    double poor = 0;
    while (true) {
      int count = 0;
      double poorBudget = 0;
      double richWeight = 0;
      for (int v : voters) {
        double w = unit ? 1 : input.weight[v];
        if (budgets[v] < q * w) {
          count++;
          poorBudget += budgets[v];
        } else {
          richWeight += w;
        }
      }
      if (count <= poorCount) {
        break;
      }
      if (richWeight <= 0) {
        return UNCERTAIN;
      }
      poorCount = count;
      poor = poorBudget;
      q = (1 - poorBudget) / richWeight;
    }
    // The price is Lipschitz in the budgets (L1) with constant 1 / (rich weight), and the rich
    // weight is at least the smallest approver weight; the rest is rounding.
    double minWeight = input.minApproverWeight[c];
    priceRounding = SAFETY * (degree + 3) * U * (q + (1 + total + poor) / minWeight);
    node.value[c] = q;
    node.valueError[c] = error / minWeight + priceRounding;
    return FRESH;
  }

  /** The exact price of candidate {@code c} at {@code node}, or null if it is not affordable. */
  @Override
  @Nullable Rational exactScore(Node node, int c) {
    if (node.state[c] == FRESH) {
      Rational price = certainPrice(node, c, node.value[c], node.valueError[c]);
      if (price != null) {
        return price;
      }
    }
    // The approvers' budgets are often known exactly from their histories; otherwise replay.
    Rational[] budgets = new Rational[input.voters];
    for (int v : input.approvers[c]) {
      Rational perWeight = idValue(node.ids[v]);
      if (perWeight == null) {
        return exactPrice(exact(node), c);
      }
      budgets[v] = input.weighted(v, perWeight);
    }
    return exactPrice(budgets, c);
  }

  /**
   * The exact price of c, if every approver is certainly rich or certainly poor at the price
   * {@code q} (within {@code qError} of the exact price), judged from the double budgets and
   * their error bound, and the poor ones' budgets are known exactly from their histories: then
   * the exact price is (1 - budget of the poor) / (weight of the rich), without the other
   * budgets. Null otherwise.
   */
  private @Nullable Rational certainPrice(Node node, int c, double q, double qError) {
    Rational poorBudget = Rational.ZERO;
    Rational richWeight = Rational.ZERO;
    double low = q - qError;
    double high = q + qError;
    for (int v : input.approvers[c]) {
      int id = node.ids[v];
      if (id == PhragmenSearch.ZERO_ID) {
        continue; // poor, with nothing to pay
      }
      double w = input.unitWeights ? 1 : input.weight[v];
      double b = node.numbers[v];
      if (b + node.error < low * w) {
        Rational perWeight = idValue(id);
        if (perWeight == null) {
          return null;
        }
        poorBudget = poorBudget.plus(input.weighted(v, perWeight));
      } else if (b - node.error >= high * w) {
        richWeight = richWeight.plus(input.exactWeight[v]);
      } else {
        return null;
      }
    }
    if (richWeight.signum() == 0) {
      return null;
    }
    return Rational.ONE.minus(poorBudget).dividedBy(richWeight);
  }

  private @Nullable Rational exactPrice(Rational[] budgets, int c) {
    int[] voters = input.approvers[c];
    if (voters.length == 0) {
      return null;
    }
    Rational total = Rational.ZERO;
    for (int v : voters) {
      total = total.plus(budgets[v]);
    }
    if (total.compareTo(Rational.ONE) < 0) {
      return null;
    }
    Rational q = input.exactApprovalWeight[c].reciprocal();
    int poorCount = 0;
    while (true) {
      int count = 0;
      Rational poorBudget = Rational.ZERO;
      Rational richWeight = Rational.ZERO;
      for (int v : voters) {
        if (budgets[v].compareTo(input.weighted(v, q)) < 0) {
          count++;
          poorBudget = poorBudget.plus(budgets[v]);
        } else {
          richWeight = richWeight.plus(input.exactWeight[v]);
        }
      }
      if (count == poorCount) {
        return q;
      }
      if (richWeight.signum() == 0) {
        return null; // unreachable: the total budget is at least 1
      }
      poorCount = count;
      q = Rational.ONE.minus(poorBudget).dividedBy(richWeight);
    }
  }

  @Override
  Node child(Node node, int c) {
    double q;
    double qRounding;
    double qError;
    Rational exact = node.hasScore(c) ? node.score(c) : null;
    if (exact == null && evaluate(node, c) != FRESH) {
      exact = score(node, c);
    }
    if (exact != null) {
      q = exact.toDouble();
      qRounding = SAFETY * U * q;
      qError = qRounding;
    } else {
      q = node.value[c];
      qRounding = priceRounding;
      qError = node.valueError[c];
    }
    if (exact == null) {
      exact = certainPrice(node, c, q, qError);
      if (exact != null) {
        node.setScore(c, exact);
      }
    }
    double[] budgets = node.numbers.clone();
    int[] voters = input.approvers[c];
    // History ids: a certainly rich voter pays q per unit of weight (a payment, see extended,
    // when q is known exactly), a certainly poor one ends at exactly zero, and the others get a
    // new atom per old id.
    int[] ids = node.ids.clone();
    int payment = exact == null ? -1 : valueId(exact);
    newElection();
    double total = 0;
    for (int v : voters) {
      double w = input.unitWeights ? 1 : input.weight[v];
      double b = budgets[v];
      total += b;
      int id = ids[v];
      if (id != PhragmenSearch.ZERO_ID) {
        if (b + node.error < (q - qError) * w) {
          ids[v] = PhragmenSearch.ZERO_ID;
        } else if (payment >= 0 && b - node.error >= (q + qError) * w) {
          int paid = extended(id, payment);
          Rational before = idValue(id);
          if (idValue(paid) == null && before != null) {
            setIdValue(paid, before.minus(exact));
          }
          Rational after = idValue(paid);
          ids[v] = after != null && after.signum() == 0 ? PhragmenSearch.ZERO_ID : paid;
        } else {
          ids[v] = atom(id);
        }
      }
      budgets[v] = b - Math.min(b, q * w);
    }
    // The payment map is 1-Lipschitz in the L1 norm (what the poor pay less, the rich pay more),
    // so the inherited error does not grow; add the rounding of q and of the subtractions.
    double error =
        node.error
            + SAFETY * (voters.length + 4) * U * (total + input.approvalWeight[c] * q)
            + input.approvalWeight[c] * qRounding;
    return node.child(c, budgets, error, ids, voters);
  }

  @Override
  Rational[] exactChild(Node parent, int c) {
    Rational[] budgets = exact(parent);
    Rational q = score(parent, c);
    Rational[] result = budgets.clone();
    for (int v : input.approvers[c]) {
      Rational pay = input.weighted(v, q);
      result[v] = budgets[v].compareTo(pay) <= 0 ? Rational.ZERO : budgets[v].minus(pay);
    }
    return result;
  }
}
