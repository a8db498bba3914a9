// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Calculation models: how a savings measure's amount follows from named drivers (clients, share
 * affected, minutes per week, price per minute, weeks per year, FTE, overhead), as council
 * documents print the calculation behind each claimed saving.
 *
 * <p>Arithmetic is exact ({@link java.math.BigDecimal}) so that a model equals the product of its
 * drivers until a {@link nl.sociaaldomein.savings.model.Rounding} the user states; documents round
 * intermediates ("€ 232.000,- per jaar" for 231.840) and the model shows both. A
 * {@link nl.sociaaldomein.savings.model.CalculationModel} sets gains against costs and compares
 * the net with the amount the document claims, and explains itself in Dutch notation written by
 * {@link nl.sociaaldomein.notation}.
 */
package nl.sociaaldomein.savings.model;
