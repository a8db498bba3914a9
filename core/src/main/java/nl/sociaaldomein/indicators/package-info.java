// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The mandatory BBV policy indicators (verplichte beleidsindicatoren) as annual reports print
 * them: yearly series of values with their unit, the national comparison where printed, values
 * not yet known or missing, footnote markers, yes/no indicators and the source; and the
 * beleidsindicatoren of an Iv3 delivery as such series, matched to the code list of the year.
 *
 * <p>Values are exact decimals with the scale they were printed with, so that {@code 71,3%} and
 * {@code 71,30%} stay two printings. Dutch text is read and written through
 * {@code nl.sociaaldomein.notation}; the package sits above {@code iv3}, whose figures and code
 * lists it converts.
 */
package nl.sociaaldomein.indicators;
