package io.github.tongxin.governance.examples;

import io.github.tongxin.governance.election.rules.Committee;
import io.github.tongxin.governance.election.rules.CommitteeRule;
import io.github.tongxin.governance.election.rules.CommitteeRules;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code tongxin} command line: {@code java -jar governance-examples/target/tongxin.jar
 * <command> [options]}.
 *
 * <p>Commands: {@code jiading [--seed N]} prints the coverage report of the synthetic Jiading
 * Industrial Zone; {@code committee --rule RULE_ID [--resolute] FILE.abc.yaml} prints the winning
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
    if (command.equals("committee")) {
      return committee(options, out, err);
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

  static String usage() {
    return String.join(
        System.lineSeparator(),
        "usage: java -jar tongxin.jar <command> [options]",
        "",
        "commands:",
        "  jiading [--seed N]   coverage report of the synthetic Jiading Industrial Zone",
        "                       (嘉定工业区 楼组团队覆盖情况), default seed " + JiadingReport.DEFAULT_SEED,
        "  committee --rule RULE_ID [--resolute] FILE.abc.yaml",
        "                       winning committees of an abcvoting file under a committee rule",
        "                       (rule ids as in abcvoting: av, pav, seqphragmen, equal-shares, ...)",
        "  help                 this text",
        "");
  }
}
