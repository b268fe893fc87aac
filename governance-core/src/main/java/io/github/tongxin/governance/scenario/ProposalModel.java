package io.github.tongxin.governance.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.money.Amount;

/**
 * How residents propose projects and vote on them in a scenario. Each building group proposes a
 * Poisson number of projects, each with a category drawn uniformly and a cost drawn uniformly in
 * whole yuan between the bounds. Each household takes part in the vote with a probability, and a
 * participating household approves each project of its own group, and each project of another
 * group of its community, with their probabilities. Immutable and thread-safe; value-based.
 *
 * @param proposalsPerGroup the mean number of projects per group, not negative
 * @param minimumCost the lowest cost, positive whole yuan
 * @param maximumCost the highest cost, whole yuan, at least {@code minimumCost}
 * @param participation the probability that a household votes
 * @param ownGroupApproval the probability that a voter approves a project of its own group
 * @param communityApproval the probability that a voter approves a project of another group of
 *     its community
 * @since 0.1.0
 */
public record ProposalModel(
    double proposalsPerGroup,
    Amount minimumCost,
    Amount maximumCost,
    double participation,
    double ownGroupApproval,
    double communityApproval) {
  /**
   * Creates a model.
   *
   * @param proposalsPerGroup the mean number of projects per group, not negative
   * @param minimumCost the lowest cost, positive whole yuan
   * @param maximumCost the highest cost, whole yuan, at least {@code minimumCost}
   * @param participation the probability that a household votes, 0–1
   * @param ownGroupApproval the probability of approving a project of one's own group, 0–1
   * @param communityApproval the probability of approving another group's project, 0–1
   * @throws NullPointerException if a cost is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public ProposalModel {
    checkNotNull(minimumCost, "minimumCost");
    checkNotNull(maximumCost, "maximumCost");
    checkArgument(
        proposalsPerGroup >= 0 && proposalsPerGroup <= 50,
        "proposalsPerGroup must be 0..50: %s",
        proposalsPerGroup);
    checkArgument(
        minimumCost.isPositive() && minimumCost.fen() % 100 == 0,
        "minimumCost must be positive whole yuan: %s",
        minimumCost);
    checkArgument(
        maximumCost.compareTo(minimumCost) >= 0 && maximumCost.fen() % 100 == 0,
        "maximumCost must be whole yuan, at least minimumCost: %s",
        maximumCost);
    checkProbability("participation", participation);
    checkProbability("ownGroupApproval", ownGroupApproval);
    checkProbability("communityApproval", communityApproval);
  }

  private static void checkProbability(String name, double value) {
    checkArgument(value >= 0 && value <= 1, "%s must be 0..1: %s", name, value);
  }

  /**
   * Tongxin's default: one project per group on average, 5,000 to 30,000 yuan, 30% of households
   * vote, approving their own group's projects with probability 0.7 and others' with 0.05.
   *
   * @return the default model
   */
  public static ProposalModel standard() {
    return new ProposalModel(1.0, Amount.ofYuan(5_000), Amount.ofYuan(30_000), 0.3, 0.7, 0.05);
  }
}
