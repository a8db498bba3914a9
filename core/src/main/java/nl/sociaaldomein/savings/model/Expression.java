// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.math.BigDecimal;

/**
 * A node of a calculation: a {@link Driver}, a {@link Product} or {@link Sum} of nodes, or a
 * {@link Result} that names and optionally rounds a node. Every value is exact; only a Result
 * with a stated {@link Rounding} rounds.
 */
public sealed interface Expression permits Driver, Product, Sum, Result {

  /** The exact value, percentages already as fractions (25 % is 0,25). */
  BigDecimal value();

  /** Whether the value is an amount of euros (exactly one euro factor in each product). */
  boolean isMoney();

  /**
   * The formula with its numbers in Dutch notation, as a document prints it:
   * {@code 100 x (60 x 0,84)}.
   */
  String formula();
}
