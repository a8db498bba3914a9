// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Savings plans in CSV: one row per measure or cost, with amounts that are exact, ranges or
 * {@code p.m.}, as municipalities keep them in spreadsheets; and in JSON the plans, calculation
 * models, sets of models and scenarios a user keeps, read and written, with what is computed from
 * them written for reports. Both formats are documented with complete examples in
 * {@code docs/formats.md} ("Savings CSV", "Savings JSON").
 */
package nl.sociaaldomein.io.savings;
