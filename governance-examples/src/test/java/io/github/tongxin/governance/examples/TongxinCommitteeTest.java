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
 * The {@code committee} command: an approval-based committee rule on an abcvoting file. Expected
 * committees of the real file are abcvoting's ({@code ../shared/data/abcvoting}); those of the
 * small files are worked out by hand in the comments.
 */
class TongxinCommitteeTest {
  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  /** abcvoting's instance: 8 voters, 6 candidates, k = 3. */
  private static final String L0000 = "instanceL0000.abc.yaml";

  /**
   * {0,1} ×2, {0,2}, {2}, {3}; k = 3. Sequential Phragmén, by hand: round 1: 0 → 1/3, 1 → 1/2,
   * 2 → 1/2, 3 → 1: elect 0 (its three voters carry 1/3). Round 2: 1 → (1/3 + 1/3 + 1)/2 = 5/6,
   * 2 → (1/3 + 1)/2 = 2/3, 3 → 1: elect 2. Round 3: 1 → 5/6 beats 3 → 1: {0,1,2}, no ties.
   */
  private static final String SMALL =
      String.join(
          "\n",
          "profile: [[0, 1], [0, 1], [0, 2], [2], [3]]",
          "num_cand: 4",
          "committeesize: 3",
          "");

  @TempDir Path temp;


  private static String abcvoting(String name) {
    return SharedData.file("abcvoting", name).toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }


  private static void assertPrints(CommandRun result, String json) {
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(json + System.lineSeparator());
  }

  @Test
  void approvalVotingOnAnAbcvotingFilePrintsEveryTiedCommittee() {
    assertPrints(
        run("committee", "--rule", "av", abcvoting(L0000)),
        "{\"rule\": \"av\", \"resolute\": false, \"committees\": [[1,2,3], [1,3,4]]}");
    assertPrints(
        run("committee", "--resolute", "--rule", "av", abcvoting(L0000)),
        "{\"rule\": \"av\", \"resolute\": true, \"committees\": [[1,2,3]]}");
  }

  @Test
  void phragmenRulesOnAnAbcvotingFileGiveAbcvotingsCommittees() {
    assertPrints(
        run("committee", "--rule", "seqphragmen", abcvoting(L0000)),
        "{\"rule\": \"seqphragmen\", \"resolute\": false, \"committees\": [[1,3,4]]}");
    assertPrints(
        run("committee", "--rule", "phragmen-enestroem", abcvoting(L0000)),
        "{\"rule\": \"phragmen-enestroem\", \"resolute\": false, \"committees\": [[1,3,4]]}");
    assertPrints(
        run(
            "committee",
            "--rule",
            "equal-shares-with-increment-completion",
            "--resolute",
            abcvoting(L0000)),
        "{\"rule\": \"equal-shares-with-increment-completion\", \"resolute\": true, "
            + "\"committees\": [[1,2,3]]}");
  }

  @Test
  void theReadmeExamplePrintsWhatTheReadmeShows() {
    assertPrints(
        run("committee", "--rule", "seqphragmen", abcvoting("instanceS0000.abc.yaml")),
        "{\"rule\": \"seqphragmen\", \"resolute\": false, \"committees\": [[0,3,5], [2,3,5]]}");
  }

  @Test
  void seqPhragmenOnASmallFile() throws IOException {
    Path file = write("small.abc.yaml", SMALL);

    assertPrints(
        run("committee", "--rule", "seqphragmen", file.toString()),
        "{\"rule\": \"seqphragmen\", \"resolute\": false, \"committees\": [[0,1,2]]}");
  }

  @Test
  void equalSharesWithoutCompletionMayPrintAShorterCommittee() throws IOException {
    // {0,1} ×3, {2} ×2, {3}; k = 3: budgets 1/2. Electing 0 (or 1) costs its voters 1/3 each,
    // leaving 1/6: the other of 0 and 1 is no longer affordable. 2 costs its voters 1/2 each. 3
    // (one voter with 1/2) never is. The phase ends with {0,2} or {1,2}.
    Path file =
        write(
            "six.abc.yaml",
            "profile: [[0, 1], [0, 1], [0, 1], [2], [2], [3]]\nnum_cand: 4\ncommitteesize: 3\n");

    assertPrints(
        run("committee", "--rule", "equal-shares-without-completion", file.toString()),
        "{\"rule\": \"equal-shares-without-completion\", \"resolute\": false, "
            + "\"committees\": [[0,2], [1,2]]}");
    assertPrints(
        run("committee", "--rule", "equal-shares", file.toString()),
        "{\"rule\": \"equal-shares\", \"resolute\": false, \"committees\": [[0,1,2]]}");
  }

  @Test
  void anUnknownRuleIsAOneLineErrorNamingTheValueAndTheKnownOnes() throws IOException {
    Path file = write("small.abc.yaml", SMALL);

    assertUsageError(
        run("committee", "--rule", "seq-phragmen", file.toString()),
        "unknown rule 'seq-phragmen'",
        "seqphragmen",
        "equal-shares",
        "maximin-support");
  }

  @Test
  void aResoluteOnlyRuleNeedsTheResoluteFlag() throws IOException {
    Path file = write("small.abc.yaml", SMALL);

    assertUsageError(
        run("committee", "--rule", "equal-shares-with-increment-completion", file.toString()),
        "'equal-shares-with-increment-completion' is defined only as resolute; add --resolute");
  }

  @Test
  void aMissingFileIsAOneLineError() {
    Path absent = temp.resolve("absent.abc.yaml");

    assertUsageError(
        run("committee", "--rule", "seqphragmen", absent.toString()),
        "no such file: " + absent);
  }

  @Test
  void aCommitteeLargerThanTheCandidatesIsAOneLineError() throws IOException {
    Path file = write("big.abc.yaml", SMALL.replace("committeesize: 3", "committeesize: 5"));

    assertUsageError(
        run("committee", "--rule", "equal-shares", file.toString()),
        "big.abc.yaml",
        "committeeSize must be 1..4",
        ": 5");
  }

  @Test
  void malformedCommandLinesAreUsageErrors() throws IOException {
    String file = write("small.abc.yaml", SMALL).toString();

    run("committee").assertUsageError("usage: committee --rule RULE_ID [--resolute] FILE.abc.yaml");
    run("committee", file).assertUsageError("usage: committee --rule");
    run("committee", "--rule", "av").assertUsageError("usage: committee --rule");
    assertUsageError(
        run("committee", "--rule", "av", file, "other.abc.yaml"),
        "unexpected argument 'other.abc.yaml'");
    run("committee", "--rule", "av", file, "--bogus").assertUsageError("unexpected argument '--bogus'");
  }

  @Test
  void helpMentionsTheCommitteeCommand() {
    assertThat(run("help").out()).contains("committee --rule RULE_ID [--resolute] FILE.abc.yaml");
  }
}
