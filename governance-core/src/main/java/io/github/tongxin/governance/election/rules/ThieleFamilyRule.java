package io.github.tongxin.governance.election.rules;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule of {@link ThieleFamily}: abcvoting's id, the two names, and the computations on sorted
 * candidate arrays. Immutable and thread-safe.
 */
final class ThieleFamilyRule implements CommitteeRule {
  /** One winning committee, as a sorted array of candidate indices. */
  @FunctionalInterface
  interface Resolute {
    int[] compute(ApprovalProfile profile, int committeeSize);
  }

  /** Every winning committee, as sorted arrays, in lexicographic order. */
  @FunctionalInterface
  interface Irresolute {
    List<int[]> compute(ApprovalProfile profile, int committeeSize);
  }

  private final String id;
  private final String chineseName;
  private final String englishName;
  private final Resolute resolute;
  private final @Nullable Irresolute irresolute;

  private ThieleFamilyRule(
      String id,
      String chineseName,
      String englishName,
      Resolute resolute,
      @Nullable Irresolute irresolute) {
    this.id = id;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.resolute = resolute;
    this.irresolute = irresolute;
  }

  static ThieleFamilyRule of(
      String id,
      String chineseName,
      String englishName,
      Resolute resolute,
      Irresolute irresolute) {
    return new ThieleFamilyRule(id, chineseName, englishName, resolute, irresolute);
  }

  static ThieleFamilyRule resoluteOnly(
      String id, String chineseName, String englishName, Resolute resolute) {
    return new ThieleFamilyRule(id, chineseName, englishName, resolute, null);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  @Override
  public boolean isResoluteOnly() {
    return irresolute == null;
  }

  @Override
  public Committee resolute(ApprovalProfile profile, int committeeSize) {
    CommitteeRules.checkArguments(profile, committeeSize);
    return Committee.of(resolute.compute(profile, committeeSize));
  }

  @Override
  public ImmutableList<Committee> irresolute(ApprovalProfile profile, int committeeSize) {
    Irresolute all = irresolute;
    checkState(all != null, "%s is defined only as a resolute rule", id);
    CommitteeRules.checkArguments(profile, committeeSize);
    ImmutableList.Builder<Committee> result = ImmutableList.builder();
    for (int[] committee : all.compute(profile, committeeSize)) {
      result.add(Committee.of(committee));
    }
    return result.build();
  }

  @Override
  public String toString() {
    return id;
  }
}
