package io.github.tongxin.governance.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;

/** Validation shared by the typed identifiers. Not part of the public API. */
public final class Ids {
  /** The longest identifier accepted, in characters. */
  public static final int MAX_LENGTH = 64;

  private static final CharMatcher LEADING =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .precomputed();
  private static final CharMatcher ALLOWED = LEADING.or(CharMatcher.anyOf("._:-")).precomputed();

  private Ids() {}

  /**
   * Checks that {@code value} is a well-formed identifier: 1 to 64 characters from {@code
   * A-Z a-z 0-9 . _ : -}, starting with a letter or digit.
   *
   * @param kind what the identifier names, used in the message (e.g. "building id")
   * @param value the text to check
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is malformed; the message names {@code
   *     kind} and the value
   */
  public static String check(String kind, String value) {
    return check(kind, value, MAX_LENGTH);
  }

  /**
   * Checks that {@code value} is a well-formed identifier of at most {@code maxLength}
   * characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit.
   *
   * @param kind what the identifier names, used in the message (e.g. "transfer id")
   * @param value the text to check
   * @param maxLength the longest value accepted
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is malformed; the message names {@code
   *     kind} and the value
   */
  public static String check(String kind, String value, int maxLength) {
    checkNotNull(value, "%s must not be null", kind);
    checkArgument(
        !value.isEmpty()
            && value.length() <= maxLength
            && ALLOWED.matchesAllOf(value)
            && LEADING.matches(value.charAt(0)),
        "%s must be 1..%s characters of A-Z a-z 0-9 . _ : - starting with a letter or digit: '%s'",
        kind,
        maxLength,
        value);
    return value;
  }
}
