// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Results out of the JVM: every result as a tidy CSV table ({@link nl.sociaaldomein.io.export.TidyCsv},
 * {@link nl.sociaaldomein.io.export.TidyTable}) in the Dutch Excel or the plain dialect, and as
 * JSON checked against the schemas under {@code docs/schemas/}
 * ({@link nl.sociaaldomein.io.export.ResultJson}). See {@code docs/export.md}.
 */
package nl.sociaaldomein.io.export;
