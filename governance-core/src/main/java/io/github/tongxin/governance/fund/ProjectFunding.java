package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.money.Amount;
import java.time.Instant;

/**
 * One project's grant at a time: granted, paid, still reserved, refunded. Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param grant the grant (its amount is what was granted)
 * @param paid the tranches paid
 * @param remaining what the reservation still holds; zero once cancelled or paid in full
 * @param refunded what the project refunded
 * @since 0.1.0
 */
public record ProjectFunding(Grant grant, Amount paid, Amount remaining, Amount refunded) {
  /**
   * Creates the line.
   *
   * @param grant the grant
   * @param paid paid
   * @param remaining still reserved
   * @param refunded refunded
   * @throws NullPointerException if an argument is null
   */
  public ProjectFunding {
    checkNotNull(grant, "grant");
    checkNotNull(paid, "paid");
    checkNotNull(remaining, "remaining");
    checkNotNull(refunded, "refunded");
  }

  /**
   * Every grant of a fund as it stood at a time, in the order approved; grants approved later are
   * left out.
   *
   * @param fund the fund
   * @param at the time
   * @return one line per grant
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<ProjectFunding> of(Fund fund, Instant at) {
    Ledger then = checkNotNull(fund, "fund").ledger().asOf(checkNotNull(at, "at"));
    ImmutableList.Builder<ProjectFunding> lines = ImmutableList.builder();
    for (Grant grant : fund.grants().values()) {
      if (then.find(grant.reservation()).isEmpty()) {
        continue;
      }
      Amount paid = Amount.ZERO;
      Amount refunded = Amount.ZERO;
      for (TransferId tranche : grant.tranches()) {
        var entry = then.find(tranche);
        if (entry.isPresent()) {
          paid = paid.plus(entry.get().entry().amount());
          refunded = refunded.plus(then.returned(tranche));
        }
      }
      lines.add(new ProjectFunding(grant, paid, then.reserved(grant.reservation()), refunded));
    }
    return lines.build();
  }

  /**
   * The line for people: project, category, granted, paid, remaining, refunded.
   *
   * @return the line
   */
  public String line() {
    return String.format(java.util.Locale.ROOT, "%-8s %-24s %14s %14s %14s %14s",
        grant.project(), grant.category().englishName(), grant.amount(), paid, remaining,
        refunded);
  }
}
