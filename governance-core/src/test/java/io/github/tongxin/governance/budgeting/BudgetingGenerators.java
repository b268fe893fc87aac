package io.github.tongxin.governance.budgeting;

import static org.quicktheories.generators.Generate.range;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for the budgeting package, built from public factories only: small
 * random elections (an instance and a profile of a given vote type) for rule properties, and the
 * transformations the properties apply to them (permuted voters, renamed projects).
 *
 * <p>Sizes are small and costs are drawn from a narrow range, so that equal costs, equal vote
 * counts and other ties are common. Project ids are {@code "1"}, {@code "2"}, ... so that plain
 * string order ({@code "10" < "2"}) differs from numeric order once there are ten projects.
 */
final class BudgetingGenerators {
  private BudgetingGenerators() {}

  /** How project costs are drawn. */
  enum Costs {
    /** Whole numbers 1..12. */
    POSITIVE_INTEGERS,
    /** Whole numbers 0..12, zero with probability about 1/8. */
    INTEGERS,
    /** Decimals with up to two digits after the point, 0..12, zero now and then. */
    DECIMALS
  }

  /** An instance and its ballots. */
  record Election(BudgetInstance instance, BudgetProfile profile) {
    /** The rules among {@code rules} that apply to this election's ballots. */
    List<BudgetRule> applicable(List<BudgetRule> rules) {
      return rules.stream().filter(rule -> rule.appliesTo(profile.type())).toList();
    }

    /** A compact, readable form for shrunk counterexamples. */
    @Override
    public String toString() {
      String projects =
          instance.projects().values().stream()
              .map(p -> p.id() + ":" + p.cost().toPlainString())
              .collect(Collectors.joining(" "));
      String ballots =
          profile.ballots().stream()
              .map(
                  b ->
                      b.points().isEmpty()
                          ? b.projects().toString()
                          : zip(b.projects(), b.points()))
              .collect(Collectors.joining(" "));
      return "budget "
          + instance.budget().toPlainString()
          + " | projects "
          + projects
          + " | "
          + profile.type().token()
          + " "
          + ballots;
    }

    private static String zip(List<ProjectId> projects, List<BigDecimal> points) {
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < projects.size(); i++) {
        pairs.add(projects.get(i) + "=" + points.get(i).toPlainString());
      }
      return pairs.toString();
    }
  }

  private static int draw(RandomnessSource in, int low, int high) {
    return range(low, high).generate(in);
  }

  /**
   * Elections with ballots of {@code type}: 0..{@code maxProjects} projects (ids "1", "2", ...) and
   * 0..{@code maxVoters} voters. The budget is drawn between 0 and the total cost (sometimes above
   * it). Approval ballots approve each project with probability about 2/5; choose-1 ballots name
   * one project (or none); ordinal ballots rank a random subset in random order; cumulative ballots
   * give 1..5 points to a random subset; scoring ballots give −2..5 points.
   *
   * @param type the vote type of every ballot
   * @param maxProjects the largest number of projects
   * @param maxVoters the largest number of voters
   * @param costs how costs are drawn
   * @return the generator
   */
  static Gen<Election> elections(VoteType type, int maxProjects, int maxVoters, Costs costs) {
    Gen<Election> elections =
        in -> {
          int m = draw(in, 0, maxProjects);
          List<BudgetProject> projects = new ArrayList<>();
          BigDecimal total = BigDecimal.ZERO;
          for (int i = 1; i <= m; i++) {
            BigDecimal cost = cost(in, costs);
            total = total.add(cost);
            projects.add(
                BudgetProject.builder().id(ProjectId.of(Integer.toString(i))).cost(cost).build());
          }
          int percent = draw(in, 0, 120);
          BigDecimal budget =
              total
                  .multiply(BigDecimal.valueOf(percent))
                  .movePointLeft(2)
                  .setScale(costs == Costs.DECIMALS ? 2 : 0, RoundingMode.DOWN);
          int n = draw(in, 0, maxVoters);
          List<BudgetBallot> ballots = new ArrayList<>();
          for (int v = 0; v < n; v++) {
            ballots.add(ballot(in, type, "v" + v, projects));
          }
          return new Election(
              BudgetInstance.of(budget, projects, Map.of()), BudgetProfile.of(type, ballots));
        };
    return elections.describedAs(Election::toString);
  }

  /**
   * Elections as {@link #elections(VoteType, int, int, Costs)}, the vote type drawn first.
   *
   * @param maxProjects the largest number of projects
   * @param maxVoters the largest number of voters
   * @param costs how costs are drawn
   * @return the generator
   */
  static Gen<Election> elections(int maxProjects, int maxVoters, Costs costs) {
    Gen<Election> elections =
        in -> {
          VoteType type = VoteType.values()[draw(in, 0, VoteType.values().length - 1)];
          return elections(type, maxProjects, maxVoters, costs).generate(in);
        };
    return elections.describedAs(Election::toString);
  }

  private static BigDecimal cost(RandomnessSource in, Costs costs) {
    return switch (costs) {
      case POSITIVE_INTEGERS -> BigDecimal.valueOf(draw(in, 1, 12));
      case INTEGERS -> draw(in, 0, 7) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(draw(in, 1, 12));
      case DECIMALS -> {
        int scale = draw(in, 0, 2);
        yield draw(in, 0, 7) == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(draw(in, 1, 12 * (int) Math.pow(10, scale)), scale);
      }
    };
  }

  private static BudgetBallot ballot(
      RandomnessSource in, VoteType type, String voter, List<BudgetProject> projects) {
    List<ProjectId> named = new ArrayList<>();
    List<BigDecimal> points = new ArrayList<>();
    if (type == VoteType.CHOOSE_ONE) {
      if (!projects.isEmpty() && draw(in, 0, 5) > 0) {
        named.add(projects.get(draw(in, 0, projects.size() - 1)).id());
      }
    } else {
      for (BudgetProject project : projects) {
        if (draw(in, 0, 4) < 2) {
          named.add(project.id());
        }
      }
      if (type == VoteType.ORDINAL) {
        for (int i = named.size() - 1; i > 0; i--) {
          Collections.swap(named, i, draw(in, 0, i));
        }
      }
      if (type.hasPoints()) {
        for (int i = 0; i < named.size(); i++) {
          points.add(
              BigDecimal.valueOf(type == VoteType.SCORING ? draw(in, -2, 5) : draw(in, 1, 5)));
        }
      }
    }
    return new BudgetBallot(
        voter, ImmutableList.copyOf(named), ImmutableList.copyOf(points), ImmutableMap.of());
  }

  /**
   * The same ballots cast by the voters in another order: ballot {@code i} moves to position {@code
   * order[i]}.
   *
   * @param profile the profile
   * @param order a permutation of {@code 0..voters-1}
   * @return the permuted profile
   */
  static BudgetProfile permuteVoters(BudgetProfile profile, int[] order) {
    List<BudgetBallot> ballots = new ArrayList<>(Collections.nCopies(profile.voters(), null));
    for (int i = 0; i < profile.voters(); i++) {
      ballots.set(order[i], profile.ballots().get(i));
    }
    return BudgetProfile.of(profile.type(), ballots);
  }

  /**
   * The election with every project renamed: project {@code id} becomes {@code names.get(id)}, in
   * the instance and in every ballot.
   *
   * @param election the election
   * @param names a bijection on the project ids
   * @return the renamed election
   */
  static Election rename(Election election, Map<ProjectId, ProjectId> names) {
    List<BudgetProject> projects = new ArrayList<>();
    for (BudgetProject project : election.instance().projects().values()) {
      projects.add(
          BudgetProject.builder().id(names.get(project.id())).cost(project.cost()).build());
    }
    List<BudgetBallot> ballots = new ArrayList<>();
    for (BudgetBallot ballot : election.profile().ballots()) {
      ballots.add(
          new BudgetBallot(
              ballot.voter(),
              ballot.projects().stream().map(names::get).collect(ImmutableList.toImmutableList()),
              ballot.points(),
              ballot.attributes()));
    }
    return new Election(
        BudgetInstance.of(election.instance().budget(), projects, election.instance().meta()),
        BudgetProfile.of(election.profile().type(), ballots));
  }

  /**
   * A permutation of {@code 0..size-1}, drawn by Fisher–Yates from {@code swaps} (values taken
   * modulo the remaining range).
   *
   * @param size the size
   * @param swaps random values, at least {@code size} of them
   * @return the permutation
   */
  static int[] permutation(int size, int[] swaps) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = Math.floorMod(swaps[i], i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
