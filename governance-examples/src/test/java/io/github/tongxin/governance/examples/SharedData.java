package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real cases in {@code ../shared/data} beside the project root (as governance-core's test
 * helper of the same name finds them). Never copied into the project. A test that needs them is
 * skipped with a message where the folder is absent, and fails where it is absent while {@code
 * CI=true}.
 */
final class SharedData {
  private SharedData() {}

  /**
   * A file {@code ../shared/data/<folder>/<name>} relative to the project root.
   *
   * @param folder a sub-folder such as {@code "pabulib"}
   * @param name the file name
   * @return the file
   */
  static Path file(String folder, String name) {
    Path root = projectRoot();
    Path file =
        root.resolve("..")
            .resolve("shared")
            .resolve("data")
            .resolve(folder)
            .resolve(name)
            .normalize();
    if (!Files.isRegularFile(file)) {
      String message =
          "shared test data not found at "
              + file
              + " (expected ../shared/data beside "
              + root
              + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + "; CI=true, so this is an error");
      }
      assumeTrue(false, message + "; skipping");
    }
    return file;
  }

  /** The first folder upwards from the working directory that holds governance-core. */
  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("governance-core"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find the project root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
