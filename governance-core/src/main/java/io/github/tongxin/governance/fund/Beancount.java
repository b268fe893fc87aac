package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.tongxin.governance.money.Amount;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Beancount 2 text of a ledger, for {@code bean-check} and Fava: an {@code open} directive per
 * account, one transaction per posting (pending reservations and voids become {@code note}s, as
 * they move no posted money), and a {@code balance} assertion per account the day after the last
 * entry, written with three decimals so that bean-check's tolerance (one unit of the last digit)
 * is below one fen. Account names are ASCII, derived from the account's type and id ({@code
 * "income:donations:enterprise"} becomes {@code Income:Donations:Enterprise}); Chinese text goes
 * into strings: narration and metadata. Amounts are in {@code CNY} with two decimals; dates are
 * the calendar dates of the given zone.
 *
 * <pre>{@code
 * String text = Beancount.export(fund.ledger(), "嘉定工业区社区公益基金", ZoneId.of("Asia/Shanghai"));
 * Files.writeString(Path.of("fund.beancount"), text); // bean-check fund.beancount
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Beancount {
  private Beancount() {}

  /**
   * The Beancount account name of an account: a root from its type ({@code Assets}, {@code
   * Liabilities}, {@code Equity}, {@code Income}, {@code Expenses}), then the id's components
   * without a leading component that repeats the root, each capitalised, with characters other
   * than {@code A-Z a-z 0-9 -} replaced by {@code -}.
   *
   * @param account the account
   * @return the name, e.g. {@code Assets:Bank}
   * @throws NullPointerException if {@code account} is null
   */
  public static String accountName(Account account) {
    checkNotNull(account, "account");
    String root =
        switch (account.type()) {
          case ASSET -> "Assets";
          case LIABILITY -> "Liabilities";
          case RESTRICTED_NET_ASSETS, UNRESTRICTED_NET_ASSETS -> "Equity";
          case INCOME -> "Income";
          case EXPENSE -> "Expenses";
        };
    String[] parts = account.id().value().split(":");
    StringBuilder name = new StringBuilder(root);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      String lower = part.toLowerCase(Locale.ROOT);
      if (i == 0 && parts.length > 1
          && (lower.equals(root.toLowerCase(Locale.ROOT)) || lower.equals("net-assets")
              || lower.equals("equity"))) {
        continue;
      }
      StringBuilder component = new StringBuilder();
      for (char c : part.toCharArray()) {
        component.append((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' ? c : '-');
      }
      char first = component.charAt(0);
      if (first >= 'a' && first <= 'z') {
        component.setCharAt(0, Character.toUpperCase(first));
      } else if (!(first >= 'A' && first <= 'Z') && !(first >= '0' && first <= '9')) {
        component.insert(0, 'X');
      }
      name.append(':').append(component);
    }
    return name.toString();
  }

  /**
   * The Beancount text of a ledger.
   *
   * @param ledger the ledger
   * @param title the file's title, e.g. the fund's name; not blank
   * @param zone the zone whose calendar dates the entries
   * @return the text, ending with a newline
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code title} is blank, or two accounts map to the same
   *     Beancount name
   */
  public static String export(Ledger ledger, String title, ZoneId zone) {
    checkNotNull(ledger, "ledger");
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "title must not be blank: '%s'", title);
    checkNotNull(zone, "zone");
    Map<AccountId, String> names = new HashMap<>();
    Map<String, AccountId> taken = new HashMap<>();
    for (Account account : ledger.accounts()) {
      String name = accountName(account);
      AccountId other = taken.putIfAbsent(name, account.id());
      checkArgument(other == null, "accounts %s and %s both map to %s", other, account.id(), name);
      names.put(account.id(), name);
    }
    ImmutableMap<AccountId, String> accountNames = ImmutableMap.copyOf(names);
    LocalDate first = ledger.size() == 0 ? LocalDate.of(2000, 1, 1)
        : date(ledger.entry(0), zone);
    LocalDate last = ledger.size() == 0 ? first : date(ledger.entry(ledger.size() - 1), zone);
    StringBuilder text = new StringBuilder();
    text.append("; Exported by Tongxin from the fund's ledger. Check with: bean-check FILE\n");
    text.append("option \"title\" ").append(quote(title)).append('\n');
    text.append("option \"operating_currency\" \"CNY\"\n\n");
    for (Account account : ledger.accounts()) {
      text.append(first).append(" open ").append(accountNames.get(account.id())).append(" CNY\n");
      text.append("  name: ").append(quote(account.name())).append('\n');
      text.append("  tongxin-id: ").append(quote(account.id().value())).append('\n');
      text.append("  type: ").append(quote(account.type().bilingualName())).append('\n');
    }
    text.append('\n');
    for (LedgerEntry entry : ledger.entries()) {
      LocalDate date = date(entry, zone);
      Entry moved = entry.entry();
      String id = entry.transfer().id().value();
      if (!entry.effect().isPosting()) {
        text.append(date).append(" note ").append(accountNames.get(moved.credit())).append(' ')
            .append(quote(entry.effect().bilingualName() + " " + amount(moved.amount().fen())
                + " CNY, " + moved.code().bilingualName() + ", " + id + ", debit "
                + moved.debit()))
            .append('\n');
        continue;
      }
      text.append(date).append(" * ")
          .append(quote(moved.code().bilingualName() + " " + id)).append('\n');
      text.append("  transfer: ").append(quote(id)).append('\n');
      text.append("  kind: ").append(quote(entry.transfer().getClass().getSimpleName()))
          .append('\n');
      text.append("  ").append(accountNames.get(moved.debit())).append("  ")
          .append(amount(moved.amount().fen())).append(" CNY\n");
      text.append("  ").append(accountNames.get(moved.credit())).append("  ")
          .append(amount(-moved.amount().fen())).append(" CNY\n");
    }
    text.append('\n');
    LocalDate after = last.plusDays(1);
    for (Account account : ledger.accounts()) {
      Balance balance = ledger.balance(account.id());
      text.append(after).append(" balance ").append(accountNames.get(account.id())).append("  ")
          .append(amount(balance.posted(NormalBalance.DEBIT).fen())).append("0 CNY\n");
    }
    return text.toString();
  }

  private static LocalDate date(LedgerEntry entry, ZoneId zone) {
    return entry.transfer().at().atZone(zone).toLocalDate();
  }

  /** Fen as a plain decimal: {@code -1234.56}. */
  private static String amount(long fen) {
    return Amount.ofFen(fen).toString().replace(",", "");
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
  }
}
