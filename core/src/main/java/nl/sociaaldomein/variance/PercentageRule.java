// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;

/**
 * When a variance's percentage of its budget is worth printing: only where the budget's absolute
 * value is at least the larger of {@code minimumBase} and {@code minimumUnits} units of the
 * statement. Below that the percentage is {@link Percentage.NotMeaningful}.
 *
 * <p>The {@linkplain #DEFAULT default} is EUR 100.000 and 10 units. A percentage says how large a
 * variance is against what was planned; on a small base it says nothing the amount does not
 * (a variance of 1.195.300 on a budget of 10.000 is 11953 %), and councils explain such lines by
 * their amount, whose thresholds run from EUR 10.000 to 500.000 (DOMAIN.md section 5). Below
 * EUR 100.000 a line is small in any programme of the sociaal domein, so its percentage is left
 * out. Ten units keeps the base's own rounding small: a base printed as 10 (thousand) may be off
 * by half a unit, 5 %; for a statement in millions the unit rule wins (10 million), for euros and
 * thousands EUR 100.000.
 *
 * @param minimumBase the smallest absolute budget, in euros, that a percentage is given for
 * @param minimumUnits the smallest absolute budget in units of the statement
 */
public record PercentageRule(Amount minimumBase, long minimumUnits) {

  /** EUR 100.000 and ten units of the statement; see the class comment for why. */
  public static final PercentageRule DEFAULT = new PercentageRule(Amount.ofEuros(100_000), 10);

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public PercentageRule {
    Objects.requireNonNull(minimumBase, "minimumBase");
    if (!minimumBase.isPositive()) {
      // A zero minimum would divide by a zero budget.
      throw new SociaalDomeinException("minimumBase", Optional.of(minimumBase.toString()),
          "the minimum base of a percentage is a positive amount, such as EUR 10000");
    }
    if (minimumUnits < 0 || minimumUnits > 1_000_000) {
      throw new SociaalDomeinException("minimumUnits", Optional.of(Long.toString(minimumUnits)),
          "the minimum base in units of the statement lies between 0 and 1000000");
    }
  }

  /** A percentage for every budget of at least {@code minimumBase} euros, whatever the statement's unit. */
  public static PercentageRule ofMinimumBase(Amount minimumBase) {
    return new PercentageRule(minimumBase, 0);
  }

  /** The smallest absolute budget a percentage is given for in a statement printed in {@code unit}. */
  public Amount minimumBase(EuroUnit unit) {
    Objects.requireNonNull(unit, "unit");
    Amount inUnits = Amount.of(unit.euros().multiply(BigDecimal.valueOf(minimumUnits)));
    return Amount.max(minimumBase, inUnits);
  }
}
