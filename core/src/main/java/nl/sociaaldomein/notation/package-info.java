// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Dutch notation: {@link nl.sociaaldomein.notation.DutchNotation} reads every form municipal
 * documents print ({@code € -26.760}, {@code 1,9 miljoen}, {@code p.m. (10.000 - 50.000)},
 * {@code 120 V}, {@code 71,3%}) and refuses what it cannot read unambiguously, naming the text,
 * the index and the reason; {@link nl.sociaaldomein.notation.FigureFormat} writes figures,
 * {@link nl.sociaaldomein.notation.PercentageFormat} percentages and
 * {@link nl.sociaaldomein.notation.CountFormat} counts, so that they read back to the same value;
 * {@link nl.sociaaldomein.notation.IndicatorText} reads and writes the cells of policy-indicator
 * tables (numbers, {@code nog niet bekend}, {@code -}, {@code Ja}, {@code Nee}, {@code gereed},
 * footnote markers such as {@code 306*}).
 *
 * <p>This package is the one reader and writer of Dutch text. It builds on {@code money}, which
 * knows nothing of it.
 */
package nl.sociaaldomein.notation;
