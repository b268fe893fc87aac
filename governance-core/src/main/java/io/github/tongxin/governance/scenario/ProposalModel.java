package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.community.Layer;
import io.github.tongxin.governance.money.Amount;
import org.immutables.value.Value;

/**
 * How residents propose projects and vote on them in a scenario, in each layer of the concentric
 * circles ({@link Layer}):
 *
 * <ul>
 *   <li>{@link Layer#CORE core}: each community proposes a Poisson number of community-wide
 *       projects ({@link #communityProjectsPerCommunity()}); any participating household of the
 *       community approves one with probability {@link #communityWideApproval()};
 *   <li>{@link Layer#MIDDLE middle}: each building group proposes a Poisson number of projects
 *       ({@link #proposalsPerGroup()}); a participating household approves a project of its own
 *       group with probability {@link #ownGroupApproval()} and a project of another group of its
 *       community with probability {@link #communityApproval()};
 *   <li>{@link Layer#OUTER outer}: each building group proposes a Poisson number of
 *       single-building projects ({@link #buildingProjectsPerGroup()}), each for one of the
 *       group's buildings chosen uniformly; only participating households of that building
 *       approve it, each with probability {@link #buildingApproval()}.
 * </ul>
 *
 * <p>Every project has a category drawn uniformly and a cost drawn uniformly in whole yuan between
 * its layer's bounds: {@link #communityMinimumCost()}–{@link #communityMaximumCost()} for
 * community-wide projects, {@link #minimumCost()}–{@link #maximumCost()} for building-group
 * projects, {@link #buildingMinimumCost()}–{@link #buildingMaximumCost()} for single-building
 * projects. Each household takes part in the vote with probability {@link #participation()}. Immutable and thread-safe; value-based:
 * no {@code ==}.
 *
 * <pre>{@code
 * ProposalModel more = ProposalModel.standard().withBuildingProjectsPerGroup(2.0);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProposalModel {
  ProposalModel() {}

  /**
   * Tongxin's default, every attribute at its documented default: per community one community-wide
   * project on average, approved by 15% of the voters; per building group one group project on
   * average (approved by 70% of its own voters and 5% of the community's other voters) and half a
   * single-building project on average (approved by 80% of the building's voters); community-wide
   * projects cost 20,000 to 100,000 yuan, building-group projects 5,000 to 30,000, single-building
   * projects 1,000 to 8,000; 30% of households vote.
   *
   * @return the default model
   */
  public static ProposalModel standard() {
    return builder().build();
  }

  /**
   * A builder; every attribute has its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The mean number of building-group (middle-layer) projects per group.
   *
   * @return 0..50; default 1.0
   */
  @Value.Default
  public double proposalsPerGroup() {
    return 1.0;
  }

  /**
   * The mean number of community-wide (core-layer) projects per community.
   *
   * @return 0..50; default 1.0
   */
  @Value.Default
  public double communityProjectsPerCommunity() {
    return 1.0;
  }

  /**
   * The mean number of single-building (outer-layer) projects per building group.
   *
   * @return 0..50; default 0.5
   */
  @Value.Default
  public double buildingProjectsPerGroup() {
    return 0.5;
  }

  /**
   * The lowest cost of a community-wide project.
   *
   * @return positive whole yuan; default 20,000.00
   */
  @Value.Default
  public Amount communityMinimumCost() {
    return Amount.ofYuan(20_000);
  }

  /**
   * The highest cost of a community-wide project.
   *
   * @return whole yuan, at least {@link #communityMinimumCost()}; default 100,000.00
   */
  @Value.Default
  public Amount communityMaximumCost() {
    return Amount.ofYuan(100_000);
  }

  /**
   * The lowest cost of a single-building project.
   *
   * @return positive whole yuan; default 1,000.00
   */
  @Value.Default
  public Amount buildingMinimumCost() {
    return Amount.ofYuan(1_000);
  }

  /**
   * The highest cost of a single-building project.
   *
   * @return whole yuan, at least {@link #buildingMinimumCost()}; default 8,000.00
   */
  @Value.Default
  public Amount buildingMaximumCost() {
    return Amount.ofYuan(8_000);
  }

  /**
   * The lowest cost of a building-group project.
   *
   * @return positive whole yuan; default 5,000.00
   */
  @Value.Default
  public Amount minimumCost() {
    return Amount.ofYuan(5_000);
  }

  /**
   * The highest cost of a building-group project.
   *
   * @return whole yuan, at least {@link #minimumCost()}; default 30,000.00
   */
  @Value.Default
  public Amount maximumCost() {
    return Amount.ofYuan(30_000);
  }

  /**
   * The probability that a household votes.
   *
   * @return 0..1; default 0.3
   */
  @Value.Default
  public double participation() {
    return 0.3;
  }

  /**
   * The probability that a voter approves a project of its own building group.
   *
   * @return 0..1; default 0.7
   */
  @Value.Default
  public double ownGroupApproval() {
    return 0.7;
  }

  /**
   * The probability that a voter approves a project of another building group of its community.
   *
   * @return 0..1; default 0.05
   */
  @Value.Default
  public double communityApproval() {
    return 0.05;
  }

  /**
   * The probability that a voter approves a community-wide project of its community.
   *
   * @return 0..1; default 0.15
   */
  @Value.Default
  public double communityWideApproval() {
    return 0.15;
  }

  /**
   * The probability that a voter approves a project for its own building (voters of other
   * buildings never approve it).
   *
   * @return 0..1; default 0.8
   */
  @Value.Default
  public double buildingApproval() {
    return 0.8;
  }

  @Value.Check
  void check() {
    checkMean("proposalsPerGroup", proposalsPerGroup());
    checkMean("communityProjectsPerCommunity", communityProjectsPerCommunity());
    checkMean("buildingProjectsPerGroup", buildingProjectsPerGroup());
    checkCosts("communityMinimumCost", communityMinimumCost(), "communityMaximumCost", communityMaximumCost());
    checkCosts("minimumCost", minimumCost(), "maximumCost", maximumCost());
    checkCosts("buildingMinimumCost", buildingMinimumCost(), "buildingMaximumCost", buildingMaximumCost());
    checkProbability("participation", participation());
    checkProbability("ownGroupApproval", ownGroupApproval());
    checkProbability("communityApproval", communityApproval());
    checkProbability("communityWideApproval", communityWideApproval());
    checkProbability("buildingApproval", buildingApproval());
  }

  private static void checkCosts(String minimumName, Amount minimum, String maximumName, Amount maximum) {
    checkArgument(
        minimum.isPositive() && minimum.fen() % 100 == 0,
        "%s must be positive whole yuan: %s",
        minimumName,
        minimum);
    checkArgument(
        maximum.compareTo(minimum) >= 0 && maximum.fen() % 100 == 0,
        "%s must be whole yuan, at least %s %s: %s",
        maximumName,
        minimumName,
        minimum,
        maximum);
  }

  /**
   * The lowest cost of a project of a layer.
   *
   * @param layer the layer
   * @return {@link #communityMinimumCost()}, {@link #minimumCost()} or {@link
   *     #buildingMinimumCost()}
   * @throws NullPointerException if {@code layer} is null
   */
  public Amount minimumCost(Layer layer) {
    checkNotNull(layer, "layer");
    return layer == Layer.CORE ? communityMinimumCost() : layer == Layer.MIDDLE ? minimumCost() : buildingMinimumCost();
  }

  /**
   * The highest cost of a project of a layer.
   *
   * @param layer the layer
   * @return {@link #communityMaximumCost()}, {@link #maximumCost()} or {@link
   *     #buildingMaximumCost()}
   * @throws NullPointerException if {@code layer} is null
   */
  public Amount maximumCost(Layer layer) {
    checkNotNull(layer, "layer");
    return layer == Layer.CORE ? communityMaximumCost() : layer == Layer.MIDDLE ? maximumCost() : buildingMaximumCost();
  }

  private static void checkMean(String name, double value) {
    checkArgument(value >= 0 && value <= 50, "%s must be 0..50: %s", name, value);
  }

  private static void checkProbability(String name, double value) {
    checkArgument(value >= 0 && value <= 1, "%s must be 0..1: %s", name, value);
  }

  /**
   * A copy with another mean number of building-group projects per group.
   *
   * @param value 0..50
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withProposalsPerGroup(double value);

  /**
   * A copy with another mean number of community-wide projects per community.
   *
   * @param value 0..50
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withCommunityProjectsPerCommunity(double value);

  /**
   * A copy with another mean number of single-building projects per group.
   *
   * @param value 0..50
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withBuildingProjectsPerGroup(double value);

  /**
   * A copy with another lowest cost.
   *
   * @param value positive whole yuan, at most {@link #maximumCost()}
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withMinimumCost(Amount value);

  /**
   * A copy with another highest cost.
   *
   * @param value whole yuan, at least {@link #minimumCost()}
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withMaximumCost(Amount value);

  /**
   * A copy with another lowest cost of community-wide projects.
   *
   * @param value positive whole yuan, at most {@link #communityMaximumCost()}
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withCommunityMinimumCost(Amount value);

  /**
   * A copy with another highest cost of community-wide projects.
   *
   * @param value whole yuan, at least {@link #communityMinimumCost()}
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withCommunityMaximumCost(Amount value);

  /**
   * A copy with another lowest cost of single-building projects.
   *
   * @param value positive whole yuan, at most {@link #buildingMaximumCost()}
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withBuildingMinimumCost(Amount value);

  /**
   * A copy with another highest cost of single-building projects.
   *
   * @param value whole yuan, at least {@link #buildingMinimumCost()}
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withBuildingMaximumCost(Amount value);

  /**
   * A copy with another participation.
   *
   * @param value 0..1
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withParticipation(double value);

  /**
   * A copy with another approval of one's own group's projects.
   *
   * @param value 0..1
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withOwnGroupApproval(double value);

  /**
   * A copy with another approval of other groups' projects.
   *
   * @param value 0..1
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withCommunityApproval(double value);

  /**
   * A copy with another approval of community-wide projects.
   *
   * @param value 0..1
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withCommunityWideApproval(double value);

  /**
   * A copy with another approval of one's own building's projects.
   *
   * @param value 0..1
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public abstract ProposalModel withBuildingApproval(double value);

  /**
   * Builds a {@link ProposalModel}; every attribute has its default.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableProposalModel.Builder {
    Builder() {}
  }
}
