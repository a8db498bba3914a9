// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * sociaaldomein: exact, verifiable calculations for the finance of the Dutch sociaal domein.
 * Start at {@link nl.sociaaldomein.money} and {@link nl.sociaaldomein.notation}.
 */
package nl.sociaaldomein;
