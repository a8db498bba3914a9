// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Variance analysis of a budget statement: the variance of every row with its direction (V or
 * N), the council's materiality rules that decide which variances need an explanation, the
 * explanations a document prints reconciled to the statement, and the budget-legality report
 * (begrotingsrechtmatigheid).
 *
 * <p>Every amount here is a variance as its effect on the result: favourable (voordelig)
 * positive, whatever convention the statement prints in. Amounts taken from printed figures
 * carry the rounding bound of those figures.
 */
package nl.sociaaldomein.variance;
