// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Client-level cost analysis, as in the Hoogeveen quickscan (seed 004, annex 5b): client and
 * payment records of the Wmo, Jeugdwet and Participatiewet, pseudonymised at read, held in a
 * columnar dataset, and aggregated to unique clients, costs and averages per group, stacking
 * across laws and provider concentration.
 *
 * <p>A BSN is personal data: it is validated and turned into a keyed-hash pseudonym as soon as
 * it is read, and it never appears in a {@code toString}, a message or a log.
 */
package nl.sociaaldomein.clients;
