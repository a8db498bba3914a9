// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

/**
 * How a line of a plan works over the years. Costs are lines of their own kind rather than a
 * separate type because a plan lists them beside its measures (seed 004's invoeringskosten) with
 * the same id, domain, years and status.
 */
public enum Kind {
  /** A saving that, once started, counts in every later year. */
  STRUCTURAL,
  /** A saving that counts from its first to its last year only. */
  INCIDENTAL,
  /** Spending (such as implementation costs) from its first to its last year; it lowers the net. */
  COST
}
