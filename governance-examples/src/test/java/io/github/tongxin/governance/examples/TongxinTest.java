package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TongxinTest {
  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }


  @Test
  void jiadingPrintsTheReportForTheDefaultSeed() {
    CommandRun result = run("jiading");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(JiadingReportTest.report(JiadingReport.DEFAULT_SEED))
        .contains("嘉定工业区", "Total 合计 (14 communities 社区)", "24,300", "76,000")
        .contains("seed 2024");
  }

  @Test
  void jiadingWithASeedPrintsTheReportForThatSeed() {
    CommandRun result = run("jiading", "--seed", "7");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("seed 7;").isEqualTo(JiadingReportTest.report(7));
    assertThat(result.out()).isNotEqualTo(run("jiading").out());
  }

  @Test
  void jiadingAcceptsANegativeSeed() {
    CommandRun result = run("jiading", "--seed", "-3");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("seed -3;").contains("The totals equal the published figures.");
  }

  @Test
  void helpPrintsTheUsage() {
    for (List<String> args : List.of(List.of("help"), List.of("--help"), List.<String>of())) {
      CommandRun result = run(args.toArray(new String[0]));

      assertThat(result.status()).as("status of %s", args).isZero();
      assertThat(result.err()).as("err of %s", args).isEmpty();
      assertThat(result.out())
          .as("out of %s", args)
          .startsWith("usage:")
          .contains("jiading [--seed N]", "help", "嘉定工业区");
    }
  }

  @Test
  void unknownCommandIsAUsageError() {
    CommandRun result = run("frobnicate");

    assertThat(result.status()).isEqualTo(2).isEqualTo(Tongxin.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("unknown command", "'frobnicate'").contains("usage:");
  }

  @Test
  void malformedSeedIsAUsageError() {
    CommandRun result = run("jiading", "--seed", "x");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--seed", "'x'");
  }

  @Test
  void seedTooLargeForALongIsAUsageError() {
    CommandRun result = run("jiading", "--seed", "9223372036854775808");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("'9223372036854775808'");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandRun result = run("jiading", "--bogus");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("'--bogus'").contains("usage:");
  }

  @Test
  void seedWithoutAValueIsAUsageError() {
    CommandRun result = run("jiading", "--seed");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--seed needs an integer value");
  }

  @Test
  void aSecondSeedIsAUsageError() {
    CommandRun result = run("jiading", "--seed", "1", "--seed", "2");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--seed given twice");
  }
}
