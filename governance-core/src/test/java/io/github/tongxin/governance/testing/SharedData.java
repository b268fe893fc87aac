package io.github.tongxin.governance.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real cases in {@code ../shared/data} beside the project root. Never copied into the
 * project. A test that needs them is skipped with a message where the folder is absent, and
 * fails where it is absent while {@code CI=true}.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The folder {@code ../shared/data/<name>} relative to the project root.
   *
   * @param name a sub-folder such as {@code "abcvoting"}
   * @return the folder
   */
  public static Path folder(String name) {
    Path root = projectRoot();
    Path folder = root.resolve("..").resolve("shared").resolve("data").resolve(name).normalize();
    if (!Files.isDirectory(folder)) {
      String message =
          "shared test data not found at " + folder + " (expected ../shared/data beside " + root + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + "; CI=true, so this is an error");
      }
      assumeTrue(false, message + "; skipping");
    }
    return folder;
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
