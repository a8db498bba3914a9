// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

/** How a municipality groups the lines of a programme. */
public enum GroupKind {
  /** A national taakveld, such as 6.1. */
  TAAKVELD,
  /** A municipality's own product. */
  PRODUCT,
  /** A doelenboom (goal tree), as in seed 002. */
  DOELENBOOM,
  /** Any other named group. */
  OTHER
}
