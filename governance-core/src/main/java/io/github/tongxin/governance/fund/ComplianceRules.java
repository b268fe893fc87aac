package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The thresholds of the annual spending check, with their sources. Researchers change this object,
 * not the code. Immutable and thread-safe; value-based: compare with {@code equals}, never {@code
 * ==}.
 *
 * @param minSpendingPercent charitable spending of a year must be at least this percentage of the
 *     previous year's total income, or of the average income of the three previous years
 * @param maxManagementPercent management costs of a year must be at most this percentage of the
 *     year's total spending
 * @param spendingSource where the spending threshold comes from
 * @param managementSource where the management threshold comes from
 * @since 0.1.0
 */
public record ComplianceRules(
    int minSpendingPercent, int maxManagementPercent, String spendingSource,
    String managementSource) {
  /**
   * The thresholds for a foundation with public fundraising qualification: 70% and 10%.
   */
  public static final ComplianceRules CHARITY_LAW =
      new ComplianceRules(
          70,
          10,
          "《慈善法》(2023年修正) 第六十一条; 《关于慈善组织开展慈善活动年度支出和管理费用的规定》(2016) 第四条",
          "《关于慈善组织开展慈善活动年度支出和管理费用的规定》(2016) 第四条");

  /**
   * Creates the rules.
   *
   * @param minSpendingPercent in {@code 0..100}
   * @param maxManagementPercent in {@code 0..100}
   * @param spendingSource not blank
   * @param managementSource not blank
   * @throws NullPointerException if a source is null
   * @throws IllegalArgumentException if a percentage is outside {@code 0..100} or a source is
   *     blank
   */
  public ComplianceRules {
    checkArgument(minSpendingPercent >= 0 && minSpendingPercent <= 100,
        "minSpendingPercent must be 0..100: %s", minSpendingPercent);
    checkArgument(maxManagementPercent >= 0 && maxManagementPercent <= 100,
        "maxManagementPercent must be 0..100: %s", maxManagementPercent);
    checkArgument(!checkNotNull(spendingSource, "spendingSource").isBlank(),
        "spendingSource must not be blank");
    checkArgument(!checkNotNull(managementSource, "managementSource").isBlank(),
        "managementSource must not be blank");
  }
}
