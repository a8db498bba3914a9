// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

/**
 * What a driver's number measures. The kind decides how the number enters a product (a
 * percentage as a fraction), how a derivation prints it, and whether a result is money.
 */
public enum DriverKind {
  /** Clients, groups, cases: a whole number. */
  COUNT,
  /** A share or reduction, given as percent: 25 for 25 %; it multiplies as 0,25. */
  PERCENTAGE,
  /** Euros: a price, a cost per client or per FTE, a fixed cost. */
  EUROS,
  /** Minutes, for instance per client per week. */
  MINUTES,
  /** Hours, for instance per client per week. */
  HOURS,
  /** Weeks, for instance per year. */
  WEEKS,
  /** Full-time equivalents. */
  FTE,
  /** Any other plain factor. */
  NUMBER;

  /** Whether a negative number is meaningful: only euros and plain factors may be negative. */
  boolean allowsNegative() {
    return this == EUROS || this == NUMBER;
  }
}
