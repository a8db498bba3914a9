// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import java.math.BigInteger;

/**
 * A running sum of cents that is exact however the partial sums wander: it counts how often
 * the {@code long} wrapped, so an overflow on the way that the later terms undo still ends in
 * the right total, and only a total that does not fit throws.
 */
final class ExactSum {

  /** The total modulo 2^64, as a two's-complement long. */
  private long low;
  /** How many times 2^64 the true total lies above {@link #low}. */
  private long wraps;

  void add(long cents) {
    long r = low + cents;
    // Signed overflow: both operands differ in sign from the result.
    if (((low ^ r) & (cents ^ r)) < 0) {
      wraps += cents > 0 ? 1 : -1;
    }
    low = r;
  }

  ExactSum merge(ExactSum other) {
    add(other.low);
    wraps += other.wraps;
    return this;
  }

  /** The exact total; it fits in a long only when the wraps cancel. */
  BigInteger total() {
    return BigInteger.valueOf(wraps).shiftLeft(Long.SIZE).add(BigInteger.valueOf(low));
  }

  Amount toAmount() {
    if (wraps != 0) {
      throw new ArithmeticException(
          "Amount out of range: the sum is " + total() + " cents, which does not fit " + Amount.bounds());
    }
    return Amount.ofCents(low);
  }
}
