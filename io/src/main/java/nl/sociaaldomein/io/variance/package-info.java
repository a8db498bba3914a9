// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Explanations of a statement's variances in CSV, as a controller fills them in a spreadsheet:
 * items and sub-items, each naming the statement row it explains by its printed labels. The
 * format is documented with a complete example in {@code docs/formats.md} ("Explanation CSV").
 */
package nl.sociaaldomein.io.variance;
