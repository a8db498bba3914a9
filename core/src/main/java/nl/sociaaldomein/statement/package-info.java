// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Budget statements (overzichten van baten en lasten): programmes of groups of lines, any
 * number of budget columns, the three sign conventions of published statements, and the
 * cell-by-cell reconciliation of a statement as printed.
 *
 * <p>Inside, every value has one canonical meaning: its effect on the result, income and
 * withdrawals from reserves positive, expenses and additions to reserves negative. A
 * {@link nl.sociaaldomein.statement.SignConvention} only says how values are printed, so
 * converting a statement to another convention loses nothing.
 */
package nl.sociaaldomein.statement;
