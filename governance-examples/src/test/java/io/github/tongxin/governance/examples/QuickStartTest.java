package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  private static List<String> output() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void printsTheTwoGroupsTheCountsAndTheLeadersCircles() {
    List<String> lines = output();

    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .isEqualTo(
            "[FormedGroup[buildings=[B1, B2], households=200],"
                + " FormedGroup[buildings=[B3, B4], households=200]]");
    assertThat(lines.get(1)).isEqualTo("[]");
    assertThat(lines.get(2)).isEqualTo("143 groups, 76000 people");
    assertThat(lines.get(3))
        .startsWith("[楼组团队长 building group leader @ C01-G01, 自然楼居民 resident @ C01-B");
  }

  /** The README shows the example's code between its begin and end markers, unchanged. */
  @Test
  void theReadmeShowsThisExample() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String source =
        Files.readString(
            root.resolve(
                "governance-examples/src/main/java/io/github/tongxin/governance/examples/QuickStart.java"));
    String readme = Files.readString(root.resolve("README.md"));
    String body =
        source.substring(
            source.indexOf("// README begin\n") + "// README begin\n".length(),
            source.indexOf("    // README end"));
    String unindented = body.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce("", (a, b) -> a + b + "\n");

    assertThat(readme).contains(unindented);
    assertThat(unindented.lines().count()).isLessThanOrEqualTo(20);
  }
}
