package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;

/**
 * The published SHA-256 digest of a {@link LotterySeed}, 64 lower-case hexadecimal digits:
 * anyone can check that a revealed seed is the one committed to, e.g. with {@code printf
 * "$seed" | xxd -r -p | sha256sum}.
 *
 * <p>Immutable and thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param sha256 64 lower-case hexadecimal digits
 * @since 0.1.0
 */
public record SeedCommitment(String sha256) {
  private static final CharMatcher HEX = CharMatcher.anyOf("0123456789abcdef").precomputed();

  /**
   * Creates a commitment.
   *
   * @param sha256 64 lower-case hexadecimal digits
   * @throws NullPointerException if {@code sha256} is null
   * @throws IllegalArgumentException if it is not 64 lower-case hexadecimal digits
   */
  public SeedCommitment {
    checkNotNull(sha256, "sha256");
    checkArgument(
        sha256.length() == 64 && HEX.matchesAllOf(sha256),
        "commitment must be 64 lower-case hexadecimal digits: '%s'",
        sha256);
  }

  /**
   * Parses a commitment.
   *
   * @param sha256 64 lower-case hexadecimal digits
   * @return the commitment
   * @throws NullPointerException if {@code sha256} is null
   * @throws IllegalArgumentException if it is not 64 lower-case hexadecimal digits
   */
  public static SeedCommitment parse(String sha256) {
    return new SeedCommitment(sha256);
  }

  /**
   * Whether the seed is the one committed to.
   *
   * @param seed a revealed seed
   * @return {@code true} if {@code seed.commitment().equals(this)}
   */
  public boolean matches(LotterySeed seed) {
    return checkNotNull(seed, "seed").commitment().equals(this);
  }

  /**
   * The digest's digits.
   *
   * @return the 64 digits
   */
  @Override
  public String toString() {
    return sha256;
  }
}
