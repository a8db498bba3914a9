// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

/** A row of a jaarschijf: what a phasing cell adds up. */
public enum Line {
  STRUCTURAL,
  INCIDENTAL,
  COSTS,
  /** Structural plus incidental savings minus costs. */
  NET
}
