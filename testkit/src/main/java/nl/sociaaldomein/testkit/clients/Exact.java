// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Integer and decimal arithmetic the generator needs, exact or with stated rounding; no binary floating point. */
final class Exact {

  /** Enough digits that shares and costs computed from them round as if exact. */
  static final MathContext MC = MathContext.DECIMAL128;

  private Exact() {}

  /** {@code floor(a * b / c)} for {@code a, b >= 0, c > 0}, without overflow. */
  static long mulDiv(long a, long b, long c) {
    if (Math.multiplyHigh(a, b) == 0) {
      long product = a * b;
      if (product >= 0) {
        return product / c;
      }
    }
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
  }

  /** {@code value} rounded half up to a whole number. */
  static long round(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** {@code value * scale}, rounded half up. */
  static long scaled(long value, BigDecimal scale) {
    return round(BigDecimal.valueOf(value).multiply(scale));
  }

  /**
   * SplitMix64's finaliser: turns a counter or a seed into well-spread bits, so that seeds
   * derived from one user seed give unrelated streams.
   */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
