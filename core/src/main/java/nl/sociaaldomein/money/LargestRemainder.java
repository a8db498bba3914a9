// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Largest-remainder rounding (Hamilton's method), the one implementation the library uses to
 * split a whole number of units (cents, clients, thousands) so that the parts add up exactly:
 * every part gets the whole units below its exact share, and the units still missing go one
 * each to the parts with the largest remainders, the earlier part first on a tie.
 *
 * <p>Shares are computed exactly, in integers: the result does not depend on a precision.
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * Splits {@code total} units over {@code weights} in proportion. All weights zero is allowed
   * only for a zero total, and gives all parts zero.
   *
   * @throws IllegalArgumentException when {@code total} or a weight is negative, or the weights
   *     are all zero for a total that is not
   */
  public static long[] split(long total, BigInteger[] weights) {
    Objects.requireNonNull(weights, "weights");
    if (total < 0) {
      throw new SociaalDomeinException("total must not be negative: " + total);
    }
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger w : weights) {
      if (Objects.requireNonNull(w, "weights").signum() < 0) {
        throw new SociaalDomeinException("negative weight " + w);
      }
      sum = sum.add(w);
    }
    long[] parts = new long[weights.length];
    if (sum.signum() == 0) {
      if (total != 0) {
        throw new SociaalDomeinException("Cannot split " + total + " over weights that are all zero");
      }
      return parts;
    }
    BigInteger t = BigInteger.valueOf(total);
    BigInteger[] remainders = new BigInteger[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      // floor(total * w / sum) <= total, so every part and their sum fit in a long.
      BigInteger[] qr = t.multiply(weights[i]).divideAndRemainder(sum);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += parts[i];
    }
    handOut(parts, remainders, total - given);
    return parts;
  }

  /** As {@link #split(long, BigInteger[])}, with whole weights. */
  public static long[] split(long total, long[] weights) {
    Objects.requireNonNull(weights, "weights");
    BigInteger[] w = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      w[i] = BigInteger.valueOf(weights[i]);
    }
    return split(total, w);
  }

  /**
   * As {@link #split(long, BigInteger[])}, with decimal weights such as shares {@code 0.25,
   * 0.75}: they are scaled to whole numbers by a common power of ten, which keeps them exact.
   */
  public static long[] split(long total, BigDecimal[] weights) {
    return split(total, wholeWeights(weights));
  }

  /**
   * {@code weights} scaled by one power of ten to whole numbers in the same proportion. A
   * weight may have at most {@value #MAX_WEIGHT_DIGITS} digits before and after the decimal
   * point (trailing zeros do not count), so that the whole numbers stay small: {@code 1E-100000000}
   * would otherwise scale its partners by a number of a hundred million digits.
   */
  static BigInteger[] wholeWeights(BigDecimal[] weights) {
    Objects.requireNonNull(weights, "weights");
    BigDecimal[] stripped = new BigDecimal[weights.length];
    int scale = 0;
    for (int i = 0; i < weights.length; i++) {
      BigDecimal w = Objects.requireNonNull(weights[i], "weights");
      // Zero first: its scale says nothing, and stripping it is free.
      stripped[i] = w.signum() == 0 ? BigDecimal.ZERO : w.stripTrailingZeros();
      long wholeDigits = (long) stripped[i].precision() - stripped[i].scale();
      if (stripped[i].scale() > MAX_WEIGHT_DIGITS || wholeDigits > MAX_WEIGHT_DIGITS) {
        throw new SociaalDomeinException("index " + i, Optional.of(w.toString()),
            "a ratio may have at most " + MAX_WEIGHT_DIGITS + " digits before and after the decimal point");
      }
      scale = Math.max(scale, stripped[i].scale());
    }
    BigInteger[] whole = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      // Widening to the largest scale only appends zeros: nothing to round.
      whole[i] = stripped[i].setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
    }
    return whole;
  }

  /**
   * The most digits a decimal weight may have on either side of its decimal point: far more
   * than shares computed in {@code MathContext.DECIMAL128} have, far fewer than would slow a split.
   */
  static final int MAX_WEIGHT_DIGITS = 100;

  /**
   * Adds one unit to each of the {@code missing} parts with the largest {@code remainders}, the
   * earlier part first on a tie; {@code missing} must lie between zero and the number of parts.
   */
  static <T extends Comparable<? super T>> void handOut(long[] parts, T[] remainders, long missing) {
    int n = parts.length;
    if (missing < 0 || missing > n) {
      throw new SociaalDomeinException(missing + " units cannot go one each to " + n + " parts");
    }
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    // Stable sort: equal remainders keep their input order, so the result is deterministic.
    order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < missing; k++) {
      int i = order.get(k);
      parts[i] = Math.incrementExact(parts[i]);
    }
  }
}
