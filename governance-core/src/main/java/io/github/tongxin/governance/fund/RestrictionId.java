package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.tongxin.governance.internal.Ids;

/**
 * The key of a restricted fund: a crowdfunding campaign (keyed by its project's id) or a
 * donor-restricted gift. 1 to 40 characters of {@code A-Z a-z 0-9 . _ : -}, so that the derived
 * account {@code "net-assets:restricted:<key>"} stays a valid {@link AccountId}. Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * <pre>{@code
 * RestrictionId gift = RestrictionId.of("gift-2025-07");
 * }</pre>
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record RestrictionId(String value) implements Comparable<RestrictionId> {
  /**
   * Creates the identifier.
   *
   * @param value the identifier text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed identifier of at most 40
   *     characters
   */
  public RestrictionId {
    Ids.check("restriction id", value);
    checkArgument(value.length() <= 40, "restriction id must be at most 40 characters: '%s'", value);
  }

  /**
   * The identifier with this text.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a well-formed identifier of at most 40
   *     characters
   */
  public static RestrictionId of(String value) {
    return new RestrictionId(value);
  }

  @Override
  public int compareTo(RestrictionId other) {
    return value.compareTo(other.value);
  }

  /**
   * The identifier text.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
