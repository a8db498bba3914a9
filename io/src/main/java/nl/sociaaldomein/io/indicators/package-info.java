// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Reading and writing BBV policy indicators: {@link nl.sociaaldomein.io.indicators.IndicatorCsv}
 * for the tables annual reports print (a name column, an optional unit column, a column per
 * year, an optional national comparison per year and a {@code Bron} column), and
 * {@link nl.sociaaldomein.io.indicators.Iv3IndicatorReader} for the beleidsindicatoren of an Iv3
 * delivery. See {@code docs/indicators.md}.
 */
package nl.sociaaldomein.io.indicators;
