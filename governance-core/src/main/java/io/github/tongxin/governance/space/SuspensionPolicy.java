package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When failed usage inspections suspend a booker's right to book: after {@code failures} failed
 * inspections within {@code window}, the right is suspended for {@code suspension} from the
 * last of them, and then restored by itself.
 *
 * <p>Precisely: sort the booker's failed inspections up to time {@code t} by time, f₁ ≤ f₂ ≤ …;
 * each fᵢ with i ≥ N and {@code fᵢ − fᵢ₋ₙ₊₁ < window} starts a suspension {@code [fᵢ, fᵢ +
 * suspension)}; the booker is suspended at {@code t} if one of these contains {@code t}. An
 * inspection with at least one failed rule counts as one failure.
 *
 * <pre>{@code
 * SuspensionPolicy.standard(); // 3 failures within 90 days suspend for 30 days
 * }</pre>
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param failures how many failed inspections suspend, at least 1
 * @param window within what period they must fall, positive
 * @param suspension how long the right is suspended, positive
 * @since 0.1.0
 */
public record SuspensionPolicy(int failures, Duration window, Duration suspension) {
  /**
   * Creates a policy.
   *
   * @param failures how many failed inspections suspend, at least 1
   * @param window within what period, positive
   * @param suspension how long, positive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code failures} is below 1 or a duration is not positive
   */
  public SuspensionPolicy {
    checkNotNull(window, "window");
    checkNotNull(suspension, "suspension");
    checkArgument(failures >= 1, "failures must be at least 1: %s", failures);
    checkArgument(!window.isNegative() && !window.isZero(), "window must be positive: %s", window);
    checkArgument(
        !suspension.isNegative() && !suspension.isZero(),
        "suspension must be positive: %s",
        suspension);
  }

  /**
   * Creates a policy.
   *
   * @param failures how many failed inspections suspend, at least 1
   * @param window within what period, positive
   * @param suspension how long, positive
   * @return the policy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code failures} is below 1 or a duration is not positive
   */
  public static SuspensionPolicy of(int failures, Duration window, Duration suspension) {
    return new SuspensionPolicy(failures, window, suspension);
  }

  /**
   * The default: 3 failures within 90 days suspend for 30 days (a documented default of this
   * library, not a statutory rule; living rooms set their own).
   *
   * @return the policy
   */
  public static SuspensionPolicy standard() {
    return new SuspensionPolicy(3, Duration.ofDays(90), Duration.ofDays(30));
  }

  /**
   * Until when a booker with the given inspections is suspended at time {@code at}.
   *
   * @param inspections the booker's inspections, any order; those after {@code at} are ignored
   * @param at the time asked about
   * @return the end of the suspension in force at {@code at}, or empty if none is
   * @throws NullPointerException if an argument or an inspection is null
   */
  public Optional<LocalDateTime> suspendedUntil(
      Iterable<UsageInspection> inspections, LocalDateTime at) {
    checkNotNull(inspections, "inspections");
    checkNotNull(at, "at");
    List<LocalDateTime> failed = new java.util.ArrayList<>();
    for (UsageInspection i : inspections) {
      if (!i.isPassed() && !i.at().isAfter(at)) {
        failed.add(i.at());
      }
    }
    failed.sort(null);
    @Nullable LocalDateTime until = null;
    for (int k = failures - 1; k < failed.size(); k++) {
      LocalDateTime last = failed.get(k);
      LocalDateTime first = failed.get(k - failures + 1);
      LocalDateTime end = last.plus(suspension);
      if (Duration.between(first, last).compareTo(window) < 0 && at.isBefore(end)) {
        until = until == null || end.isAfter(until) ? end : until;
      }
    }
    return Optional.ofNullable(until);
  }
}
