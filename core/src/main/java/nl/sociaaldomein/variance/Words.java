// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.PercentageFormat;

/** Figures in the words of this package's reasons, always written by the notation package. */
final class Words {

  private Words() {}

  /** {@code € 50.000}, or {@code € 50.000,50} when there are cents: exactly, never rounded. */
  static String euros(Amount amount) {
    return FigureFormat.exactEuros(amount).format(amount, RoundingMode.UNNECESSARY);
  }

  /** {@code 5 %}, {@code 2,5 %}: with the decimals the percentage has, never rounded. */
  static String percent(BigDecimal percent) {
    BigDecimal stripped = percent.stripTrailingZeros();
    return PercentageFormat.of(Math.max(0, stripped.scale()), RoundingMode.UNNECESSARY).withSpace(true).format(stripped);
  }
}
