// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

/** A row of a jaarschijf: what a phasing cell adds up. */
public enum Line {
  /** Savings that recur every year from the measure's first year on. */
  STRUCTURAL,
  /** Savings of one or a few years only. */
  INCIDENTAL,
  /** What the measures cost, such as an investment to make a saving possible. */
  COSTS,
  /** Structural plus incidental savings minus costs. */
  NET
}
