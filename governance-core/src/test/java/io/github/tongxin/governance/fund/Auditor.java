package io.github.tongxin.governance.fund;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately naive reference ledger: maps and loops, a full copy of the state per chain, and
 * balances recomputed from the whole list of entries. Every random command sequence is applied to
 * it and to the real {@link Ledger}, which must agree with it after every step.
 */
final class Auditor {
  /** A recorded transfer with what it moved: debit, credit, amount in fen, and its effect. */
  record Row(Transfer transfer, AccountId debit, AccountId credit, long fen, String effect) {}

  private final Map<AccountId, Account> accounts = new LinkedHashMap<>();
  private List<Row> rows = new ArrayList<>();

  Auditor(Iterable<Account> chart) {
    for (Account account : chart) {
      accounts.put(account.id(), account);
    }
  }

  List<Row> rows() {
    return rows;
  }

  /** The four totals of an account, in fen: debits pending, debits posted, credits pending, posted. */
  long[] balance(AccountId id) {
    return balance(rows, id);
  }

  private static long[] balance(List<Row> rows, AccountId id) {
    long[] b = new long[4];
    for (Row row : rows) {
      for (int side = 0; side < 2; side++) {
        AccountId account = side == 0 ? row.debit() : row.credit();
        if (!account.equals(id)) {
          continue;
        }
        int pending = side == 0 ? 0 : 2;
        int posted = pending + 1;
        switch (row.effect()) {
          case "PEND" -> b[pending] += row.fen();
          case "POST" -> b[posted] += row.fen();
          case "POST_PENDING" -> {
            b[pending] -= row.fen();
            b[posted] += row.fen();
          }
          case "VOID" -> b[pending] -= row.fen();
          default -> throw new AssertionError(row);
        }
      }
    }
    return b;
  }

  /** Applies a batch; returns one code per transfer: "Created", "Exists" or the refusal's code. */
  List<String> apply(List<Chain> batch) {
    List<String> codes = new ArrayList<>();
    for (Chain chain : batch) {
      List<Row> copy = new ArrayList<>(rows);
      List<String> chainCodes = new ArrayList<>();
      int failed = -1;
      for (int i = 0; i < chain.size(); i++) {
        String code = applyOne(copy, chain.transfers().get(i));
        chainCodes.add(code);
        if (!code.equals("Created") && !code.equals("Exists")) {
          failed = i;
          break;
        }
      }
      if (failed < 0) {
        rows = copy;
        codes.addAll(chainCodes);
      } else {
        for (int i = 0; i < chain.size(); i++) {
          codes.add(i == failed ? chainCodes.get(i) : "LINKED_EVENT_FAILED");
        }
      }
    }
    return codes;
  }

  private static Row find(List<Row> rows, TransferId id) {
    for (Row row : rows) {
      if (row.transfer().id().equals(id)) {
        return row;
      }
    }
    return null;
  }

  private static long consumed(List<Row> rows, TransferId target) {
    long total = 0;
    for (Row row : rows) {
      Transfer t = row.transfer();
      TransferId points =
          t instanceof Transfer.PostPending p ? p.pending()
              : t instanceof Transfer.VoidPending v ? v.pending()
              : t instanceof Transfer.Reversal r ? r.original()
              : t instanceof Transfer.Refund f ? f.original()
              : null;
      if (target.equals(points)) {
        total += row.fen();
      }
    }
    return total;
  }

  private String applyOne(List<Row> rows, Transfer t) {
    Row existing = find(rows, t.id());
    if (existing != null) {
      return existing.transfer().equals(t) ? "Exists" : "ID_REUSED";
    }
    if (!rows.isEmpty() && t.at().isBefore(rows.get(rows.size() - 1).transfer().at())) {
      return "OUT_OF_ORDER";
    }
    Row row;
    if (t instanceof Transfer.Posted p) {
      row = new Row(t, p.entry().debit(), p.entry().credit(), p.entry().amount().fen(), "POST");
    } else if (t instanceof Transfer.Pending p) {
      row = new Row(t, p.entry().debit(), p.entry().credit(), p.entry().amount().fen(), "PEND");
    } else if (t instanceof Transfer.PostPending p || t instanceof Transfer.VoidPending) {
      TransferId target = t instanceof Transfer.PostPending p2 ? p2.pending()
          : ((Transfer.VoidPending) t).pending();
      Row pending = find(rows, target);
      if (pending == null || !(pending.transfer() instanceof Transfer.Pending)) {
        return "PENDING_UNKNOWN";
      }
      long left = pending.fen() - consumed(rows, target);
      if (left == 0) {
        return "PENDING_RESOLVED";
      }
      if (t instanceof Transfer.PostPending post) {
        if (post.amount().fen() > left) {
          return "EXCEEDS_PENDING";
        }
        row = new Row(t, pending.debit(), pending.credit(), post.amount().fen(), "POST_PENDING");
      } else {
        row = new Row(t, pending.debit(), pending.credit(), left, "VOID");
      }
    } else {
      TransferId target = t instanceof Transfer.Reversal r ? r.original()
          : ((Transfer.Refund) t).original();
      long amount = t instanceof Transfer.Reversal r ? r.amount().fen()
          : ((Transfer.Refund) t).amount().fen();
      Row original = find(rows, target);
      if (original == null
          || !(original.transfer() instanceof Transfer.Posted
              || original.transfer() instanceof Transfer.PostPending)) {
        return "ORIGINAL_UNKNOWN";
      }
      if (amount > original.fen() - consumed(rows, target)) {
        return "EXCEEDS_ORIGINAL";
      }
      row = new Row(t, original.credit(), original.debit(), amount, "POST");
    }
    if (!accounts.containsKey(row.debit()) || !accounts.containsKey(row.credit())) {
      return "ACCOUNT_UNKNOWN";
    }
    List<Row> after = new ArrayList<>(rows);
    after.add(row);
    for (AccountId id : List.of(row.debit(), row.credit())) {
      long[] b = balance(after, id);
      BalanceLimit limit = accounts.get(id).limit();
      if (limit == BalanceLimit.DEBITS_WITHIN_CREDITS && b[0] + b[1] > b[3]
          || limit == BalanceLimit.CREDITS_WITHIN_DEBITS && b[2] + b[3] > b[1]) {
        return "LIMIT_EXCEEDED";
      }
    }
    rows.add(row);
    return "Created";
  }

  Map<AccountId, Account> accounts() {
    return new HashMap<>(accounts);
  }

  static Instant at(long seconds) {
    return Instant.parse("2025-01-01T00:00:00Z").plusSeconds(seconds);
  }
}
