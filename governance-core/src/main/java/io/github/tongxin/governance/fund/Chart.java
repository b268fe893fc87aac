package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.tongxin.governance.internal.Ids;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectId;
import java.util.Locale;

/**
 * The standard chart of accounts of a community public-welfare fund: cash at bank; government
 * allocation, enterprise and resident donations; crowdfunding per project; grants payable;
 * unrestricted and restricted net assets; project expenses by category; management costs.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.of(Chart.communityFund())
 *     .open(List.of(Chart.crowdfunding(ProjectId.of("P017"))));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Chart {
  /** Cash at bank (银行存款); never below zero. */
  public static final AccountId BANK = AccountId.of("assets:bank");
  /** Government allocations received (政府补助收入). */
  public static final AccountId GOVERNMENT = AccountId.of("income:government");
  /** Donations from enterprises (企业捐赠收入). */
  public static final AccountId ENTERPRISE_DONATIONS = AccountId.of("income:donations:enterprise");
  /** Donations from residents (居民捐赠收入). */
  public static final AccountId RESIDENT_DONATIONS = AccountId.of("income:donations:resident");
  /** Grants approved and not yet paid (应付资助款). */
  public static final AccountId GRANTS_PAYABLE = AccountId.of("liabilities:grants-payable");
  /** Unrestricted net assets (非限定性净资产). */
  public static final AccountId UNRESTRICTED = AccountId.of("net-assets:unrestricted");
  /** Management costs (管理费用). */
  public static final AccountId MANAGEMENT = AccountId.of("expenses:management");

  private Chart() {}

  /**
   * The standard accounts: the constants of this class and one project-expense account per
   * {@link Category}.
   *
   * @return the accounts
   */
  public static ImmutableList<Account> communityFund() {
    ImmutableList.Builder<Account> chart = ImmutableList.builder();
    chart.add(
        Account.of(BANK, AccountType.ASSET, BalanceLimit.CREDITS_WITHIN_DEBITS, "银行存款 cash at bank"),
        Account.of(GOVERNMENT, AccountType.INCOME, BalanceLimit.NONE,
            "政府补助收入 government allocation"),
        Account.of(ENTERPRISE_DONATIONS, AccountType.INCOME, BalanceLimit.NONE,
            "企业捐赠收入 enterprise donations"),
        Account.of(RESIDENT_DONATIONS, AccountType.INCOME, BalanceLimit.NONE,
            "居民捐赠收入 resident donations"),
        Account.of(GRANTS_PAYABLE, AccountType.LIABILITY, BalanceLimit.NONE,
            "应付资助款 grants payable"),
        Account.of(UNRESTRICTED, AccountType.UNRESTRICTED_NET_ASSETS, BalanceLimit.NONE,
            "非限定性净资产 unrestricted net assets"),
        Account.of(MANAGEMENT, AccountType.EXPENSE, BalanceLimit.NONE, "管理费用 management costs"));
    for (Category category : Category.values()) {
      chart.add(projectExpenses(category));
    }
    return chart.build();
  }

  /**
   * The expense account of project grants in a category, e.g. {@code
   * "expenses:projects:garbage-sorting"}.
   *
   * @param category the category
   * @return the account
   * @throws NullPointerException if {@code category} is null
   */
  public static Account projectExpenses(Category category) {
    checkNotNull(category, "category");
    return Account.of(
        AccountId.of("expenses:projects:" + category.name().toLowerCase(Locale.ROOT).replace('_', '-')),
        AccountType.EXPENSE,
        BalanceLimit.NONE,
        "项目支出 " + category.bilingualName());
  }

  /**
   * The income account of a project's crowdfunding campaign, e.g. {@code
   * "income:crowdfunding:P017"}.
   *
   * @param project the project
   * @return the account
   * @throws NullPointerException if {@code project} is null
   */
  public static Account crowdfunding(ProjectId project) {
    checkNotNull(project, "project");
    return Account.of(
        AccountId.of("income:crowdfunding:" + project.value()),
        AccountType.INCOME,
        BalanceLimit.NONE,
        "众筹收入 crowdfunding for " + project.value());
  }

  /**
   * The restricted sub-ledger of a campaign or donor-restricted gift, e.g. {@code
   * "net-assets:restricted:P017"}: restricted net assets that never go below zero.
   *
   * @param key what the restriction is for: a project id or a gift's id
   * @param purpose the purpose in words, for people
   * @return the account
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code key} is not a well-formed id or the account id
   *     would be too long, or {@code purpose} is blank
   */
  public static Account restricted(String key, String purpose) {
    Ids.check("restriction key", key);
    return Account.of(
        AccountId.of("net-assets:restricted:" + key),
        AccountType.RESTRICTED_NET_ASSETS,
        BalanceLimit.DEBITS_WITHIN_CREDITS,
        "限定性净资产 " + checkNotNull(purpose, "purpose"));
  }
}
