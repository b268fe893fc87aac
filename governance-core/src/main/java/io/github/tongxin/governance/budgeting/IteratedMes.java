package io.github.tongxin.governance.budgeting;

import java.math.BigInteger;

/**
 * The Method of Equal Shares, plain or iterated ("add1"), exactly as pabutools 1.2.3 computes it,
 * without pabutools' unit-by-unit scan. Not public.
 *
 * <h2>What pabutools computes</h2>
 *
 * <p>{@code method_of_equal_shares(..., voter_budget_increment=1)} runs MES with a per-voter
 * budget {@code t_k = B/n + k} for {@code k = 0, 1, 2, …}, each run from scratch, and stops at the
 * first {@code k} whose outcome either costs more than {@code B} (it then returns the outcome of
 * {@code k − 1}) or is exhaustive with respect to the projects MES can select (those with a
 * supporter and a positive cost: no such unselected project fits in what is left of {@code B}),
 * which it returns. With {@link TieBreaking#REFUSE}, a tie in any of these runs is a refusal.
 *
 * <h2>How this class computes the same without visiting every {@code k}</h2>
 *
 * <p>After a run at {@code t = t_k} whose outcome is affordable and not exhaustive, the next
 * outcome that matters is the first {@code k' > k} whose run selects something else. Every run
 * between {@code k} and {@code k'} selects the same projects in the same order, hence has the
 * same cost and is affordable and not exhaustive, and would make pabutools go on. This class
 * finds the last step of the stretch that provably repeats the run at {@code t} by galloping
 * ({@code k+1, k+2, k+4, …}) and then bisecting, using a certificate computed at the far end
 * {@code T} only; it then continues with the run at the first step after the stretch (which the
 * failed certificate computed anyway).
 *
 * <p><b>The certificate.</b> Let {@code p_1, …, p_m} be the projects the run at {@code t}
 * selects, with ρ values {@code ρ_r(t)}. The run at {@code T} proves that every budget {@code t'
 * ∈ [t, T]} selects {@code p_1, …, p_m} in this order if it selects the same projects itself and,
 * in every round {@code r}, every other project {@code q} still in play is either unaffordable
 * at {@code T} in that round, or has at {@code T} in that round a ρ (or a lower bound of it: a
 * value computed in an earlier round) strictly above {@code ρ_r(t)}; equality is enough when
 * {@code p_r} comes before {@code q} in the tie-breaking order (never with {@code REFUSE}). And
 * after round {@code m}, every project left is unaffordable at {@code T}.
 *
 * <p><b>Why it is safe.</b> The outcome is not monotone in the budget, but, as long as the
 * projects chosen so far are the same, the state of a run is: fix the first {@code r − 1} winners
 * and compare two budgets {@code t' ≤ T}.
 *
 * <ol>
 *   <li>Every voter's money before round {@code r} is a non-decreasing function of the starting
 *       budget. By induction: before round 1 it is the starting budget; a project's ρ, the least
 *       {@code x} with {@code Σ min(b_i, x·u_i) ≥ cost}, cannot increase when budgets increase,
 *       because the sum then increases for every {@code x}; and what a voter keeps after paying,
 *       {@code max(0, b − ρ·u)}, increases with {@code b} and decreases with {@code ρ}.
 *   <li>So in round {@code r}, every project's ρ at {@code t'} lies between its ρ at {@code T}
 *       and its ρ at {@code t}, and a project unaffordable at {@code T} is unaffordable at
 *       {@code t'}. Budgets also only shrink during a run, so a ρ computed in an earlier round is
 *       a lower bound of the current one.
 *   <li>Hence at {@code t'}: {@code p_r} is affordable (it is at {@code t}); every other {@code
 *       q} is unaffordable or has {@code ρ_q(t') ≥ ρ_q(T) > ρ_r(t) ≥ ρ_r(t')} (with {@code ≥}
 *       only where {@code p_r} wins the tie), so {@code p_r} wins round {@code r} at {@code t'},
 *       with no refused tie. By induction on {@code r}, the run at {@code t'} selects {@code p_1,
 *       …, p_m}; and the projects left unaffordable at {@code T} after round {@code m} are
 *       unaffordable at {@code t'}, so it stops there too.
 * </ol>
 *
 * <p>The certificate is computed in floating-point interval arithmetic ({@link FastMesRun}); a
 * comparison it cannot settle simply fails the certificate, which costs time, never exactness.
 * Each run is first tried in interval arithmetic and repeated exactly ({@link MesRun}) if a
 * decision cannot be settled; the outcome returned is replayed exactly for its payments. The
 * test suite checks the result against the plain unit-by-unit scan, on the real instances and on
 * random ones.
 */
final class IteratedMes {
  private final MesSetup s;
  private final BigInteger voters;
  private final BigInteger increment;
  /** The arrays every fast run of this instance reuses (instances are not shared by threads). */
  private final FastMesRun.Workspace workspace;

  /** A run's budget step {@code k} and its trace. */
  record Result(long step, MesTrace trace) {}

  private record Probe(MesTrace trace, boolean certified) {}

  IteratedMes(MesSetup setup) {
    this.s = setup;
    this.voters = BigInteger.valueOf(setup.voters);
    this.increment = voters.multiply(setup.moneyScale);
    this.workspace = new FastMesRun.Workspace(setup);
  }

  /** The numerator of the per-voter budget at step {@code k}, over the number of voters. */
  BigInteger budgetAt(long step) {
    return s.budget.add(increment.multiply(BigInteger.valueOf(step)));
  }

  /** The denominator of every per-voter budget: the number of voters. */
  BigInteger denominator() {
    return voters;
  }

  /** Plain MES: one run at {@code B/n}. */
  Result plain() {
    return new Result(0, trace(0));
  }

  /** The iterated variant with an increment of one currency unit per voter. */
  Result iterated() {
    long k = 0;
    MesTrace current = trace(0);
    long previousStep = -1;
    MesTrace previous = null;
    while (true) {
      if (current.isTie()) {
        return new Result(k, current);
      }
      if (current.totalCost().compareTo(s.budget) > 0) {
        if (previous == null) {
          throw new AssertionError("the run at B/n is always affordable");
        }
        return new Result(previousStep, previous);
      }
      if (isExhaustive(current)) {
        return new Result(k, current);
      }
      // the runs at ok (certified like current) and at fail (not certified)
      long ok = k;
      MesTrace atOk = current;
      long fail;
      MesTrace failed;
      long step = 1;
      while (true) {
        long far = Math.addExact(k, step);
        Probe p = certify(current, far);
        if (p.certified) {
          ok = far;
          atOk = p.trace;
          step = Math.multiplyExact(step, 2);
        } else {
          fail = far;
          failed = p.trace;
          break;
        }
      }
      while (fail - ok > 1) {
        long mid = ok + (fail - ok) / 2;
        Probe p = certify(current, mid);
        if (p.certified) {
          ok = mid;
          atOk = p.trace;
        } else {
          fail = mid;
          failed = p.trace;
        }
      }
      // same selections as current, but its own payments: the trace of the run at ok itself
      previousStep = ok;
      previous = atOk;
      k = fail;
      current = failed;
    }
  }

  /** Whether no project MES could select, unselected, fits in what the trace leaves. */
  boolean isExhaustive(MesTrace trace) {
    boolean[] selected = new boolean[s.projectCount];
    for (int q : trace.order()) {
      selected[q] = true;
    }
    BigInteger left = s.budget.subtract(trace.totalCost());
    for (int q = 0; q < s.projectCount; q++) {
      if (!selected[q] && s.cost[q].compareTo(left) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** The trace of the run at step {@code k}. */
  MesTrace trace(long step) {
    FastMesRun fast = new FastMesRun(s, budgetAt(step), voters, null, workspace);
    if (fast.run()) {
      return fast.trace();
    }
    return exact(step);
  }

  /** The exact run at step {@code k}. */
  MesTrace exact(long step) {
    MesRun run = new MesRun(s, budgetAt(step), voters);
    run.run();
    return run.trace();
  }

  private Probe certify(MesTrace reference, long step) {
    FastMesRun fast = new FastMesRun(s, budgetAt(step), voters, reference, workspace);
    if (fast.run()) {
      return new Probe(fast.trace(), fast.isCertified());
    }
    return new Probe(exact(step), false);
  }
}
