package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tongxin.governance.fund.Beancount;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Beancount export of the example fund passes {@code bean-check} (Debian package {@code
 * beancount}). Without {@code bean-check} the test is skipped with a message, except under {@code
 * CI=true}, where it fails.
 */
class JiadingFundBeancountTest {
  @TempDir Path dir;

  static String beanCheck() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(File.pathSeparator)) {
      Path candidate = Path.of(folder, "bean-check");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    String message = "bean-check not found on PATH; install Debian's beancount package"
        + " (apt-get install -y beancount)";
    if ("true".equals(System.getenv("CI"))) {
      fail(message + " — required under CI=true");
    }
    assumeTrue(false, message + "; skipping the bean-check test");
    throw new AssertionError("unreachable");
  }

  @Test
  void theExampleFundsExportPassesBeanCheck() throws IOException, InterruptedException {
    String text = Beancount.export(JiadingFundHistory.fund().ledger(),
        "嘉定工业区社区公益基金 Jiading community public-welfare fund", JiadingFundHistory.SHANGHAI);
    assertThat(text).contains("open Assets:Bank CNY", "balance Assets:Bank", "众筹");
    assertThat(text.lines().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\* .*"))).hasSizeGreaterThan(300);
    Path file = dir.resolve("jiading-fund.beancount");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    String beanCheck = beanCheck();
    Process process = new ProcessBuilder(beanCheck, file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("bean-check output:%n%s", output).isZero();
    assertThat(output).isBlank();
  }
}
