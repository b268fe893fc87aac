package io.github.tongxin.governance.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Beancount text: ASCII account names, Chinese in strings, postings, notes, assertions. */
class BeancountTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void accountNamesAreAsciiUnderTheRootOfTheirType() {
    assertThat(Beancount.accountName(Ledger.of(Chart.communityFund()).account(Chart.BANK).orElseThrow()))
        .isEqualTo("Assets:Bank");
    assertThat(Beancount.accountName(Chart.projectExpenses(Category.PARENT_CHILD_ACTIVITIES)))
        .isEqualTo("Expenses:Projects:Parent-child-activities");
    assertThat(Beancount.accountName(Chart.restricted("gift_2025.7", "x")))
        .isEqualTo("Equity:Restricted:Gift-2025-7");
    assertThat(Beancount.accountName(Chart.crowdfunding(ProjectId.of("C01-G01-P1"))))
        .isEqualTo("Income:Crowdfunding:C01-G01-P1");
    assertThat(Beancount.accountName(Account.of(AccountId.of("liabilities:_odd"), AccountType.LIABILITY,
        BalanceLimit.NONE, "odd"))).isEqualTo("Liabilities:X-odd");
  }

  @Test
  void exportsOpensPostingsNotesAndBalanceAssertions() {
    Instant at = Instant.parse("2025-03-01T20:00:00Z"); // 2 March in Shanghai
    Fund fund = Fund.open()
        .receive(TransferId.of("gift"), Chart.RESIDENT_DONATIONS, Amount.parse("1,234.56"),
            TransferCode.DONATION, at).valueOrThrow()
        .approveGrant(ProjectId.of("P1"), Category.OTHER, Amount.ofYuan(1_000), at).valueOrThrow()
        .payTranche(ProjectId.of("P1"), 1, Amount.ofYuan(400), at).valueOrThrow();
    String text = Beancount.export(fund.ledger(), "测试基金 \"test\"", SHANGHAI);
    assertThat(text).contains("option \"title\" \"测试基金 \\\"test\\\"\"");
    assertThat(text).contains("2025-03-02 open Assets:Bank CNY\n  name: \"银行存款 cash at bank\"");
    assertThat(text).contains("2025-03-02 * \"捐赠 donation gift\"\n  transfer: \"gift\"\n"
        + "  kind: \"Posted\"\n  Assets:Bank  1234.56 CNY\n  Income:Donations:Resident  -1234.56 CNY\n");
    assertThat(text).contains("2025-03-02 note Assets:Bank \"预留 reserved 1000.00 CNY");
    assertThat(text).contains("2025-03-03 balance Assets:Bank  834.560 CNY");
    assertThat(text).contains("2025-03-03 balance Income:Donations:Resident  -1234.560 CNY");
    assertThat(text.chars().filter(c -> c > 127)).isNotEmpty();
    for (String line : text.lines().toList()) {
      String outsideStrings = line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "");
      assertThat(outsideStrings.chars().allMatch(c -> c < 128)).as(line).isTrue();
    }
  }

  @Test
  void twoAccountsWithTheSameNameAreACallerMistake() {
    Ledger ledger = Ledger.of(List.of(
        Account.of(AccountId.of("assets:a.b"), AccountType.ASSET, BalanceLimit.NONE, "one"),
        Account.of(AccountId.of("assets:a_b"), AccountType.ASSET, BalanceLimit.NONE, "two")));
    assertThatThrownBy(() -> Beancount.export(ledger, "t", SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Assets:A-b");
    assertThatThrownBy(() -> Beancount.export(ledger, " ", SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
