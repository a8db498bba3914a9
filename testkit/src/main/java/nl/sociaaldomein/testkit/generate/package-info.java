// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Seeded, reproducible generators of test data for property tests: each a {@link
 * nl.sociaaldomein.testkit.generate.Generator}, usable from QuickTheories ({@code gen()}, which
 * shrinks) and as a plain factory from any framework ({@code seeded(seed).next()}). Every value
 * carries what a test needs to know about it: the figure a text must give, the index of the
 * mistake, the inconsistent cell, the gap, the totals.
 */
package nl.sociaaldomein.testkit.generate;
