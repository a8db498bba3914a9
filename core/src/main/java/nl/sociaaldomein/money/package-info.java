// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Exact money: {@link nl.sociaaldomein.money.Amount} (euro cents), the units figures are printed
 * in, {@link nl.sociaaldomein.money.PrintedFigure} with the interval its rounding leaves,
 * {@link nl.sociaaldomein.money.AmountRange} for ranges and p.m. items, and the two directions
 * of rounding reconciliation: {@link nl.sociaaldomein.money.TotalCheck} (do printed parts and
 * total agree?) and {@link nl.sociaaldomein.money.RoundedTable} (round so that they do).
 *
 * <p>No {@code double} or {@code float} appears here: an architecture test keeps it so.
 */
package nl.sociaaldomein.money;
