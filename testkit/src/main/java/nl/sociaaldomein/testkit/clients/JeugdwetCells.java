// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.math.BigDecimal;
import java.math.MathContext;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.money.LargestRemainder;

/**
 * One year of youth care split into referrer-by-level cells: how many clients each cell has and
 * what they cost together, such that the averages per referrer (figure 2.4), per level (figure
 * 2.6) and for the law (figure 1.3) all come out as published.
 *
 * <p>The quickscan prints averages but not how clients split over referrers or levels. The
 * split starts from assumed shares ({@link Assumptions#REFERRER_BASE_PERCENT},
 * {@link Assumptions#LEVEL_BASE_PERCENT}) and is tilted linearly towards the dearer or cheaper
 * groups, {@code p = p0 (1 + t (avg - m0))}, with the one {@code t} that makes the shares'
 * weighted average equal the law's average. Clients are then spread over the cells as if
 * referrer and level were independent; the cells' costs start from {@code avg_referrer *
 * avg_level} per client and are fitted to both sets of published averages by iterative
 * proportional fitting, in exact decimals.
 */
final class JeugdwetCells {

  private static final int FITTING_ROUNDS = 1_000;
  /** Sixteen digits: cents to a millionth at any scale, and fast. */
  private static final MathContext FITTING = MathContext.DECIMAL64;
  private static final BigDecimal TOLERANCE = new BigDecimal("0.001");

  private final long[] counts = new long[Referrer.values().length * IntensityLevel.values().length];
  private final long[] cents = new long[Referrer.values().length * IntensityLevel.values().length];

  JeugdwetCells(int year, long clients, long totalCents) {
    Referrer[] referrers = Referrer.values();
    IntensityLevel[] levels = IntensityLevel.values();
    BigDecimal mean = BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_COST.in(year))
        .divide(BigDecimal.valueOf(QuickscanCalibration.JEUGDWET_CLIENTS.in(year)), Exact.MC);

    BigDecimal[] referrerAverage = new BigDecimal[referrers.length];
    BigDecimal[] referrerBase = new BigDecimal[referrers.length];
    for (Referrer r : referrers) {
      referrerAverage[r.ordinal()] = BigDecimal.valueOf(QuickscanCalibration.REFERRER_AVERAGE.get(r).in(year));
      referrerBase[r.ordinal()] = BigDecimal.valueOf(Assumptions.REFERRER_BASE_PERCENT.get(r));
    }
    BigDecimal[] levelAverage = new BigDecimal[levels.length];
    BigDecimal[] levelBase = new BigDecimal[levels.length];
    for (IntensityLevel l : levels) {
      levelAverage[l.ordinal()] = BigDecimal.valueOf(QuickscanCalibration.LEVEL_AVERAGE.get(l).in(year));
      levelBase[l.ordinal()] = levelAverage[l.ordinal()].signum() == 0 ? BigDecimal.ZERO
          : BigDecimal.valueOf(Assumptions.LEVEL_BASE_PERCENT.get(l).in(year));
    }
    BigDecimal[] referrerShare = tilt(referrerBase, referrerAverage, mean, "referrer", year);
    BigDecimal[] levelShare = tilt(levelBase, levelAverage, mean, "intensity level", year);

    long[] perReferrer = LargestRemainder.split(clients, referrerShare);
    long[][] n = new long[referrers.length][];
    long[] perLevel = new long[levels.length];
    for (int r = 0; r < referrers.length; r++) {
      n[r] = LargestRemainder.split(perReferrer[r], levelShare);
      for (int l = 0; l < levels.length; l++) {
        perLevel[l] += n[r][l];
      }
    }

    BigDecimal total = BigDecimal.valueOf(totalCents);
    BigDecimal[] rowTarget = targets(perReferrer, referrerAverage, total);
    BigDecimal[] columnTarget = targets(perLevel, levelAverage, total);
    BigDecimal[][] x = new BigDecimal[referrers.length][levels.length];
    for (int r = 0; r < referrers.length; r++) {
      for (int l = 0; l < levels.length; l++) {
        x[r][l] = BigDecimal.valueOf(n[r][l]).multiply(referrerAverage[r]).multiply(levelAverage[l]);
      }
    }
    for (int round = 0; round < FITTING_ROUNDS && !fits(x, rowTarget); round++) {
      for (int r = 0; r < referrers.length; r++) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int l = 0; l < levels.length; l++) {
          sum = sum.add(x[r][l], FITTING);
        }
        if (sum.signum() > 0) {
          BigDecimal factor = rowTarget[r].divide(sum, FITTING);
          for (int l = 0; l < levels.length; l++) {
            x[r][l] = x[r][l].multiply(factor, FITTING);
          }
        }
      }
      for (int l = 0; l < levels.length; l++) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 0; r < referrers.length; r++) {
          sum = sum.add(x[r][l], FITTING);
        }
        if (sum.signum() > 0) {
          BigDecimal factor = columnTarget[l].divide(sum, FITTING);
          for (int r = 0; r < referrers.length; r++) {
            x[r][l] = x[r][l].multiply(factor, FITTING);
          }
        }
      }
    }
    long[] rowCents = LargestRemainder.split(totalCents, rowTarget);
    for (int r = 0; r < referrers.length; r++) {
      long[] cells = LargestRemainder.split(rowCents[r], x[r]);
      for (int l = 0; l < levels.length; l++) {
        counts[r * levels.length + l] = n[r][l];
        cents[r * levels.length + l] = cells[l];
      }
    }
  }

  /** Whether every row of {@code x} adds up to its target within a thousandth of a cent (the columns do after each round). */
  private static boolean fits(BigDecimal[][] x, BigDecimal[] rowTarget) {
    for (int r = 0; r < x.length; r++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal v : x[r]) {
        sum = sum.add(v, FITTING);
      }
      if (sum.subtract(rowTarget[r]).abs().compareTo(TOLERANCE) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The clients of {@code referrer} at {@code level}. */
  long count(Referrer referrer, IntensityLevel level) {
    return counts[referrer.ordinal() * IntensityLevel.values().length + level.ordinal()];
  }

  /** What the clients of {@code referrer} at {@code level} cost together, in cents; the cells add up to the law's cost exactly. */
  long cents(Referrer referrer, IntensityLevel level) {
    return cents[referrer.ordinal() * IntensityLevel.values().length + level.ordinal()];
  }

  /** Each group's clients times its average, scaled so that the groups add up to {@code total}. */
  private static BigDecimal[] targets(long[] clients, BigDecimal[] average, BigDecimal total) {
    BigDecimal[] t = new BigDecimal[clients.length];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < clients.length; i++) {
      t[i] = BigDecimal.valueOf(clients[i]).multiply(average[i]);
      sum = sum.add(t[i]);
    }
    for (int i = 0; i < clients.length; i++) {
      t[i] = sum.signum() == 0 ? BigDecimal.ZERO : t[i].multiply(total).divide(sum, Exact.MC);
    }
    return t;
  }

  /** The base shares tilted so that their weighted average of {@code average} is {@code mean}. */
  static BigDecimal[] tilt(BigDecimal[] base, BigDecimal[] average, BigDecimal mean, String what, int year) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal b : base) {
      sum = sum.add(b);
    }
    BigDecimal[] p = new BigDecimal[base.length];
    BigDecimal m0 = BigDecimal.ZERO;
    for (int i = 0; i < base.length; i++) {
      p[i] = base[i].divide(sum, Exact.MC);
      m0 = m0.add(p[i].multiply(average[i]));
    }
    BigDecimal variance = BigDecimal.ZERO;
    for (int i = 0; i < base.length; i++) {
      BigDecimal d = average[i].subtract(m0);
      variance = variance.add(p[i].multiply(d).multiply(d));
    }
    BigDecimal t = variance.signum() == 0 ? BigDecimal.ZERO : mean.subtract(m0).divide(variance, Exact.MC);
    BigDecimal[] out = new BigDecimal[base.length];
    for (int i = 0; i < base.length; i++) {
      out[i] = p[i].multiply(BigDecimal.ONE.add(t.multiply(average[i].subtract(m0))), Exact.MC);
      if (out[i].signum() < 0) {
        throw new IllegalStateException("The assumed " + what + " shares cannot reach the Jeugdwet average of " + year);
      }
    }
    return out;
  }
}
