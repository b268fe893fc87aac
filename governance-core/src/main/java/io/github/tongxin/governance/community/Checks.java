package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;

/** Argument checks shared within this package. */
final class Checks {
  private Checks() {}

  static long nonNegative(String name, long value) {
    checkArgument(value >= 0, "%s must not be negative: %s", name, value);
    return value;
  }
}
