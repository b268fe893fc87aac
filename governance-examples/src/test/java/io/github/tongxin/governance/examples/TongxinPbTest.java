package io.github.tongxin.governance.examples;

import static io.github.tongxin.governance.examples.CommandRun.assertUsageError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code pb} command: a participatory-budgeting rule on a Pabulib file, and the file check.
 * Expected outcomes of the real files are pabutools 1.2.3's ({@code
 * ../shared/data/pabulib/reference}).
 */
class TongxinPbTest {
  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private static final String ASSEN = "Netherlands_Assen_2024.pb";
  private static final String TOULOUSE_2022 =
      "France_Toulouse_2022_14_-_Saint-Simon_Lafourguette_Oncopole-Campus_Sante_du_Futur.pb";
  private static final String TOULOUSE_2019 = "France_Toulouse_2019.pb";

  /** A small file whose project ids need JSON escaping and whose costs are decimals. */
  private static final String TINY =
      String.join(
          "\n",
          "META",
          "key;value",
          "description;tiny",
          "country;Worldwide",
          "unit;test",
          "instance;2026",
          "num_projects;3",
          "num_votes;2",
          "budget;10",
          "vote_type;approval",
          "rule;greedy",
          "date_begin;2026",
          "date_end;2026",
          "PROJECTS",
          "project_id;cost",
          "\"q\"\"x\";4.0",
          "b\\c;5.50",
          "z;7",
          "VOTES",
          "voter_id;vote",
          "1;\"q\"\"x,b\\c\"",
          "2;\"q\"\"x\"",
          "");

  @TempDir Path temp;


  private static String pabulib(String name) {
    return SharedData.file("pabulib", name).toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }


  @Test
  void greedyByVotesOnAssenIsPabutoolsOutcome() {
    CommandRun result = run("pb", "--rule", "greedy_cost_sat", pabulib(ASSEN));

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(
            "{\"rule\": \"greedy_cost_sat\", "
                + "\"winners\": [\"11\", \"13\", \"14\", \"2\", \"3\", \"8\", \"9\"], "
                + "\"selection_order\": [\"3\", \"9\", \"8\", \"11\", \"2\", \"13\", \"14\"], "
                + "\"total_cost\": \"99200\", \"exhaustive\": true}"
                + System.lineSeparator());
  }

  @Test
  void equalSharesCompletedByGreedyOnAssenIsPabutoolsOutcome() {
    // Assen 2024 ran this rule: MES with cost satisfaction, add1, completed by greedy by votes.
    CommandRun result = run("pb", "--rule", "mes_cost_sat_add1_greedy_cost", pabulib(ASSEN));

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(
            "{\"rule\": \"mes_cost_sat_add1_greedy_cost\", "
                + "\"winners\": [\"11\", \"12\", \"13\", \"14\", \"2\", \"3\", \"5\", \"6\", \"7\","
                + " \"9\"], "
                + "\"selection_order\": [\"3\", \"9\", \"11\", \"2\", \"13\", \"14\", \"5\", \"6\","
                + " \"12\", \"7\"], "
                + "\"total_cost\": \"88700\", \"exhaustive\": true}"
                + System.lineSeparator());
  }

  @Test
  void plainEqualSharesOnAssenIsNotExhaustive() {
    CommandRun result = run("pb", "--rule", "mes_cost_sat", pabulib(ASSEN));

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .contains("\"selection_order\": [\"3\", \"9\", \"2\", \"13\", \"11\", \"14\", \"12\"]")
        .contains("\"total_cost\": \"60700\", \"exhaustive\": false}");
  }

  @Test
  void votesThenCostBreaksTheTieOfTwoAndElevenForTheCheaperProject() {
    // Projects 2 (10,000) and 11 (15,000) both have 24 votes: lexico takes "11" first, votes
    // then cost takes 2 first. Both are funded either way.
    CommandRun lexico =
        run("pb", "--rule", "greedy_cost_sat", pabulib(ASSEN), "--tie-breaking", "lexico");
    CommandRun cheaper =
        run("pb", "--tie-breaking", "votes-then-cost", "--rule", "greedy_cost_sat", pabulib(ASSEN));

    assertThat(lexico.out())
        .isEqualTo(run("pb", "--rule", "greedy_cost_sat", pabulib(ASSEN)).out());
    assertThat(cheaper.status()).isZero();
    assertThat(cheaper.out())
        .contains("\"selection_order\": [\"3\", \"9\", \"8\", \"2\", \"11\", \"13\", \"14\"]")
        .contains("\"total_cost\": \"99200\"");
  }

  @Test
  void sequentialPhragmenPrintsItsRoundsInOrder() {
    CommandRun result = run("pb", "--rule", "sequential_phragmen", pabulib(TOULOUSE_2022));

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .contains(
            "\"winners\": [\"188\", \"190\", \"191\", \"192\", \"193\", \"194\", \"195\", \"196\","
                + " \"197\"]")
        .contains("\"total_cost\": \"397700\", \"exhaustive\": true}");
  }

  @Test
  void bordaGreedyOnOrdinalBallots() {
    CommandRun result =
        run(
            "pb",
            "--rule",
            "greedy_additive_borda_sat",
            pabulib("Poland_Krakow_2018_Swoszowice.pb"));

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .contains("\"selection_order\": [\"6\", \"5\", \"10\", \"4\", \"8\", \"9\"]")
        .contains("\"total_cost\": \"103800\"");
  }

  @Test
  void idsAreEscapedAsJsonStringsAndTotalsArePlainDecimals() throws IOException {
    Path file = write("tiny.pb", TINY);

    CommandRun result = run("pb", "--rule", "greedy_cost_sat", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    // q"x has 2 votes, b\c 1: both fit (9.5 of 10); z (7) does not.
    assertThat(result.out().strip())
        .isEqualTo(
            "{\"rule\": \"greedy_cost_sat\", \"winners\": [\"b\\\\c\", \"q\\\"x\"], "
                + "\"selection_order\": [\"q\\\"x\", \"b\\\\c\"], \"total_cost\": \"9.5\", "
                + "\"exhaustive\": true}");
  }

  @Test
  void checkPrintsTheProblemsOfAReadableFileAndExitsZero() throws IOException {
    Path file = write("warned.pb", TINY.replace("num_votes;2", "num_votes;2\n") + "\n");

    CommandRun result = run("pb", "--check", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines())
        .isNotEmpty()
        .allMatch(line -> line.matches("line \\d+: warning .*"));
    assertThat(result.out()).contains("line 9: warning");
  }

  @Test
  void checkOfACleanRealFileExitsZero() {
    CommandRun result = run("pb", "--check", pabulib(ASSEN));

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines()).allMatch(line -> line.matches("line \\d+: warning .*"));
  }

  @Test
  void checkOfAnUnreadableFileListsEveryProblemAndExitsTwo() throws IOException {
    Path file = write("broken.pb", TINY.replace("budget;10", "budget;ten"));

    CommandRun result = run("pb", "--check", file.toString());

    assertThat(result.status()).isEqualTo(Tongxin.USAGE);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("line 9: error INVALID_NUMBER");
    assertThat(result.out().lines())
        .allMatch(line -> line.matches("line \\d+: (error|warning) .*"));
  }

  @Test
  void aRuleOnAnUnreadableFileIsAOneLineError() throws IOException {
    Path file = write("broken.pb", TINY.replace("budget;10", "budget;ten"));

    assertUsageError(
        run("pb", "--rule", "greedy_cost_sat", file.toString()),
        "broken.pb is not a readable .pb file",
        "line 9: error INVALID_NUMBER");
  }

  @Test
  void aMissingFileIsAOneLineError() {
    assertUsageError(
        run("pb", "--rule", "greedy_cost_sat", temp.resolve("absent.pb").toString()),
        "no such file");
    assertUsageError(run("pb", "--check", temp.resolve("absent.pb").toString()), "no such file");
  }

  @Test
  void aFileThatIsNotUtf8IsAOneLineError() throws IOException {
    Path file = temp.resolve("latin1.pb");
    Files.write(file, new byte[] {'M', 'E', 'T', 'A', '\n', (byte) 0xE9, '\n'});

    assertUsageError(run("pb", "--check", file.toString()), "is not UTF-8 text");
  }

  @Test
  void anUnknownRuleIsAOneLineErrorListingTheKnownOnes() throws IOException {
    Path file = write("tiny.pb", TINY);

    assertUsageError(
        run("pb", "--rule", "nope", file.toString()),
        "unknown rule 'nope'",
        "greedy_cost_sat",
        "sequential_phragmen");
  }

  @Test
  void aRuleThatDoesNotApplyToTheBallotsIsAOneLineError() {
    assertUsageError(
        run("pb", "--rule", "sequential_phragmen", pabulib(TOULOUSE_2019)),
        "'sequential_phragmen' does not apply to cumulative ballots");
  }

  @Test
  void malformedCommandLinesAreUsageErrors() throws IOException {
    String file = write("tiny.pb", TINY).toString();

    run("pb").assertUsageError("usage: pb --rule");
    run("pb", file).assertUsageError("usage: pb --rule");
    run("pb", "--rule", "greedy_cost_sat").assertUsageError("usage: pb --rule");
    run("pb", "--check", "--rule", "greedy_cost_sat", file).assertUsageError("usage: pb --rule");
    run("pb", "--check", file, "--tie-breaking", "lexico").assertUsageError("usage: pb --rule");
    assertUsageError(
        run("pb", "--rule", "greedy_cost_sat", file, "--tie-breaking", "refuse"),
        "--tie-breaking must be lexico or votes-then-cost, got 'refuse'");
    assertUsageError(
        run("pb", "--rule", "greedy_cost_sat", file, "other.pb"), "unexpected argument 'other.pb'");
    assertUsageError(
        run("pb", "--rule", "greedy_cost_sat", file, "--bogus"), "unexpected argument '--bogus'");
  }

  @Test
  void helpMentionsThePbCommand() {
    assertThat(run("help").out()).contains("pb --rule RULE_ID FILE.pb", "pb --check FILE.pb");
  }
}
