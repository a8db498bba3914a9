// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.util.Objects;
import nl.sociaaldomein.money.Amount;

/**
 * One number chosen from an interval, kept with the rule that chose it so that the two are
 * never printed apart.
 */
public record Point(Amount amount, PointRule rule) {

  /** Rejects a missing component. */
  public Point {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rule, "rule");
  }

  /** {@code EUR 1473000.00 (lower end)}. */
  @Override
  public String toString() {
    return amount + " (" + rule.label() + ")";
  }
}
