package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the {@code tongxin} command line with both streams captured, for its tests. */
record CommandRun(int status, String out, String err) {
  static CommandRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Tongxin.run(List.of(args), o, e);
    }
    return new CommandRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Asserts that {@code result} is a usage error naming the fragments. */
  static void assertUsageError(CommandRun result, String... fragments) {
    result.assertUsageError(fragments);
  }

  /** Asserts a usage error: status 2, nothing on standard output, one line naming the fragments. */
  void assertUsageError(String... fragments) {
    assertThat(status).isEqualTo(Tongxin.USAGE);
    assertThat(out).isEmpty();
    assertThat(err).contains(fragments);
    assertThat(err.lines()).hasSize(1);
  }
}
