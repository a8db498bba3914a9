// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A rounding the user states for one result, as the document applied it: to the nearest
 * {@code step} with {@code mode} ("€ 232.000,-" for 231.840 is 1.000, HALF_UP). A model rounds
 * nowhere else, so it is exact up to the roundings it names.
 *
 * @param step the positive multiple to round to: 1000 for whole thousands, 0.01 for cents
 * @param mode how to round; {@link RoundingMode#UNNECESSARY} asserts that no rounding is needed
 */
public record Rounding(BigDecimal step, RoundingMode mode) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Rounding {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(mode, "mode");
    if (step.signum() <= 0) {
      throw new SociaalDomeinException("rounding step", Optional.of(step.toPlainString()),
          "the step must be positive");
    }
    step = Figures.canonical(step);
  }

  /** To the nearest multiple of {@code step} euros or units: {@code toNearest(1000, HALF_UP)}. */
  public static Rounding toNearest(long step, RoundingMode mode) {
    return new Rounding(BigDecimal.valueOf(step), mode);
  }

  /**
   * {@code value} rounded to a multiple of {@link #step()}; with {@link RoundingMode#UNNECESSARY}
   * throws when {@code value} is no such multiple.
   */
  public BigDecimal apply(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    // Dividing by the step is exact (a power of ten or not, the quotient is rounded to whole
    // steps at once), so the value is rounded once, with mode, as stated.
    BigDecimal steps;
    try {
      steps = value.divide(step, 0, mode);
    } catch (ArithmeticException e) {
      throw new SociaalDomeinException("rounding to " + step.toPlainString() + " " + mode,
          Optional.of(value.toPlainString()), "is not a multiple of the step, and the mode allows no rounding", e);
    }
    return Figures.canonical(steps.multiply(step));
  }
}
