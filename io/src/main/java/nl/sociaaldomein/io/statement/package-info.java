// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Budget statements in CSV (as people paste a published table), in JSON, in tables as people
 * export them (column-mapped CSV) and in {@code .xlsx} workbooks. The formats are documented
 * with complete examples in {@code docs/formats.md}.
 *
 * <p>The column-mapped and workbook forms live here rather than in a package of their own: they
 * make the same statements, write the rows of a workbook as the statement CSV orders them, and
 * name the types of row as it does.
 */
package nl.sociaaldomein.io.statement;
