package io.github.tongxin.governance.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of Chinese yuan (CNY), held as a whole number of fen (1 yuan = 100 fen).
 *
 * <p>Arithmetic is checked: a result that does not fit a {@code long} of fen throws {@link
 * ArithmeticException} instead of wrapping. The canonical text form has two decimals and comma
 * thousands separators, {@code "1,234.56"}, {@code "-0.05"}; {@link #parse} also accepts it
 * without separators. Immutable and thread-safe; value-based: compare with {@code equals}, never
 * {@code ==}.
 *
 * <pre>{@code
 * Amount grant = Amount.parse("10,000.00");
 * grant.allocate(List.of(1L, 1L, 1L)); // [3,333.34, 3,333.33, 3,333.33]
 * }</pre>
 *
 * @param fen the amount in fen; negative for a debit balance or a refund
 * @since 0.1.0
 */
public record Amount(long fen) implements Comparable<Amount> {
  /** Zero yuan. */
  public static final Amount ZERO = new Amount(0);

  private static final Pattern TEXT =
      Pattern.compile("(-?)(0|[1-9][0-9]{0,2}(?:,[0-9]{3})*|[1-9][0-9]*)(?:\\.([0-9]{1,2}))?");

  /**
   * The amount of so many fen.
   *
   * @param fen the amount in fen
   * @return the amount
   */
  public static Amount ofFen(long fen) {
    return fen == 0 ? ZERO : new Amount(fen);
  }

  /**
   * The amount of so many whole yuan.
   *
   * @param yuan whole yuan
   * @return the amount
   * @throws ArithmeticException if {@code yuan × 100} does not fit a {@code long}
   */
  public static Amount ofYuan(long yuan) {
    return ofFen(Math.multiplyExact(yuan, 100L));
  }

  /**
   * Parses {@code "1,234.56"}, {@code "1234.56"}, {@code "1234.5"}, {@code "1234"} or a negative
   * form with a leading {@code -}. Thousands separators, if used, must be complete and regular.
   *
   * @param text the amount in yuan
   * @return the amount
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not an amount or has more than two
   *     decimals
   * @throws ArithmeticException if the amount does not fit a {@code long} of fen
   */
  public static Amount parse(String text) {
    checkNotNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    checkArgument(matcher.matches(), "text is not an amount such as 1,234.56: '%s'", text);
    String decimals = matcher.group(3) == null ? "" : matcher.group(3);
    BigInteger fen =
        new BigInteger(matcher.group(2).replace(",", ""))
            .multiply(BigInteger.valueOf(100))
            .add(BigInteger.valueOf(decimals.isEmpty() ? 0 : Integer.parseInt(decimals)
                * (decimals.length() == 1 ? 10 : 1)));
    if (!matcher.group(1).isEmpty()) {
      fen = fen.negate();
    }
    if (fen.bitLength() > 63) {
      throw new ArithmeticException("amount does not fit a long of fen: '" + text + "'");
    }
    return ofFen(fen.longValue());
  }

  /**
   * This amount plus another.
   *
   * @param other the amount to add
   * @return the sum
   * @throws ArithmeticException on overflow
   */
  public Amount plus(Amount other) {
    checkNotNull(other, "other");
    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * This amount minus another.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws ArithmeticException on overflow
   */
  public Amount minus(Amount other) {
    checkNotNull(other, "other");
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /**
   * This amount times a whole factor.
   *
   * @param factor the factor
   * @return the product
   * @throws ArithmeticException on overflow
   */
  public Amount multipliedBy(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /**
   * The sum of amounts.
   *
   * @param amounts the amounts
   * @return their sum, zero for none
   * @throws ArithmeticException on overflow
   */
  public static Amount sum(Iterable<Amount> amounts) {
    long total = 0;
    for (Amount amount : checkNotNull(amounts, "amounts")) {
      total = Math.addExact(total, amount.fen);
    }
    return ofFen(total);
  }

  /**
   * Whether this amount is zero.
   *
   * @return {@code fen == 0}
   */
  public boolean isZero() {
    return fen == 0;
  }

  /**
   * Whether this amount is greater than zero.
   *
   * @return {@code fen > 0}
   */
  public boolean isPositive() {
    return fen > 0;
  }

  /**
   * Whether this amount is less than zero.
   *
   * @return {@code fen < 0}
   */
  public boolean isNegative() {
    return fen < 0;
  }

  /**
   * Splits this amount by weights with the largest-remainder method: each part is the floor of
   * its exact share {@code amount × weight / Σ weights}, and the fen left over go one each to the
   * parts with the largest remainders; equal remainders go to the earlier weight (lower index).
   * The parts sum exactly to this amount, each is within one fen of its exact share, and a zero
   * weight gets zero.
   *
   * @param weights non-negative weights, at least one positive
   * @return one part per weight, in the weights' order
   * @throws NullPointerException if {@code weights} or one of them is null
   * @throws IllegalArgumentException if this amount is negative, {@code weights} is empty, a
   *     weight is negative, or all weights are zero
   */
  public ImmutableList<Amount> allocate(List<Long> weights) {
    checkNotNull(weights, "weights");
    checkArgument(fen >= 0, "only a non-negative amount can be allocated: %s", this);
    checkArgument(!weights.isEmpty(), "weights must not be empty");
    BigInteger total = BigInteger.ZERO;
    for (Long weight : weights) {
      checkNotNull(weight, "weights contains null: %s", weights);
      checkArgument(weight >= 0, "weights must be non-negative: %s", weights);
      total = total.add(BigInteger.valueOf(weight));
    }
    checkArgument(total.signum() > 0, "weights must not all be zero: %s", weights);
    BigInteger amount = BigInteger.valueOf(fen);
    long[] parts = new long[weights.size()];
    List<BigInteger> remainders = new ArrayList<>(weights.size());
    long left = fen;
    for (int i = 0; i < parts.length; i++) {
      BigInteger[] division = amount.multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(total);
      parts[i] = division[0].longValueExact();
      remainders.add(division[1]);
      left -= parts[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int byRemainder = remainders.get(b).compareTo(remainders.get(a));
      return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
    });
    for (int k = 0; k < left; k++) {
      parts[order.get(k)]++;
    }
    ImmutableList.Builder<Amount> result = ImmutableList.builderWithExpectedSize(parts.length);
    for (long part : parts) {
      result.add(ofFen(part));
    }
    return result.build();
  }

  @Override
  public int compareTo(Amount other) {
    return Long.compare(fen, other.fen);
  }

  /**
   * The canonical text form, {@code "1,234.56"}; {@link #parse} reads it back.
   *
   * @return the amount in yuan with two decimals and thousands separators
   */
  @Override
  public String toString() {
    BigInteger magnitude = BigInteger.valueOf(fen).abs();
    BigInteger[] yuanAndFen = magnitude.divideAndRemainder(BigInteger.valueOf(100));
    String yuan = yuanAndFen[0].toString();
    StringBuilder text = new StringBuilder(fen < 0 ? "-" : "");
    int head = yuan.length() % 3 == 0 ? 3 : yuan.length() % 3;
    text.append(yuan, 0, head);
    for (int i = head; i < yuan.length(); i += 3) {
      text.append(',').append(yuan, i, i + 3);
    }
    int cents = yuanAndFen[1].intValue();
    return text.append('.').append(cents / 10).append(cents % 10).toString();
  }
}
