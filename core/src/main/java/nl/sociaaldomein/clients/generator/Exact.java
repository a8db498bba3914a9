package nl.sociaaldomein.clients.generator;

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

  /**
   * Splits {@code total} into whole parts proportional to {@code weights}: each part the floor of
   * its exact share, the units left over one each to the largest remainders (earlier first on a
   * tie). All weights zero gives all parts zero, which only a zero total may have.
   */
  static long[] largestRemainder(long total, BigDecimal[] weights) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      if (w.signum() < 0) {
        throw new IllegalArgumentException("negative weight " + w);
      }
      sum = sum.add(w);
    }
    long[] parts = new long[weights.length];
    if (sum.signum() == 0) {
      if (total != 0) {
        throw new IllegalArgumentException("Cannot split " + total + " over weights that are all zero");
      }
      return parts;
    }
    BigDecimal[] remainders = new BigDecimal[weights.length];
    long given = 0;
    BigDecimal t = BigDecimal.valueOf(total);
    for (int i = 0; i < weights.length; i++) {
      BigDecimal exact = t.multiply(weights[i]).divide(sum, MC);
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      parts[i] = floor.longValueExact();
      remainders[i] = exact.subtract(floor);
      given += parts[i];
    }
    for (long left = total - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < weights.length; i++) {
        if (weights[i].signum() > 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = remainders[best].subtract(BigDecimal.ONE);
    }
    return parts;
  }

  static long[] largestRemainder(long total, long[] weights) {
    BigDecimal[] w = new BigDecimal[weights.length];
    for (int i = 0; i < weights.length; i++) {
      w[i] = BigDecimal.valueOf(weights[i]);
    }
    return largestRemainder(total, w);
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
