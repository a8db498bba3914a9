// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

/**
 * Writes counts (clients, payments, providers) in Dutch notation, with a dot between groups of
 * three digits: {@code 8.070}. A count is a whole number, not an amount: it has no unit, no euro
 * sign and nothing to round. {@code DutchNotation.parseFigure} reads it back in
 * {@code EuroUnit.EUROS}.
 */
public final class CountFormat {

  private CountFormat() {}

  /** {@code 8.070}, {@code -12}, {@code 0}. */
  public static String format(long count) {
    return Digits.signed(java.math.BigDecimal.valueOf(count));
  }
}
