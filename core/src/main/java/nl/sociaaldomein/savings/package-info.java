// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Savings programmes (bezuinigingsprogramma's): measures whose amounts are exact, ranged or
 * {@code p.m.}, their phasing per year and domain (jaarschijf), and the comparison with a
 * savings target (taakstelling).
 *
 * <p>Every total here is an interval ({@link nl.sociaaldomein.money.AmountRange}) because the
 * lists councils print hold ranges and {@code p.m.} items; one number is given only through an
 * explicit {@link nl.sociaaldomein.savings.PointRule}, so that a printed figure always says which
 * end of its interval it is.
 */
package nl.sociaaldomein.savings;
