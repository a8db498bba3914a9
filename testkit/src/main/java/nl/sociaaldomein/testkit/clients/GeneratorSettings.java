// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.math.BigDecimal;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.PaymentRecord;

/**
 * What a generation run depends on: the same settings give exactly the same data.
 *
 * @param seed the seed of every random draw
 * @param scale how many Hoogeveens: 1 gives the quickscan's figures (about 8.000 clients a year
 *     and 384.000 payments over 2018-2020); counts and costs grow linearly with it, providers
 *     with its square root. At least 0.05, at most 500.
 * @param paymentDensityPercent how finely a provision's cost is split into payments: 100 matches
 *     the data annex's payments per client; 50 halves the payments (each twice as large), without
 *     changing any client count or cost. 1 to 1000.
 * @param firstYear the first year generated: 2018 by default, the quickscan's first
 * @param lastYear the last year generated: 2020 by default; at most {@value #MAX_YEARS} years from
 *     the first. Years the quickscan does not cover are extrapolated ({@code docs/generator.md},
 *     "Years")
 */
public record GeneratorSettings(long seed, BigDecimal scale, int paymentDensityPercent, int firstYear, int lastYear) {

  /** The default seed: the quickscan's reference date, 1 July 2021. */
  public static final long DEFAULT_SEED = 20_210_701L;
  /** The least scale at which the quickscan's figures still decompose into whole clients. */
  public static final BigDecimal MIN_SCALE = new BigDecimal("0.05");
  /** The most the synthetic BSN space (about 9 million people) comfortably holds. */
  public static final BigDecimal MAX_SCALE = BigDecimal.valueOf(500);
  /** The most years a run covers: a child in youth care stays a child over them. */
  public static final int MAX_YEARS = 10;

  public GeneratorSettings {
    Objects.requireNonNull(scale, "scale");
    if (scale.compareTo(MIN_SCALE) < 0 || scale.compareTo(MAX_SCALE) > 0) {
      throw new SociaalDomeinException("The scale must be between " + MIN_SCALE + " and " + MAX_SCALE + ", not " + scale.toPlainString());
    }
    if (paymentDensityPercent < 1 || paymentDensityPercent > 1000) {
      throw new SociaalDomeinException("The payment density must be 1 to 1000 percent, not " + paymentDensityPercent);
    }
    if (firstYear < PaymentRecord.FIRST_YEAR || lastYear > PaymentRecord.LAST_YEAR || lastYear < firstYear
        || lastYear - firstYear >= MAX_YEARS) {
      throw new SociaalDomeinException("The years must run forward within " + PaymentRecord.FIRST_YEAR + " to "
          + PaymentRecord.LAST_YEAR + ", at most " + MAX_YEARS + " of them, not " + firstYear + " to " + lastYear);
    }
    scale = scale.stripTrailingZeros();
  }

  /** The quickscan's years, 2018 to 2020. */
  public GeneratorSettings(long seed, BigDecimal scale, int paymentDensityPercent) {
    this(seed, scale, paymentDensityPercent, QuickscanCalibration.FIRST_YEAR, QuickscanCalibration.LAST_YEAR);
  }

  /** Hoogeveen at scale 1 with the default seed and payment density 100, over 2018-2020. */
  public static GeneratorSettings defaults() {
    return new GeneratorSettings(DEFAULT_SEED, BigDecimal.ONE, 100);
  }

  public GeneratorSettings withSeed(long newSeed) {
    return new GeneratorSettings(newSeed, scale, paymentDensityPercent, firstYear, lastYear);
  }

  public GeneratorSettings withScale(BigDecimal newScale) {
    return new GeneratorSettings(seed, newScale, paymentDensityPercent, firstYear, lastYear);
  }

  /** The scale as a plain decimal, {@code "26"} or {@code "0.5"}. */
  public GeneratorSettings withScale(String newScale) {
    return withScale(new BigDecimal(newScale));
  }

  public GeneratorSettings withPaymentDensityPercent(int percent) {
    return new GeneratorSettings(seed, scale, percent, firstYear, lastYear);
  }

  /** The years {@code first} to {@code last}, both included. */
  public GeneratorSettings withYears(int first, int last) {
    return new GeneratorSettings(seed, scale, paymentDensityPercent, first, last);
  }
}
