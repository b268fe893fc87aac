package io.github.tongxin.governance.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.tongxin.governance.project.ProjectRole.BUILDING_GROUP_LEADER;
import static io.github.tongxin.governance.project.ProjectRole.BUILDING_GROUP_MEMBER;
import static io.github.tongxin.governance.project.ProjectRole.EVALUATOR;
import static io.github.tongxin.governance.project.ProjectRole.FUND_OFFICER;
import static io.github.tongxin.governance.project.ProjectRole.HOUSEHOLD_REPRESENTATIVE;
import static io.github.tongxin.governance.project.ProjectRole.INSPECTOR;
import static io.github.tongxin.governance.project.ProjectRole.PARTY_BRANCH_SECRETARY;
import static io.github.tongxin.governance.project.ProjectRole.RESIDENT;
import static io.github.tongxin.governance.project.ProjectRole.RESIDENTS_COMMITTEE_MEMBER;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission table: which {@link ProjectRole roles} may issue which {@link CommandKind kind
 * of command}. An actor may issue a command if they hold at least one of its roles. The table is
 * data: a researcher replaces a row with {@link #with}. Immutable and thread-safe; value-based.
 *
 * <p>The standard table (Tongxin's default, following the seed's division of work):
 *
 * <table>
 *   <caption>Standard permissions</caption>
 *   <tr><th>command</th><th>roles</th></tr>
 *   <tr><td>propose, withdraw</td><td>resident, household representative, group leader, group
 *       member (withdraw: proposers only)</td></tr>
 *   <tr><td>open and close consultation, add and complete milestones, log work</td><td>group
 *       leader, group member</td></tr>
 *   <tr><td>answer consultation</td><td>household representative</td></tr>
 *   <tr><td>declare, report completion</td><td>group leader</td></tr>
 *   <tr><td>start review, forward to panel, accept, dismiss or uphold an objection,
 *       close</td><td>residents' committee member</td></tr>
 *   <tr><td>submit score</td><td>evaluator</td></tr>
 *   <tr><td>approve, reject, suspend, resume</td><td>party branch secretary, residents'
 *       committee member</td></tr>
 *   <tr><td>start implementation</td><td>fund officer</td></tr>
 *   <tr><td>inspect</td><td>inspector</td></tr>
 *   <tr><td>object</td><td>resident, household representative</td></tr>
 * </table>
 *
 * @param table the roles allowed per command kind; every kind has at least one role
 * @since 0.1.0
 */
public record Permissions(ImmutableSetMultimap<CommandKind, ProjectRole> table) {
  /**
   * Creates a table.
   *
   * @param table the roles allowed per command kind; every kind has at least one role
   * @throws NullPointerException if {@code table} is null
   * @throws IllegalArgumentException if a command kind has no role
   */
  public Permissions {
    table = ImmutableSetMultimap.copyOf(checkNotNull(table, "table"));
    for (CommandKind kind : CommandKind.values()) {
      checkArgument(table.containsKey(kind), "table has no role for %s", kind);
    }
  }

  /**
   * The standard table described above.
   *
   * @return the standard permissions
   */
  public static Permissions standard() {
    Set<ProjectRole> residents =
        EnumSet.of(RESIDENT, HOUSEHOLD_REPRESENTATIVE, BUILDING_GROUP_LEADER, BUILDING_GROUP_MEMBER);
    Set<ProjectRole> council = EnumSet.of(BUILDING_GROUP_LEADER, BUILDING_GROUP_MEMBER);
    Set<ProjectRole> leader = EnumSet.of(BUILDING_GROUP_LEADER);
    Set<ProjectRole> committee = EnumSet.of(RESIDENTS_COMMITTEE_MEMBER);
    Set<ProjectRole> management = EnumSet.of(PARTY_BRANCH_SECRETARY, RESIDENTS_COMMITTEE_MEMBER);
    ImmutableSetMultimap.Builder<CommandKind, ProjectRole> table = ImmutableSetMultimap.builder();
    table.putAll(CommandKind.PROPOSE, residents);
    table.putAll(CommandKind.WITHDRAW, residents);
    table.putAll(CommandKind.OPEN_CONSULTATION, council);
    table.putAll(CommandKind.CLOSE_CONSULTATION, council);
    table.putAll(CommandKind.ADD_MILESTONE, council);
    table.putAll(CommandKind.COMPLETE_MILESTONE, council);
    table.putAll(CommandKind.LOG_WORK, council);
    table.put(CommandKind.ANSWER_CONSULTATION, HOUSEHOLD_REPRESENTATIVE);
    table.putAll(CommandKind.DECLARE, leader);
    table.putAll(CommandKind.REPORT_COMPLETION, leader);
    table.putAll(CommandKind.START_REVIEW, committee);
    table.putAll(CommandKind.FORWARD_TO_PANEL, committee);
    table.putAll(CommandKind.ACCEPT, committee);
    table.putAll(CommandKind.DISMISS_OBJECTION, committee);
    table.putAll(CommandKind.UPHOLD_OBJECTION, committee);
    table.putAll(CommandKind.CLOSE, committee);
    table.put(CommandKind.SUBMIT_SCORE, EVALUATOR);
    table.putAll(CommandKind.APPROVE, management);
    table.putAll(CommandKind.REJECT, management);
    table.putAll(CommandKind.SUSPEND, management);
    table.putAll(CommandKind.RESUME, management);
    table.put(CommandKind.START_IMPLEMENTATION, FUND_OFFICER);
    table.put(CommandKind.INSPECT, INSPECTOR);
    table.putAll(CommandKind.OBJECT, EnumSet.of(RESIDENT, HOUSEHOLD_REPRESENTATIVE));
    return new Permissions(table.build());
  }

  /**
   * The roles that may issue a kind of command.
   *
   * @param kind the command kind
   * @return its roles, at least one
   */
  public ImmutableSet<ProjectRole> rolesFor(CommandKind kind) {
    return table.get(checkNotNull(kind, "kind"));
  }

  /**
   * Whether an actor may issue a kind of command.
   *
   * @param actor the actor
   * @param kind the command kind
   * @return true if the actor holds one of the kind's roles
   */
  public boolean allows(Actor actor, CommandKind kind) {
    checkNotNull(actor, "actor");
    return rolesFor(kind).stream().anyMatch(actor::hasRole);
  }

  /**
   * A copy in which a kind of command is allowed to exactly the given roles.
   *
   * @param kind the command kind
   * @param roles its roles, at least one
   * @return the copy
   * @throws IllegalArgumentException if {@code roles} is empty
   */
  public Permissions with(CommandKind kind, Iterable<ProjectRole> roles) {
    checkNotNull(kind, "kind");
    ImmutableSet<ProjectRole> copy = ImmutableSet.copyOf(checkNotNull(roles, "roles"));
    checkArgument(!copy.isEmpty(), "roles for %s must not be empty", kind);
    ImmutableSetMultimap.Builder<CommandKind, ProjectRole> table = ImmutableSetMultimap.builder();
    for (CommandKind each : CommandKind.values()) {
      table.putAll(each, each == kind ? copy : rolesFor(each));
    }
    return new Permissions(table.build());
  }
}
