package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.tongxin.governance.community.BilingualName;
import io.github.tongxin.governance.community.ResidentId;

/**
 * Who runs activities: a {@link Talent resident talent} (达人) or a {@link Partner partner
 * organisation} (共建单位) such as a company whose staff volunteer.
 *
 * <pre>{@code
 * Host li = Host.talent(HostId.of("talent-li"), ResidentId.of("FY-R031"),
 *     BilingualName.of("李老师", "Teacher Li"), List.of(Skill.YOGA));
 * Host trade = Host.partner(HostId.of("partner-trade"), BilingualName.of("某外贸公司", "a trading company"),
 *     PartnerKind.COMPANY, BilingualName.of("工会主席", "trade union chair"));
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Host {
  /**
   * The host's id.
   *
   * @return the id
   */
  HostId id();

  /**
   * The host's name.
   *
   * @return the name
   */
  BilingualName name();

  /**
   * A resident talent.
   *
   * @param id the host id
   * @param resident the resident
   * @param name the name shown to participants
   * @param skills what the talent leads; at least one
   * @return the host
   * @throws NullPointerException if an argument or a skill is null
   * @throws IllegalArgumentException if {@code skills} is empty
   */
  static Host talent(HostId id, ResidentId resident, BilingualName name, Iterable<Skill> skills) {
    return new Talent(id, resident, name, Sets.immutableEnumSet(checkNotNull(skills, "skills")));
  }

  /**
   * A partner organisation.
   *
   * @param id the host id
   * @param name the organisation's name
   * @param kind company or social organisation
   * @param contactRole the role of its contact person, e.g. 工会主席 trade union chair
   * @return the host
   * @throws NullPointerException if an argument is null
   */
  static Host partner(HostId id, BilingualName name, PartnerKind kind, BilingualName contactRole) {
    return new Partner(id, name, kind, contactRole);
  }

  /**
   * A resident talent (达人) who volunteers to lead activities.
   *
   * @param id the host id
   * @param resident the resident
   * @param name the name shown to participants
   * @param skills what the talent leads; at least one
   * @since 0.1.0
   */
  record Talent(HostId id, ResidentId resident, BilingualName name, ImmutableSet<Skill> skills)
      implements Host {
    /**
     * Creates a talent.
     *
     * @param id the host id
     * @param resident the resident
     * @param name the name shown to participants
     * @param skills what the talent leads; at least one
     * @throws NullPointerException if an argument or a skill is null
     * @throws IllegalArgumentException if {@code skills} is empty
     */
    public Talent {
      checkNotNull(id, "id");
      checkNotNull(resident, "resident");
      checkNotNull(name, "name");
      skills = Sets.immutableEnumSet(checkNotNull(skills, "skills"));
      checkArgument(!skills.isEmpty(), "skills must not be empty for %s", id);
    }
  }

  /**
   * A partner organisation (共建单位) whose people host activities.
   *
   * @param id the host id
   * @param name the organisation's name
   * @param kind company or social organisation
   * @param contactRole the role of its contact person
   * @since 0.1.0
   */
  record Partner(HostId id, BilingualName name, PartnerKind kind, BilingualName contactRole)
      implements Host {
    /**
     * Creates a partner.
     *
     * @param id the host id
     * @param name the organisation's name
     * @param kind company or social organisation
     * @param contactRole the role of its contact person
     * @throws NullPointerException if an argument is null
     */
    public Partner {
      checkNotNull(id, "id");
      checkNotNull(name, "name");
      checkNotNull(kind, "kind");
      checkNotNull(contactRole, "contactRole");
    }
  }
}
