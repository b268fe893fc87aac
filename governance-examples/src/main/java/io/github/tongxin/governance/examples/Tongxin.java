package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.budgeting.BudgetOutcome;
import io.github.tongxin.governance.budgeting.BudgetRule;
import io.github.tongxin.governance.budgeting.BudgetRules;
import io.github.tongxin.governance.budgeting.Pabulib;
import io.github.tongxin.governance.budgeting.PabulibFile;
import io.github.tongxin.governance.budgeting.PabulibProblem;
import io.github.tongxin.governance.budgeting.PabulibReading;
import io.github.tongxin.governance.budgeting.ProjectId;
import io.github.tongxin.governance.budgeting.TieBreaking;
import io.github.tongxin.governance.election.rules.Committee;
import io.github.tongxin.governance.election.rules.CommitteeRule;
import io.github.tongxin.governance.election.rules.CommitteeRules;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code tongxin} command line: {@code java -jar governance-examples/target/tongxin.jar
 * <command> [options]}.
 *
 * <p>Commands: {@code jiading [--seed N]} prints the coverage report of the synthetic Jiading
 * Industrial Zone; {@code fund} prints the reports of its public-welfare fund; {@code committee --rule RULE_ID [--resolute] FILE.abc.yaml} prints the winning
 * committees of an abcvoting profile as one JSON object ({@code {"rule": "av", "resolute":
 * false, "committees": [[0,2,5]]}}, committees sorted); {@code help} prints the usage. Output is UTF-8. Exit codes: 0 success, 2 bad
 * usage.
 */
public final class Tongxin {
  /** Exit code for success. */
  public static final int OK = 0;

  /** Exit code for bad usage (unknown command or option, malformed value). */
  public static final int USAGE = 2;

  private Tongxin() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(Arrays.asList(args), out, err);
    out.flush();
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs one command.
   *
   * @param args the command and its options
   * @param out where results go
   * @param err where usage errors go
   * @return the exit status: {@link #OK} or {@link #USAGE}
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
      out.print(usage());
      return OK;
    }
    String command = args.get(0);
    List<String> options = args.subList(1, args.size());
    if (command.equals("jiading")) {
      long seed = JiadingReport.DEFAULT_SEED;
      boolean seedGiven = false;
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).equals("--seed")) {
          if (seedGiven) {
            err.println("tongxin jiading: --seed given twice");
            return USAGE;
          }
          if (i + 1 == options.size()) {
            err.println("tongxin jiading: --seed needs an integer value");
            return USAGE;
          }
          try {
            seed = Long.parseLong(options.get(++i));
            seedGiven = true;
          } catch (NumberFormatException e) {
            err.println("tongxin jiading: --seed needs an integer, got '" + options.get(i) + "'");
            return USAGE;
          }
        } else {
          err.println("tongxin jiading: unknown option '" + options.get(i) + "'");
          err.print(usage());
          return USAGE;
        }
      }
      JiadingReport.run(seed, out);
      return OK;
    }
    if (command.equals("fund")) {
      if (!options.isEmpty()) {
        err.println("tongxin fund: unknown option '" + options.get(0) + "'");
        err.print(usage());
        return USAGE;
      }
      JiadingFundHistory.run(out);
      return OK;
    }
    if (command.equals("committee")) {
      return committee(options, out, err);
    }
    if (command.equals("pb")) {
      return pb(options, out, err);
    }
    if (command.equals("scenario")) {
      return ScenarioCommand.run(options, out, err);
    }
    err.println("tongxin: unknown command '" + command + "'");
    err.print(usage());
    return USAGE;
  }

  /** {@code committee --rule RULE_ID [--resolute] FILE.abc.yaml}: one JSON object. */
  private static int committee(List<String> options, PrintStream out, PrintStream err) {
    String ruleId = null;
    boolean resolute = false;
    String file = null;
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      if (option.equals("--rule") && i + 1 < options.size() && ruleId == null) {
        ruleId = options.get(++i);
      } else if (option.equals("--resolute") && !resolute) {
        resolute = true;
      } else if (!option.startsWith("--") && file == null) {
        file = option;
      } else {
        err.println("tongxin committee: unexpected argument '" + option + "'");
        return USAGE;
      }
    }
    if (ruleId == null || file == null) {
      err.println("tongxin committee: usage: committee --rule RULE_ID [--resolute] FILE.abc.yaml");
      return USAGE;
    }
    CommitteeRule rule = CommitteeRules.byId(ruleId).orElse(null);
    if (rule == null) {
      err.println("tongxin committee: unknown rule '" + ruleId + "'; known: " + String.join(", ", CommitteeRules.ids()));
      return USAGE;
    }
    if (!resolute && rule.isResoluteOnly()) {
      err.println("tongxin committee: rule '" + ruleId + "' is defined only as resolute; add --resolute");
      return USAGE;
    }
    AbcFile abc;
    try {
      abc = AbcFile.read(Path.of(file));
    } catch (AbcFile.BadFileException e) {
      err.println("tongxin committee: " + e.getMessage());
      return USAGE;
    }
    List<Committee> committees;
    try {
      committees =
          resolute
              ? List.of(rule.resolute(abc.profile(), abc.committeeSize()))
              : rule.irresolute(abc.profile(), abc.committeeSize());
    } catch (IllegalArgumentException e) {
      err.println("tongxin committee: " + file + ": " + e.getMessage());
      return USAGE;
    }
    StringBuilder json = new StringBuilder();
    json.append("{\"rule\": \"").append(rule.id()).append("\", \"resolute\": ").append(resolute);
    json.append(", \"committees\": [");
    for (int i = 0; i < committees.size(); i++) {
      json.append(i == 0 ? "" : ", ").append(committees.get(i).members().toString().replace(" ", ""));
    }
    out.println(json.append("]}"));
    return OK;
  }

  /**
   * {@code pb --rule RULE_ID FILE.pb [--tie-breaking lexico|votes-then-cost]}: one JSON object;
   * {@code pb --check FILE.pb}: the reader's problems, one per line.
   */
  private static int pb(List<String> options, PrintStream out, PrintStream err) {
    String ruleId = null;
    boolean check = false;
    TieBreaking tieBreaking = null;
    String file = null;
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      if (option.equals("--rule") && ruleId == null && i + 1 < options.size()) {
        ruleId = options.get(++i);
      } else if (option.equals("--check") && !check) {
        check = true;
      } else if (option.equals("--tie-breaking") && tieBreaking == null && i + 1 < options.size()) {
        String value = options.get(++i);
        tieBreaking = TIE_BREAKINGS.get(value);
        if (tieBreaking == null) {
          err.println("tongxin pb: --tie-breaking must be lexico or votes-then-cost, got '" + value + "'");
          return USAGE;
        }
      } else if (!option.startsWith("--") && file == null) {
        file = option;
      } else {
        err.println("tongxin pb: unexpected argument '" + option + "'");
        return USAGE;
      }
    }
    if (file == null || check == (ruleId != null) || check && tieBreaking != null) {
      err.println(
          "tongxin pb: usage: pb --rule RULE_ID FILE.pb [--tie-breaking lexico|votes-then-cost]"
              + " | pb --check FILE.pb");
      return USAGE;
    }
    BudgetRule rule = null;
    if (!check) {
      rule = BudgetRules.byId(ruleId).orElse(null);
      if (rule == null) {
        err.println("tongxin pb: unknown rule '" + ruleId + "'; known: " + String.join(", ", BudgetRules.ids()));
        return USAGE;
      }
    }
    String text;
    try {
      text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("tongxin pb: no such file: " + file);
      return USAGE;
    } catch (CharacterCodingException e) {
      err.println("tongxin pb: " + file + " is not UTF-8 text");
      return USAGE;
    } catch (IOException | InvalidPathException e) {
      err.println("tongxin pb: cannot read " + file + ": " + e.getMessage());
      return USAGE;
    }
    PabulibReading reading = Pabulib.read(text);
    if (check) {
      for (PabulibProblem problem : reading.problems()) {
        out.println(problem);
      }
      return reading.isRead() ? OK : USAGE;
    }
    if (!(reading instanceof PabulibReading.Read read)) {
      List<PabulibProblem> errors = ((PabulibReading.Failed) reading).errors();
      err.println(
          "tongxin pb: "
              + file
              + " is not a readable .pb file: "
              + errors.get(0)
              + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors; see pb --check)" : ""));
      return USAGE;
    }
    PabulibFile pb = read.file();
    if (!rule.appliesTo(pb.profile().type())) {
      err.println(
          "tongxin pb: rule '" + rule.id() + "' does not apply to " + pb.profile().type().token() + " ballots");
      return USAGE;
    }
    BudgetOutcome outcome;
    try {
      outcome =
          rule.apply(pb.instance(), pb.profile(), tieBreaking == null ? TieBreaking.LEXICOGRAPHIC : tieBreaking)
              .valueOrThrow();
    } catch (IllegalArgumentException e) {
      err.println("tongxin pb: " + file + ": " + e.getMessage());
      return USAGE;
    }
    out.println(
        "{\"rule\": "
            + json(rule.id())
            + ", \"winners\": "
            + json(outcome.winners())
            + ", \"selection_order\": "
            + json(outcome.selectionOrder())
            + ", \"total_cost\": "
            + json(plain(outcome.totalCost()))
            + ", \"exhaustive\": "
            + outcome.isExhaustive()
            + "}");
    return OK;
  }

  private static final Map<String, TieBreaking> TIE_BREAKINGS =
      Map.of("lexico", TieBreaking.LEXICOGRAPHIC, "votes-then-cost", TieBreaking.VOTES_THEN_COST);

  /** A decimal without exponent or trailing zeros: {@code 400000.0} → {@code "400000"}. */
  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static String json(List<ProjectId> ids) {
    StringBuilder array = new StringBuilder("[");
    for (int i = 0; i < ids.size(); i++) {
      array.append(i == 0 ? "" : ", ").append(json(ids.get(i).value()));
    }
    return array.append(']').toString();
  }

  /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
  private static String json(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20) {
            literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  static String usage() {
    return String.join(
        System.lineSeparator(),
        "usage: java -jar tongxin.jar <command> [options]",
        "",
        "commands:",
        "  jiading [--seed N]   coverage report of the synthetic Jiading Industrial Zone",
        "                       (嘉定工业区 楼组团队覆盖情况), default seed " + JiadingReport.DEFAULT_SEED,
        "  fund                 the synthetic zone's public-welfare fund 2024-2025: statements,",
        "                       106 project grants, Art. 61 spending check, Art. 79 overdue reports",
        "  committee --rule RULE_ID [--resolute] FILE.abc.yaml",
        "                       winning committees of an abcvoting file under a committee rule",
        "                       (rule ids as in abcvoting: av, pav, seqphragmen, equal-shares, ...)",
        "  pb --rule RULE_ID FILE.pb [--tie-breaking lexico|votes-then-cost]",
        "                       projects funded by a participatory-budgeting rule, as pabutools",
        "                       computes it (greedy_cost_sat, sequential_phragmen, mes_cost_sat, ...)",
        "  pb --check FILE.pb   the problems of a Pabulib file, one per line with its line number",
        "  scenario [--sweep] FILE",
        "                       runs the what-if scenario a file describes (key = value lines) on",
        "                       the synthetic Jiading zone; writes CSV and SVG into its output folder",
        "  help                 this text",
        "");
  }
}
