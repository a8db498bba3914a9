// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * A variance as a percentage of its budget, or why there is none: a percentage of a tiny base
 * (a variance of 1.195.300 on a budget of 10.000 is 11953 %) tells a reader nothing the amount
 * does not, so below the {@link PercentageRule}'s minimum base it is {@link NotMeaningful}; a
 * statement that prints only variances has no base at all ({@link NoBudget}).
 *
 * <p>Modelled as a type rather than a null or NaN so that a report must decide what to print in
 * each case.
 */
public sealed interface Percentage {

  /** Percentages are given to one decimal, as annual reports print them. */
  int SCALE = 1;

  /**
   * Rounded half away from zero, so that a favourable and an unfavourable variance of the same
   * size print the same figure with opposite signs.
   */
  RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** The percentage, when it is {@link Reported}. */
  default Optional<BigDecimal> value() {
    return Optional.empty();
  }

  /**
   * The variance is {@code percent} % of the absolute budget, favourable positive, with
   * {@link #SCALE} decimals.
   */
  record Reported(BigDecimal percent) implements Percentage {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public Reported {
      Objects.requireNonNull(percent, "percent");
      if (percent.scale() != SCALE) {
        throw new SociaalDomeinException("", Optional.of(percent.toPlainString()),
            "a reported percentage has exactly " + SCALE + " decimal, as Percentage.of rounds it");
      }
    }

    @Override
    public Optional<BigDecimal> value() {
      return Optional.of(percent);
    }
  }

  /**
   * The budget's absolute value, {@code base} euros, lies below the minimum base {@code minimum}
   * the rule sets for the statement's unit, so no percentage is given. The base is kept without
   * trailing zeros, so that equal bases are equal records whatever unit they were printed in.
   */
  record NotMeaningful(BigDecimal base, Amount minimum) implements Percentage {
    /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
    public NotMeaningful {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(minimum, "minimum");
      base = base.stripTrailingZeros();
      if (base.signum() < 0 || base.compareTo(minimum.toBigDecimal()) >= 0) {
        throw new SociaalDomeinException("", Optional.of(base.toPlainString()),
            "a percentage is not meaningful only for a base from zero up to, not including, the minimum " + minimum);
      }
    }

    @Override
    public String toString() {
      return "NotMeaningful[base=" + base.toPlainString() + ", minimum=" + minimum + "]";
    }
  }

  /** The comparison has no budget column: the statement prints only variances. */
  record NoBudget() implements Percentage {}

  /**
   * {@code variance} as a percentage of {@code |budget|} (both in euros, the variance favourable
   * positive) when {@code |budget|} is at least {@code minimum}: {@code variance / |budget| x 100},
   * rounded to {@link #SCALE} decimals with {@link #ROUNDING}. Otherwise {@link NotMeaningful}.
   */
  static Percentage of(BigDecimal variance, BigDecimal budget, Amount minimum) {
    Objects.requireNonNull(variance, "variance");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(minimum, "minimum");
    BigDecimal base = budget.abs();
    if (!minimum.isPositive()) {
      throw new SociaalDomeinException("", Optional.of(minimum.toString()), "the minimum base of a percentage is positive");
    }
    if (base.compareTo(minimum.toBigDecimal()) < 0) {
      return new NotMeaningful(base, minimum);
    }
    // One division, rounded once with a named mode: variance x 100 / base.
    return new Reported(variance.scaleByPowerOfTen(2).divide(base, SCALE, ROUNDING));
  }
}
