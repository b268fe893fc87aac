package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Builds synthetic zones whose coverage figures equal given totals exactly, for examples,
 * benchmarks and what-if studies. A pure function of its arguments: the same figures, date and
 * random generator state give the same zone.
 *
 * <h2>How a zone is drawn</h2>
 *
 * <ol>
 *   <li>Communities get different sizes (weights uniform in 0.5..1.5); building groups and
 *       buildings are split among them in proportion to the weights and households in
 *       proportion to the groups, by largest remainders, so every total is exact. Each
 *       community gets at least one group, at least one building per group, and at least one
 *       household per building.
 *   <li>Each community's buildings stand on a grid; neighbours are the grid neighbours joined by
 *       a random spanning tree plus half of the remaining grid links. Building sizes mix
 *       walk-ups (12–24 households, 55%), mid-rises (30–60, 30%) and towers (60–120, 15%),
 *       scaled to the community's households.
 *   <li>{@link GroupFormation} partitions the buildings with the target {@code households /
 *       groups} of the community and bounds of 75% and 125% of it. A layout that does not give
 *       the community's number of groups is drawn again (at most {@value #ATTEMPTS} times).
 *   <li>Household sizes (1–6 people, mean about 3.1) are drawn and adjusted to the exact number
 *       of people. Each household's first member is an adult holding political rights; ages,
 *       sex, registration (65% here, 10% elsewhere, 25% without registration for 0–15 years) and
 *       political rights (0.1% of the other adults deprived) are drawn per person.
 *   <li>Filled council seats are spread over the groups (each group at most 6 and at most its
 *       adults holding political rights, as even as that allows, then shuffled by random
 *       transfers); the first seat of a group is its leader. Holders are drawn among those
 *       adults.
 *   <li>Each community's core gets a party branch secretary, 2–4 branch members, a residents'
 *       committee director (the secretary in half of the communities, 一肩挑) and 3–5 committee
 *       members, drawn among its adults.
 * </ol>
 *
 * <p>Ids are zero-padded: {@code C01}, {@code C01-B001}, {@code C01-G01}, {@code C01-B001-H001},
 * {@code C01-B001-H001-R1}. Random draws go through {@link RandomGenerator#nextInt(int)} and
 * {@link RandomGenerator#nextDouble()}, so a zone is reproducible for a given generator algorithm
 * and seed on the same Java release.
 *
 * <pre>{@code
 * GeneratedZone g = ZoneGenerator.generate(Jiading.NAME, Jiading.PUBLISHED,
 *     Jiading.REFERENCE_DATE, new SplittableRandom(7));
 * Coverage.of(g.zone()).total(); // equals Jiading.PUBLISHED
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ZoneGenerator {
  /** Layout draws per community before giving up on its number of groups. */
  public static final int ATTEMPTS = 200;

  /** The most households per building group on average that {@link #generate} accepts. */
  public static final int MAX_HOUSEHOLDS_PER_GROUP = 500_000;

  private ZoneGenerator() {}

  /**
   * A zone with exactly the given coverage figures.
   *
   * @param name the zone's name
   * @param figures the totals to reach: at least one community; at least one group per
   *     community; no more groups than buildings; at least one household per building and one
   *     person per household; at most six filled seats per group and at most one per household;
   *     at most {@value #MAX_HOUSEHOLDS_PER_GROUP} households per group on average
   * @param asOf the day ages refer to (residents are born up to 95 years before it)
   * @param random the source of every random choice
   * @return the zone and its communities' site plans
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the figures break one of the conditions above, or exceed
   *     10,000,000 people (generate site plans alone with {@link #sitePlans} for more)
   * @throws IllegalStateException if a community's layout never yields its number of groups, or
   *     the adults holding political rights in some groups are too few for the seats (possible
   *     only where groups have very few households)
   */
  public static GeneratedZone generate(
      BilingualName name, CoverageFigures figures, LocalDate asOf, RandomGenerator random) {
    checkNotNull(name, "name");
    checkNotNull(figures, "figures");
    checkNotNull(asOf, "asOf");
    checkNotNull(random, "random");
    int communities = toInt("communities", figures.communities());
    int buildings = toInt("buildings", figures.buildings());
    int groups = toInt("buildingGroups", figures.buildingGroups());
    long seats = figures.electedLeadersAndMembers();
    long households = figures.households();
    long people = figures.people();
    checkArgument(communities >= 1, "figures need at least one community: %s", figures);
    checkArgument(
        groups >= communities, "figures need a building group per community: %s", figures);
    checkArgument(groups <= buildings, "figures have more groups than buildings: %s", figures);
    checkArgument(
        households >= buildings, "figures need a household per building: %s", figures);
    checkArgument(people >= households, "figures need a person per household: %s", figures);
    checkArgument(
        seats <= (long) Council.STATUTORY_LEADER_SEATS * groups
            + (long) Council.STATUTORY_MEMBER_SEATS * groups,
        "figures fill more than six seats per group: %s",
        figures);
    checkArgument(
        seats <= households, "figures fill more seats than there are households: %s", figures);
    checkArgument(
        households <= (long) groups * MAX_HOUSEHOLDS_PER_GROUP,
        "figures have more than %s households per group: %s",
        MAX_HOUSEHOLDS_PER_GROUP,
        figures);
    checkArgument(
        people <= 10_000_000, "figures have more than 10,000,000 people: %s", figures);

    double[] sizes = new double[communities];
    for (int c = 0; c < communities; c++) {
      sizes[c] = 0.5 + random.nextDouble();
    }
    long[] groupsOf = allocate(groups, sizes, 1);
    long[] buildingsOf = allocate(buildings - groups, sizes, 0);
    for (int c = 0; c < communities; c++) {
      buildingsOf[c] += groupsOf[c];
    }
    long[] householdsOf = allocate(households - buildings, asDoubles(groupsOf), 0);
    for (int c = 0; c < communities; c++) {
      householdsOf[c] += buildingsOf[c];
    }
    int width = Math.max(2, digits(communities));
    List<String> prefixes = new ArrayList<>();
    List<SitePlan> plans = new ArrayList<>();
    List<GroupPartition> partitions = new ArrayList<>();
    for (int c = 0; c < communities; c++) {
      String prefix = "C" + pad(c + 1, width);
      prefixes.add(prefix);
      int target = (int) Math.max(1, Math.round((double) householdsOf[c] / groupsOf[c]));
      FormationBounds bounds =
          FormationBounds.of(
              target,
              Math.max(1, target * 3 / 4),
              Math.min(FormationBounds.MAX_HOUSEHOLDS, Math.max(target, target * 5 / 4)));
      GroupFormation formation = GroupFormation.of(bounds);
      SitePlan plan = null;
      GroupPartition partition = null;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        plan = layout(prefix, (int) buildingsOf[c], householdsOf[c], random);
        partition = formation.partition(plan);
        if (partition.groups().size() == groupsOf[c]) {
          break;
        }
        partition = null;
      }
      if (partition == null) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "community %s: no layout of %d buildings and %d households gave %d groups in %d"
                    + " attempts",
                prefix,
                buildingsOf[c],
                householdsOf[c],
                groupsOf[c],
                ATTEMPTS));
      }
      plans.add(plan);
      partitions.add(partition);
    }

    // People: household sizes over the whole zone, adjusted to the exact total.
    int[] householdSize = householdSizes((int) households, people, random);

    // First the people of every community, then the seats, which depend on who can hold one.
    List<List<ResidentialBuilding>> builtOf = new ArrayList<>();
    List<List<Resident>> adultsOfCommunity = new ArrayList<>();
    List<List<Resident>> eligibleOfGroup = new ArrayList<>();
    int nextHousehold = 0;
    for (int c = 0; c < communities; c++) {
      SitePlan plan = plans.get(c);
      Map<BuildingId, List<Resident>> adultsOf = new HashMap<>();
      List<ResidentialBuilding> built = new ArrayList<>();
      List<Resident> communityAdults = new ArrayList<>();
      for (BuildingId building : plan.buildings()) {
        List<Household> list = new ArrayList<>();
        List<Resident> adults = new ArrayList<>();
        int count = plan.households(building);
        for (int h = 0; h < count; h++) {
          HouseholdId id = HouseholdId.of(building + "-H" + pad(h + 1, 3));
          List<Resident> members = new ArrayList<>();
          for (int m = 0; m < householdSize[nextHousehold]; m++) {
            Resident resident =
                resident(ResidentId.of(id + "-R" + (m + 1)), m == 0, asOf, random);
            members.add(resident);
            if (resident.isAdultOn(asOf)
                && resident.politicalRights() == PoliticalRights.HELD) {
              adults.add(resident);
            }
          }
          nextHousehold++;
          list.add(Household.of(id, floorArea(members.size(), random), members));
        }
        adultsOf.put(building, adults);
        communityAdults.addAll(adults);
        built.add(ResidentialBuilding.of(building, list));
      }
      builtOf.add(built);
      adultsOfCommunity.add(communityAdults);
      for (FormedGroup formed : partitions.get(c).groups()) {
        List<Resident> eligible = new ArrayList<>();
        for (BuildingId building : formed.buildings()) {
          eligible.addAll(adultsOf.get(building));
        }
        eligibleOfGroup.add(eligible);
      }
    }
    long[] seatsOf = spreadSeats(seats, eligibleOfGroup, random);

    ImmutableList.Builder<Community> result = ImmutableList.builder();
    ImmutableMap.Builder<CommunityId, SitePlan> sitePlans = ImmutableMap.builder();
    int nextGroup = 0;
    for (int c = 0; c < communities; c++) {
      String prefix = prefixes.get(c);
      List<BuildingGroup> groupList = new ArrayList<>();
      GroupPartition partition = partitions.get(c);
      for (int g = 0; g < partition.groups().size(); g++) {
        String number = pad(g + 1, 2);
        groupList.add(
            BuildingGroup.of(
                BuildingGroupId.of(prefix + "-G" + number),
                BilingualName.of("第" + number + "楼组", "Building group " + number),
                partition.groups().get(g).buildings(),
                council(eligibleOfGroup.get(nextGroup), (int) seatsOf[nextGroup], random)));
        nextGroup++;
      }
      CommunityId id = CommunityId.of(prefix);
      String number = prefix.substring(1);
      result.add(
          Community.builder()
              .id(id)
              .name(BilingualName.of("第" + number + "社区", "Community " + number))
              .addAllCorePosts(corePosts(adultsOfCommunity.get(c), random))
              .addAllBuildings(builtOf.get(c))
              .addAllGroups(groupList)
              .build());
      sitePlans.put(id, plans.get(c));
    }
    return new GeneratedZone(Zone.of(name, result.build()), sitePlans.buildOrThrow());
  }

  /**
   * Site plans alone, for studying {@link GroupFormation} at scale (a city of thousands of
   * communities) without generating people. Community weights are drawn as in {@link
   * #generate}, and both buildings and households are split in proportion to them; layouts are
   * drawn as in {@link #generate}. Community ids are {@code C01}, ... padded to the number of
   * communities (at least two digits).
   *
   * @param communities the number of communities; at least 1
   * @param buildings the number of buildings; at least one per community
   * @param households the number of households; at least one per building, at most {@link
   *     SitePlan#MAX_TOTAL_HOUSEHOLDS}
   * @param random the source of every random choice
   * @return one plan per community
   * @throws NullPointerException if {@code random} is null
   * @throws IllegalArgumentException if a number breaks the conditions above
   */
  public static ImmutableList<SitePlan> sitePlans(
      int communities, int buildings, long households, RandomGenerator random) {
    checkNotNull(random, "random");
    checkArgument(communities >= 1, "communities must be at least 1: %s", communities);
    checkArgument(
        buildings >= communities,
        "buildings must be at least one per community: %s < %s",
        buildings,
        communities);
    checkArgument(
        households >= buildings,
        "households must be at least one per building: %s < %s",
        households,
        buildings);
    checkArgument(
        households <= SitePlan.MAX_TOTAL_HOUSEHOLDS,
        "households must be at most %s: %s",
        SitePlan.MAX_TOTAL_HOUSEHOLDS,
        households);
    double[] sizes = new double[communities];
    for (int c = 0; c < communities; c++) {
      sizes[c] = 0.5 + random.nextDouble();
    }
    long[] buildingsOf = allocate(buildings - communities, sizes, 0);
    long[] householdsOf = allocate(households - buildings, sizes, 0);
    int width = Math.max(2, digits(communities));
    ImmutableList.Builder<SitePlan> plans = ImmutableList.builderWithExpectedSize(communities);
    for (int c = 0; c < communities; c++) {
      int n = (int) buildingsOf[c] + 1;
      plans.add(layout("C" + pad(c + 1, width), n, householdsOf[c] + n, random));
    }
    return plans.build();
  }

  /** Buildings on a grid, linked by a random spanning tree plus half of the other grid links. */
  static SitePlan layout(String prefix, int n, long households, RandomGenerator random) {
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(100);
      raw[i] =
          kind < 55
              ? 12 + random.nextInt(13)
              : kind < 85 ? 30 + random.nextInt(31) : 60 + random.nextInt(61);
    }
    long[] counts = allocate(households - n, raw, 0);
    Map<BuildingId, Integer> sizes = new HashMap<>();
    List<BuildingId> ids = new ArrayList<>(n);
    int width = Math.max(3, digits(n));
    for (int i = 0; i < n; i++) {
      BuildingId id = BuildingId.of(prefix + "-B" + pad(i + 1, width));
      ids.add(id);
      sizes.put(id, Math.toIntExact(counts[i] + 1));
    }
    int columns = (int) Math.ceil(Math.sqrt(n * 1.5));
    List<int[]> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if ((i % columns) + 1 < columns && i + 1 < n) {
        links.add(new int[] {i, i + 1});
      }
      if (i + columns < n) {
        links.add(new int[] {i, i + columns});
      }
    }
    for (int i = links.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int[] swap = links.get(i);
      links.set(i, links.get(j));
      links.set(j, swap);
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<Adjacency> adjacencies = new ArrayList<>();
    for (int[] link : links) {
      int a = root(parent, link[0]);
      int b = root(parent, link[1]);
      if (a != b) {
        parent[a] = b;
        adjacencies.add(Adjacency.of(ids.get(link[0]), ids.get(link[1])));
      } else if (random.nextInt(2) == 0) {
        adjacencies.add(Adjacency.of(ids.get(link[0]), ids.get(link[1])));
      }
    }
    return SitePlan.of(sizes, adjacencies);
  }

  private static int root(int[] parent, int x) {
    int r = x;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  /** Household sizes 1..6 drawn with mean about 3.1, then adjusted to sum to {@code people}. */
  private static int[] householdSizes(int households, long people, RandomGenerator random) {
    int[] weights = {14, 26, 28, 17, 10, 5};
    int[] sizes = new int[households];
    long sum = 0;
    for (int h = 0; h < households; h++) {
      int draw = random.nextInt(100);
      int size = 1;
      for (int w = 0; draw >= weights[w]; w++) {
        draw -= weights[w];
        size++;
      }
      sizes[h] = size;
      sum += size;
    }
    int cap = (int) Math.max(6, (people + households - 1) / households + 1);
    while (sum != people) {
      int h = random.nextInt(households);
      if (sum < people && sizes[h] < cap) {
        sizes[h]++;
        sum++;
      } else if (sum > people && sizes[h] > 1) {
        sizes[h]--;
        sum--;
      }
    }
    return sizes;
  }

  /**
   * Seats per group, each at most six and at most the group's eligible adults, summing to {@code
   * seats}: as even as the capacities allow, then shuffled by random transfers.
   */
  private static long[] spreadSeats(
      long seats, List<List<Resident>> eligibleOfGroup, RandomGenerator random) {
    int groups = eligibleOfGroup.size();
    int most = Council.STATUTORY_LEADER_SEATS + Council.STATUTORY_MEMBER_SEATS;
    long[] capacity = new long[groups];
    long total = 0;
    for (int g = 0; g < groups; g++) {
      capacity[g] = Math.min(most, eligibleOfGroup.get(g).size());
      total += capacity[g];
    }
    checkState(
        seats <= total,
        "the groups' adults holding political rights can fill %s seats, not %s",
        total,
        seats);
    long[] result = new long[groups];
    long given = 0;
    // Round-robin up to each capacity: as even as possible.
    for (int level = 1; given < seats; level++) {
      for (int g = 0; g < groups && given < seats; g++) {
        if (result[g] < Math.min(level, capacity[g])) {
          result[g]++;
          given++;
        }
      }
    }
    for (int t = 0; t < groups; t++) {
      int from = random.nextInt(groups);
      int to = random.nextInt(groups);
      if (from != to && result[from] > 1 && result[to] < capacity[to]) {
        result[from]--;
        result[to]++;
      }
    }
    return result;
  }

  /** A council with {@code seats} filled seats among the eligible, the first as leader. */
  private static Council council(List<Resident> eligible, int seats, RandomGenerator random) {
    if (seats == 0) {
      return Council.vacant();
    }
    List<ResidentId> chosen = pick(eligible, seats, random);
    return Council.of(chosen.get(0), chosen.subList(1, chosen.size()));
  }

  private static List<CorePost> corePosts(List<Resident> adults, RandomGenerator random) {
    int branchMembers = 2 + random.nextInt(3);
    int committeeMembers = 3 + random.nextInt(3);
    boolean oneShoulder = random.nextInt(2) == 0;
    int needed = 2 + branchMembers + committeeMembers;
    if (adults.size() < needed) {
      return List.of();
    }
    List<ResidentId> people = pick(adults, needed, random);
    List<CorePost> posts = new ArrayList<>();
    int next = 0;
    ResidentId secretary = people.get(next++);
    posts.add(CorePost.of(Role.PARTY_BRANCH_SECRETARY, secretary));
    ResidentId director = people.get(next++);
    posts.add(CorePost.of(Role.RESIDENTS_COMMITTEE_DIRECTOR, oneShoulder ? secretary : director));
    for (int i = 0; i < branchMembers; i++) {
      posts.add(CorePost.of(Role.PARTY_BRANCH_MEMBER, people.get(next++)));
    }
    for (int i = 0; i < committeeMembers; i++) {
      posts.add(CorePost.of(Role.RESIDENTS_COMMITTEE_MEMBER, people.get(next++)));
    }
    return posts;
  }

  /** {@code count} distinct residents drawn without replacement (partial Fisher–Yates). */
  private static List<ResidentId> pick(List<Resident> from, int count, RandomGenerator random) {
    List<Resident> pool = new ArrayList<>(from);
    List<ResidentId> chosen = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(pool.size() - i);
      Resident swap = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, swap);
      chosen.add(pool.get(i).id());
    }
    return chosen;
  }

  private static Resident resident(
      ResidentId id, boolean head, LocalDate asOf, RandomGenerator random) {
    int age = head ? 22 + random.nextInt(66) : random.nextInt(91);
    LocalDate birth = asOf.minusYears(age).minusDays(random.nextInt(365));
    int registration = random.nextInt(100);
    Registration where =
        registration < 65
            ? Registration.here()
            : registration < 75
                ? Registration.elsewhere()
                : Registration.withoutRegistrationSince(
                    asOf.minusDays(1 + random.nextInt(15 * 365)));
    return Resident.builder()
        .id(id)
        .birthDate(birth)
        .sex(random.nextInt(2) == 0 ? Sex.FEMALE : Sex.MALE)
        .registration(where)
        .politicalRights(
            !head && age >= 18 && random.nextInt(1000) == 0
                ? PoliticalRights.DEPRIVED
                : PoliticalRights.HELD)
        .build();
  }

  /** 30–50 m² for the first person, 12–20 m² for each further one, in 0.01 m². */
  private static FloorArea floorArea(int people, RandomGenerator random) {
    long area = 3000 + random.nextInt(2001);
    for (int p = 1; p < people; p++) {
      area += 1200 + random.nextInt(801);
    }
    return FloorArea.ofHundredths(area);
  }

  /**
   * Splits {@code total} in proportion to {@code weights} by largest remainders, each part at
   * least {@code minimum}; parts sum to {@code total} exactly.
   */
  static long[] allocate(long total, double[] weights, long minimum) {
    int n = weights.length;
    long free = total - minimum * n;
    checkArgument(free >= 0, "cannot give %s parts at least %s out of %s", n, minimum, total);
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] parts = new long[n];
    double[] remainder = new double[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      double exact = free * weights[i] / sum;
      parts[i] = (long) Math.floor(exact);
      remainder[i] = exact - parts[i];
      given += parts[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
    for (int i = 0; given < free; i = (i + 1) % n) {
      parts[order[i]]++;
      given++;
    }
    for (int i = 0; i < n; i++) {
      parts[i] += minimum;
    }
    return parts;
  }

  private static double[] asDoubles(long[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i];
    }
    return result;
  }

  private static int toInt(String name, long value) {
    checkArgument(value <= Integer.MAX_VALUE, "%s too large: %s", name, value);
    return (int) value;
  }

  private static int digits(long value) {
    return Long.toString(value).length();
  }

  private static String pad(long value, int width) {
    String text = Long.toString(value);
    return "0".repeat(Math.max(0, width - text.length())) + text;
  }
}
