package io.github.tongxin.governance.election;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.tongxin.governance.community.BuildingGroup;
import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.BuildingId;
import io.github.tongxin.governance.community.Community;
import io.github.tongxin.governance.community.Household;
import io.github.tongxin.governance.community.PoliticalRights;
import io.github.tongxin.governance.community.Registration;
import io.github.tongxin.governance.community.Resident;
import io.github.tongxin.governance.community.ResidentId;
import io.github.tongxin.governance.community.ResidentialBuilding;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The electoral register of one building group's council election: who may vote on election
 * day, and for every other resident of the group's buildings the reasons they may not.
 *
 * <p>A resident may vote if 18 or older on election day, holding political rights, registered
 * here or resident without registration for the required period (registered in one place only:
 * those registered elsewhere vote there), and, in a representative mode, designated as a
 * representative. Immutable and thread-safe; value-based.
 *
 * <pre>{@code
 * Electorate e = Electorate.of(community, BuildingGroupId.of("C01-G01"),
 *     LocalDate.of(2024, 3, 10), ElectionRules.defaults());
 * e.size();          // registered voters
 * e.exclusions();    // who is not, and why
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Electorate {
  private final BuildingGroupId group;
  private final LocalDate electionDay;
  private final ImmutableSortedMap<ResidentId, Resident> voters;
  private final ImmutableList<Exclusion> exclusions;

  private Electorate(
      BuildingGroupId group,
      LocalDate electionDay,
      ImmutableSortedMap<ResidentId, Resident> voters,
      ImmutableList<Exclusion> exclusions) {
    this.group = group;
    this.electionDay = electionDay;
    this.voters = voters;
    this.exclusions = exclusions;
  }

  /**
   * The register when all eligible residents vote ({@link ElectorateMode#ALL_RESIDENTS}).
   *
   * @param community the community
   * @param group a building group of the community
   * @param electionDay the day of the election
   * @param rules the rules; their mode must be {@code ALL_RESIDENTS}
   * @return the register
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the group is not in the community, or the rules use a
   *     representative mode (use {@link #ofRepresentatives})
   */
  public static Electorate of(
      Community community, BuildingGroupId group, LocalDate electionDay, ElectionRules rules) {
    checkNotNull(community, "community");
    checkNotNull(group, "group");
    checkNotNull(electionDay, "electionDay");
    checkNotNull(rules, "rules");
    checkArgument(
        rules.electorateMode() == ElectorateMode.ALL_RESIDENTS,
        "rules use %s: give the representatives with ofRepresentatives",
        rules.electorateMode());
    return register(community, group, electionDay, rules, ImmutableSet.of());
  }

  /**
   * The register in a representative mode: one representative per household ({@link
   * ElectorateMode#HOUSEHOLD_REPRESENTATIVES}) or two to three per natural building ({@link
   * ElectorateMode#GROUP_REPRESENTATIVES}, bounds from the rules).
   *
   * @param community the community
   * @param group a building group of the community
   * @param electionDay the day of the election
   * @param rules the rules; a representative mode
   * @param representatives the designated representatives, residents of the group
   * @return the register; designated representatives who are not eligible are excluded with
   *     their reasons
   * @throws NullPointerException if an argument or representative is null
   * @throws IllegalArgumentException if the group is not in the community, the rules use {@code
   *     ALL_RESIDENTS}, a representative does not live in the group, or the designation breaks
   *     the mode (two for one household; fewer or more than the bounds for a building)
   */
  public static Electorate ofRepresentatives(
      Community community,
      BuildingGroupId group,
      LocalDate electionDay,
      ElectionRules rules,
      Iterable<ResidentId> representatives) {
    checkNotNull(community, "community");
    checkNotNull(group, "group");
    checkNotNull(electionDay, "electionDay");
    checkNotNull(rules, "rules");
    ImmutableSet<ResidentId> designated = copyOfIds(representatives, "representatives");
    checkArgument(
        rules.electorateMode() != ElectorateMode.ALL_RESIDENTS,
        "rules use ALL_RESIDENTS: there are no representatives to give");
    return register(community, group, electionDay, rules, designated);
  }

  private static ImmutableSet<ResidentId> copyOfIds(Iterable<ResidentId> ids, String name) {
    checkNotNull(ids, name);
    ImmutableSet.Builder<ResidentId> result = ImmutableSet.builder();
    for (ResidentId id : ids) {
      result.add(checkNotNull(id, "%s contains null", name));
    }
    return result.build();
  }

  private static Electorate register(
      Community community,
      BuildingGroupId groupId,
      LocalDate day,
      ElectionRules rules,
      ImmutableSet<ResidentId> representatives) {
    checkNotNull(community, "community");
    checkNotNull(groupId, "group");
    checkNotNull(day, "electionDay");
    BuildingGroup group =
        community.groups().stream()
            .filter(g -> g.id().equals(groupId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "building group " + groupId + " is not in community " + community.id()));
    Set<ResidentId> unseen = new HashSet<>(representatives);
    Map<BuildingId, Integer> perBuilding = new HashMap<>();
    ImmutableSortedMap.Builder<ResidentId, Resident> voters = ImmutableSortedMap.naturalOrder();
    ImmutableList.Builder<Exclusion> exclusions = ImmutableList.builder();
    for (BuildingId buildingId : group.buildings()) {
      ResidentialBuilding building = community.building(buildingId).orElseThrow();
      for (Household household : building.households()) {
        int designated = 0;
        for (Resident resident : household.members()) {
          boolean representative = unseen.remove(resident.id());
          if (representative) {
            designated++;
            perBuilding.merge(buildingId, 1, Integer::sum);
          }
          Set<ExclusionReason> reasons = reasons(resident, day, rules, representative);
          if (reasons.isEmpty()) {
            voters.put(resident.id(), resident);
          } else {
            exclusions.add(new Exclusion(resident.id(), ImmutableSet.copyOf(reasons)));
          }
        }
        checkArgument(
            rules.electorateMode() != ElectorateMode.HOUSEHOLD_REPRESENTATIVES || designated <= 1,
            "household %s has %s representatives; one per household",
            household.id(),
            designated);
      }
      if (rules.electorateMode() == ElectorateMode.GROUP_REPRESENTATIVES) {
        int count = perBuilding.getOrDefault(buildingId, 0);
        checkArgument(
            rules.minimumGroupRepresentatives() <= count
                && count <= rules.maximumGroupRepresentatives(),
            "building %s has %s representatives; the rules want %s to %s",
            buildingId,
            count,
            rules.minimumGroupRepresentatives(),
            rules.maximumGroupRepresentatives());
      }
    }
    checkArgument(
        unseen.isEmpty(), "representatives %s do not live in building group %s", unseen, groupId);
    return new Electorate(groupId, day, voters.buildOrThrow(), exclusions.build());
  }

  private static Set<ExclusionReason> reasons(
      Resident resident, LocalDate day, ElectionRules rules, boolean representative) {
    Set<ExclusionReason> reasons = EnumSet.noneOf(ExclusionReason.class);
    if (resident.birthDate().plusYears(rules.minimumVotingAge()).isAfter(day)) {
      reasons.add(ExclusionReason.UNDER_AGE);
    }
    if (resident.politicalRights() == PoliticalRights.DEPRIVED) {
      reasons.add(ExclusionReason.DEPRIVED_OF_POLITICAL_RIGHTS);
    }
    Registration registration = resident.registration();
    if (registration instanceof Registration.Elsewhere) {
      reasons.add(ExclusionReason.REGISTERED_ELSEWHERE);
    } else if (registration instanceof Registration.WithoutRegistration without
        && without.since().plus(rules.residenceWithoutRegistration()).isAfter(day)) {
      reasons.add(ExclusionReason.RESIDENCE_TOO_SHORT);
    }
    if (rules.electorateMode() != ElectorateMode.ALL_RESIDENTS && !representative) {
      reasons.add(ExclusionReason.NOT_A_REPRESENTATIVE);
    }
    return reasons;
  }

  /**
   * The building group electing its council.
   *
   * @return the group's id
   */
  public BuildingGroupId group() {
    return group;
  }

  /**
   * The election day.
   *
   * @return the day
   */
  public LocalDate electionDay() {
    return electionDay;
  }

  /**
   * The registered voters, in id order.
   *
   * @return their ids
   */
  public ImmutableSet<ResidentId> voters() {
    return voters.keySet();
  }

  /**
   * The number of registered voters.
   *
   * @return zero or more
   */
  public int size() {
    return voters.size();
  }

  /**
   * Whether a resident is a registered voter.
   *
   * @param resident the resident
   * @return {@code true} if registered
   * @throws NullPointerException if {@code resident} is null
   */
  public boolean contains(ResidentId resident) {
    return voters.containsKey(checkNotNull(resident, "resident"));
  }

  /**
   * A registered voter's record (for sex, relations and similar checks).
   *
   * @param voter a registered voter
   * @return the resident
   * @throws NullPointerException if {@code voter} is null
   * @throws IllegalArgumentException if not registered
   */
  public Resident voter(ResidentId voter) {
    Resident resident = voters.get(checkNotNull(voter, "voter"));
    checkArgument(resident != null, "%s is not a registered voter of group %s", voter, group);
    return resident;
  }

  /**
   * The residents of the group who are not registered, each with every reason.
   *
   * @return the exclusions, in the order of buildings, households and members
   */
  public ImmutableList<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * A summary such as {@code "Electorate{group=C01-G01, day=2024-03-10, voters=312, excluded=97}"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Electorate{group="
        + group
        + ", day="
        + electionDay
        + ", voters="
        + voters.size()
        + ", excluded="
        + exclusions.size()
        + "}";
  }
}
