// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

/**
 * How a published statement signs its figures (seeds 000 and 002 print expenses positive). Inside this library every
 * value is its effect on the result; a convention says how that is printed.
 */
public enum SignConvention {
  /**
   * Expenses positive, income negative: a line's total is its net cost (seeds 000 and 002).
   * Every row prints as minus its effect on the result.
   */
  EXPENSES_POSITIVE,
  /**
   * Expenses negative, income positive: the net result of a programme is negative when it
   * costs money. Every row prints as its effect on the result.
   */
  INCOME_POSITIVE,
  /**
   * Both positive, result = income - expenses: lines and totals of a kind print as positive
   * amounts of that kind, results as income minus expenses. Variances carry V or N.
   */
  BOTH_POSITIVE,
  /**
   * Both positive, saldo = lasten - baten: lines and totals of a kind print as positive amounts
   * of that kind, results (and saldo lines) as the net cost, so a programme that costs money
   * prints a positive saldo.
   */
  BOTH_POSITIVE_NET_COST;

  /**
   * The sign that turns a canonical value (the effect on the result) of a non-variance cell at
   * {@code place} into the printed one; it is its own inverse.
   */
  public int sign(Place place) {
    return switch (this) {
      case EXPENSES_POSITIVE -> -1;
      case INCOME_POSITIVE -> 1;
      // Lines and totals of a kind print as positive amounts of that kind; results as they are.
      case BOTH_POSITIVE -> place.lineKind().map(LineKind::effectSign).orElse(1);
      case BOTH_POSITIVE_NET_COST -> place.lineKind().filter(k -> k != LineKind.BALANCE).map(LineKind::effectSign).orElse(-1);
    };
  }
}
