// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

/**
 * The side of the balance sheet a balance code is on. The 2020-2026 definitions put the codes
 * under {@code Tot_Act} and {@code Tot_Pas}; the 2017-2019 files have only the groups
 * {@code A1}, {@code A2}, {@code P1}, {@code P2}, whose first letter tells.
 */
public enum Iv3BalanceSide {
  /** The assets side of the balance sheet. */
  ACTIVA,
  /** The liabilities side of the balance sheet. */
  PASSIVA
}
