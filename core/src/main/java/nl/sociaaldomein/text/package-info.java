// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Plain-text rendering of the library's results, such as the tables of the quickscan
 * ({@link nl.sociaaldomein.text.QuickscanText}). This is the only place that lays out text
 * tables ({@link nl.sociaaldomein.text.TextTable}); every figure, count and percentage in them
 * is written through {@code nl.sociaaldomein.notation}, and every rounding for display names
 * its {@link java.math.RoundingMode}.
 *
 * <p>The package depends on the domain packages and on notation; none of them depends on it.
 */
package nl.sociaaldomein.text;
