package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A project that a participatory budget may fund: its id, its exact cost, its categories and
 * beneficiaries, and any other attributes a Pabulib file gives it ({@code name}, {@code votes},
 * {@code selected}, ...).
 *
 * <p>Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * BudgetProject p = BudgetProject.builder()
 *     .id(ProjectId.of("3"))
 *     .cost(new BigDecimal("7200"))
 *     .putAttribute("name", "PopUp Podium")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BudgetProject {
  BudgetProject() {}

  /**
   * A builder; {@code id} and {@code cost} must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The project's id.
   *
   * @return the id
   */
  public abstract ProjectId id();

  /**
   * The exact cost, not negative, in the currency of the instance; its scale is kept as written
   * ({@code 400000.0} stays {@code 400000.0}).
   *
   * @return the cost
   */
  public abstract BigDecimal cost();

  /**
   * The categories, in the order given.
   *
   * @return the categories; may be empty
   */
  public abstract ImmutableSet<String> categories();

  /**
   * The beneficiaries (Pabulib column {@code beneficiaries}, formerly {@code target}), in the
   * order given.
   *
   * @return the beneficiaries; may be empty
   */
  public abstract ImmutableSet<String> beneficiaries();

  /**
   * Every other attribute, by column name, in file order.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  @Value.Check
  void check() {
    checkArgument(cost().signum() >= 0, "cost of project %s must not be negative: %s", id(), cost());
  }

  /**
   * Builds a {@link BudgetProject}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableBudgetProject.Builder {
    Builder() {}
  }
}
