package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.ResidentId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge from a building group's evaluated projects to participatory budgeting: the fund,
 * the projects with the cost the fund would be charged (cost less pledged crowdfunding), and the
 * residents' approval ballots become a {@link PabulibFile} that any {@link BudgetRule} can run
 * on, and that can be written as a {@code .pb} file for others to check.
 *
 * <p>Each project's {@code cost} is its charged cost; its full cost and pledge are kept as
 * attributes {@code full_cost} and {@code pledged}. Voter ids are resident ids.
 *
 * <pre>{@code
 * PabulibFile pb = GroupBudget.of(BuildingGroupId.of("C01-G01"), new BigDecimal("100000"),
 *     candidates, ballots);
 * BudgetRules.byId("mes_cost_sat_add1_greedy_cost").orElseThrow()
 *     .apply(pb.instance(), pb.profile(), TieBreaking.LEXICOGRAPHIC);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GroupBudget {
  private GroupBudget() {}

  /**
   * The budgeting election of a building group.
   *
   * @param group the building group
   * @param fund the money the fund offers the group; not negative
   * @param candidates the evaluated projects, ids distinct
   * @param approvals each voting resident's approved projects, in a stable order
   * @return the instance and approval profile
   * @throws NullPointerException if an argument, element, key or value is null
   * @throws IllegalArgumentException if the fund is negative, a project id repeats, or a ballot
   *     names a project that is not a candidate
   */
  public static PabulibFile of(
      BuildingGroupId group,
      BigDecimal fund,
      Iterable<FundingCandidate> candidates,
      Map<ResidentId, ? extends Iterable<ProjectId>> approvals) {
    checkNotNull(group, "group");
    checkNotNull(fund, "fund");
    checkNotNull(candidates, "candidates");
    checkNotNull(approvals, "approvals");
    checkArgument(fund.signum() >= 0, "fund must not be negative: %s", fund);
    List<BudgetProject> projects = new ArrayList<>();
    Map<ProjectId, FundingCandidate> byId = new HashMap<>();
    for (FundingCandidate c : candidates) {
      checkArgument(byId.put(c.id(), c) == null, "project %s is listed twice", c.id());
      projects.add(
          BudgetProject.builder()
              .id(c.id())
              .cost(c.chargedCost())
              .putAttribute("name", c.name())
              .putAttribute("full_cost", c.cost().toPlainString())
              .putAttribute("pledged", c.pledged().toPlainString())
              .build());
    }
    List<BudgetBallot> ballots = new ArrayList<>();
    for (Map.Entry<ResidentId, ? extends Iterable<ProjectId>> e : approvals.entrySet()) {
      ImmutableList<ProjectId> approved = ImmutableList.copyOf(e.getValue());
      for (ProjectId p : approved) {
        checkArgument(
            byId.containsKey(p), "ballot of %s approves %s, which is not a candidate", e.getKey(), p);
      }
      ballots.add(BudgetBallot.of(e.getKey().value(), approved));
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("description", "building group " + group + " self-governance projects");
    meta.put("country", "China");
    meta.put("unit", group.value());
    meta.put("instance", group.value());
    meta.put("rule", "unknown");
    meta.put("currency", "CNY");
    return new PabulibFile(
        BudgetInstance.of(fund, projects, ImmutableMap.copyOf(meta)),
        BudgetProfile.of(VoteType.APPROVAL, ballots));
  }
}
