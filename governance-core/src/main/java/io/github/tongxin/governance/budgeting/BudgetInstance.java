package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A participatory-budgeting instance: the budget, the projects with their exact costs, and the
 * Pabulib {@code META} entries (description, country, unit, vote type, rule, dates, ballot
 * constraints...) in file order.
 *
 * <p>Projects are kept in id order (plain string order). Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * BudgetInstance i = BudgetInstance.of(new BigDecimal("100000"), projects, Map.of());
 * i.project(ProjectId.of("3")).cost();
 * }</pre>
 *
 * @param budget the budget limit; not negative
 * @param projects the projects, by id
 * @param meta the META key/value pairs, in file order; {@link Pabulib#read} keeps every entry but
 *     {@code budget}, {@code vote_type}, {@code num_projects} and {@code num_votes}, which the
 *     model itself holds, and {@link Pabulib#write} writes those four from the model
 * @since 0.1.0
 */
public record BudgetInstance(
    BigDecimal budget,
    ImmutableSortedMap<ProjectId, BudgetProject> projects,
    ImmutableMap<String, String> meta) {
  /**
   * Creates an instance.
   *
   * @param budget the budget limit; not negative
   * @param projects the projects, by id; each keyed by its own id
   * @param meta the META pairs
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if the budget is negative or a project is under another id
   */
  public BudgetInstance {
    checkNotNull(budget, "budget");
    checkArgument(budget.signum() >= 0, "budget must not be negative: %s", budget);
    projects = ImmutableSortedMap.copyOfSorted(ImmutableSortedMap.copyOf(checkNotNull(projects, "projects")));
    meta = ImmutableMap.copyOf(checkNotNull(meta, "meta"));
    for (Map.Entry<ProjectId, BudgetProject> e : projects.entrySet()) {
      checkArgument(
          e.getKey().equals(e.getValue().id()),
          "project %s is filed under id %s",
          e.getValue().id(),
          e.getKey());
    }
  }

  /**
   * Creates an instance from a list of projects.
   *
   * @param budget the budget limit; not negative
   * @param projects the projects; ids distinct
   * @param meta the META pairs, in order
   * @return the instance
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the budget is negative or an id repeats
   */
  public static BudgetInstance of(
      BigDecimal budget, Iterable<BudgetProject> projects, Map<String, String> meta) {
    ImmutableSortedMap.Builder<ProjectId, BudgetProject> byId = ImmutableSortedMap.naturalOrder();
    Set<ProjectId> seen = new HashSet<>();
    for (BudgetProject project : checkNotNull(projects, "projects")) {
      checkArgument(seen.add(project.id()), "project %s is listed twice", project.id());
      byId.put(project.id(), project);
    }
    return new BudgetInstance(budget, byId.buildOrThrow(), ImmutableMap.copyOf(meta));
  }

  /**
   * A project by id.
   *
   * @param id the id
   * @return the project
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if there is no such project
   */
  public BudgetProject project(ProjectId id) {
    BudgetProject project = projects.get(checkNotNull(id, "id"));
    checkArgument(project != null, "no project %s in this instance", id);
    return project;
  }

  /**
   * A META value.
   *
   * @param key the key, e.g. {@code "rule"}
   * @return the value, or empty if absent
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<String> meta(String key) {
    return Optional.ofNullable(meta.get(checkNotNull(key, "key")));
  }
}
