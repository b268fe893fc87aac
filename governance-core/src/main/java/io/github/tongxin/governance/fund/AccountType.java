package io.github.tongxin.governance.fund;

import io.github.tongxin.governance.Bilingual;

/**
 * The class of an account in a non-profit's chart (民间非营利组织会计制度), which fixes its
 * {@link NormalBalance} and the statement it appears in.
 *
 * @since 0.1.0
 */
public enum AccountType implements Bilingual {
  /** What the fund holds: cash at bank, receivables. */
  ASSET("资产", "asset", NormalBalance.DEBIT),
  /** What the fund owes: grants payable, refunds due. */
  LIABILITY("负债", "liability", NormalBalance.CREDIT),
  /** Net assets whose use a donor or campaign restricts (限定性净资产). */
  RESTRICTED_NET_ASSETS("限定性净资产", "restricted net assets", NormalBalance.CREDIT),
  /** Net assets free for any charitable purpose of the fund (非限定性净资产). */
  UNRESTRICTED_NET_ASSETS("非限定性净资产", "unrestricted net assets", NormalBalance.CREDIT),
  /** Money received: allocations, donations, crowdfunding. */
  INCOME("收入", "income", NormalBalance.CREDIT),
  /** Money spent: project grants by category, management costs. */
  EXPENSE("费用", "expense", NormalBalance.DEBIT);

  private final String chineseName;
  private final String englishName;
  private final NormalBalance normalBalance;

  AccountType(String chineseName, String englishName, NormalBalance normalBalance) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.normalBalance = normalBalance;
  }

  /**
   * The side on which accounts of this type normally stand.
   *
   * @return {@link NormalBalance#DEBIT} for assets and expenses, {@link NormalBalance#CREDIT}
   *     otherwise
   */
  public NormalBalance normalBalance() {
    return normalBalance;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
