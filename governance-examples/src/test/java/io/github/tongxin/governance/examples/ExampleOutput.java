package io.github.tongxin.governance.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** What an example's {@code run(PrintStream)} prints, and the lists in it. */
final class ExampleOutput {
  private ExampleOutput() {}

  /** The text an example prints, decoded as UTF-8. */
  static String of(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The elements of the {@code [a, b, …]} list on the first line starting with a prefix. */
  static List<String> ids(String output, String prefix) {
    String line = output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    String list = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']'));
    return list.isEmpty() ? List.of() : Arrays.asList(list.split(", "));
  }
}
