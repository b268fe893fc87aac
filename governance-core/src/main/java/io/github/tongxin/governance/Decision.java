package io.github.tongxin.governance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;

/**
 * The outcome of a business decision: {@link Accepted} with a value, or {@link Rejected} with the
 * {@link Violation}s of every rule that was not met (all rules are evaluated, all violations
 * collected). A refusal is a result, not an exception.
 *
 * <pre>{@code
 * Decision<CandidateSlate> d = CandidateSlate.check(rules, electorate, staff, candidates);
 * if (d instanceof Decision.Accepted<CandidateSlate> a) { use(a.value()); }
 * d.violations(); // empty when accepted
 * }</pre>
 *
 * @param <T> the type of the accepted value
 * @since 0.1.0
 */
public sealed interface Decision<T> {
  /**
   * An accepted decision.
   *
   * @param value the value
   * @param <T> the value's type
   * @return the decision
   * @throws NullPointerException if {@code value} is null
   */
  static <T> Decision<T> accepted(T value) {
    return new Accepted<>(value);
  }

  /**
   * A rejected decision.
   *
   * @param violations the rules not met; at least one
   * @param <T> the type a value would have had
   * @return the decision
   * @throws NullPointerException if {@code violations} or one of them is null
   * @throws IllegalArgumentException if there are no violations
   */
  static <T> Decision<T> rejected(Iterable<Violation> violations) {
    return new Rejected<>(ImmutableList.copyOf(violations));
  }

  /**
   * Whether the decision was accepted.
   *
   * @return {@code true} for {@link Accepted}
   */
  boolean isAccepted();

  /**
   * The violations; empty when accepted.
   *
   * @return the violations
   */
  ImmutableList<Violation> violations();

  /**
   * The accepted value, or an exception carrying the violations.
   *
   * @return the value
   * @throws RejectedException if the decision was rejected
   */
  T valueOrThrow();

  /**
   * The decision with its value transformed; a rejection stays as it is.
   *
   * @param mapping the transformation
   * @param <R> the new value type
   * @return the transformed decision
   */
  <R> Decision<R> map(Function<? super T, ? extends R> mapping);

  /**
   * An accepted decision.
   *
   * @param value the accepted value
   * @param <T> the value's type
   * @since 0.1.0
   */
  record Accepted<T>(T value) implements Decision<T> {
    /**
     * Creates the decision.
     *
     * @param value the accepted value
     * @throws NullPointerException if {@code value} is null
     */
    public Accepted {
      checkNotNull(value, "value");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public ImmutableList<Violation> violations() {
      return ImmutableList.of();
    }

    @Override
    public T valueOrThrow() {
      return value;
    }

    @Override
    public <R> Decision<R> map(Function<? super T, ? extends R> mapping) {
      return new Accepted<>(mapping.apply(value));
    }
  }

  /**
   * A rejected decision.
   *
   * @param violations the rules not met; at least one
   * @param <T> the type a value would have had
   * @since 0.1.0
   */
  record Rejected<T>(ImmutableList<Violation> violations) implements Decision<T> {
    /**
     * Creates the decision.
     *
     * @param violations the rules not met; at least one
     * @throws NullPointerException if {@code violations} or one of them is null
     * @throws IllegalArgumentException if there are no violations
     */
    public Rejected {
      violations = ImmutableList.copyOf(checkNotNull(violations, "violations"));
      checkArgument(!violations.isEmpty(), "a rejection needs at least one violation");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public T valueOrThrow() {
      throw new RejectedException(violations);
    }

    @Override
    public <R> Decision<R> map(Function<? super T, ? extends R> mapping) {
      return new Rejected<>(violations);
    }
  }
}
