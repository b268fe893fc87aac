package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;

/**
 * The secret of a lottery: 32 bytes, written as 64 lower-case hexadecimal digits. Its {@link
 * #commitment() SHA-256 commitment} is published before enrolment closes and the seed itself
 * after, so that anyone can check it and re-run the {@link Lottery#draw draw}.
 *
 * <pre>{@code
 * LotterySeed seed = LotterySeed.parse("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
 * SeedCommitment published = seed.commitment();
 * }</pre>
 *
 * <p>Choose a real seed with a cryptographic random generator outside this library (the core
 * reads no randomness); {@link #derive(String)} is for examples and tests. Immutable and
 * thread-safe; value-based: compare with {@code equals}, never {@code ==}.
 *
 * @param hex 64 lower-case hexadecimal digits
 * @since 0.1.0
 */
public record LotterySeed(String hex) {
  private static final CharMatcher HEX = CharMatcher.anyOf("0123456789abcdef").precomputed();

  /**
   * Creates a seed.
   *
   * @param hex 64 lower-case hexadecimal digits
   * @throws NullPointerException if {@code hex} is null
   * @throws IllegalArgumentException if {@code hex} is not 64 lower-case hexadecimal digits
   */
  public LotterySeed {
    checkNotNull(hex, "hex");
    checkArgument(
        hex.length() == 64 && HEX.matchesAllOf(hex),
        "seed must be 64 lower-case hexadecimal digits: '%s'",
        hex);
  }

  /**
   * Parses a seed.
   *
   * @param hex 64 lower-case hexadecimal digits
   * @return the seed
   * @throws NullPointerException if {@code hex} is null
   * @throws IllegalArgumentException if {@code hex} is not 64 lower-case hexadecimal digits
   */
  public static LotterySeed parse(String hex) {
    return new LotterySeed(hex);
  }

  /**
   * A seed derived from text by SHA-256, for examples and tests (a guessable text gives a
   * guessable seed).
   *
   * @param text any text
   * @return the seed {@code SHA-256(UTF-8(text))}
   * @throws NullPointerException if {@code text} is null
   */
  public static LotterySeed derive(String text) {
    return new LotterySeed(
        Hashing.sha256().hashString(checkNotNull(text, "text"), StandardCharsets.UTF_8).toString());
  }

  /**
   * The seed's 32 bytes.
   *
   * @return a new array
   */
  public byte[] bytes() {
    return BaseEncoding.base16().lowerCase().decode(hex);
  }

  /**
   * The commitment to publish before enrolment closes: SHA-256 of the seed's 32 bytes.
   *
   * @return the commitment
   */
  public SeedCommitment commitment() {
    return new SeedCommitment(Hashing.sha256().hashBytes(bytes()).toString());
  }

  /**
   * The hexadecimal digits, such that {@code parse(s.toString()).equals(s)}.
   *
   * @return the 64 digits
   */
  @Override
  public String toString() {
    return hex;
  }
}
