// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Synthetic client and payment data, calibrated to the Hoogeveen quickscan (seed 004, annex
 * 5b), because real client records are personal data that cannot be shared, and the library's
 * aggregations, readers and benchmarks still need realistic data in quantity: the same
 * distributions and published totals as the quickscan at scale 1, and national size (10 million
 * payments) at a larger scale.
 *
 * <p>{@link nl.sociaaldomein.testkit.clients.ClientDataGenerator} streams
 * {@link nl.sociaaldomein.testkit.clients.SyntheticClient}s from
 * {@link nl.sociaaldomein.testkit.clients.GeneratorSettings} (seed, scale, payment density);
 * {@link nl.sociaaldomein.testkit.clients.QuickscanCalibration} holds the published figures it
 * reproduces, {@link nl.sociaaldomein.testkit.clients.GenerationPlan} the exact counts and costs
 * of a run; {@link nl.sociaaldomein.testkit.clients.SyntheticDataWriter} writes a run as the client
 * and payment files io reads. Money is exact cents throughout; shares and fits are exact decimals.
 *
 * <p>Moved from core's {@code nl.sociaaldomein.clients.generator} and io's
 * {@code nl.sociaaldomein.io.clients.generator} in 0.2 (issue 14): generated data is test data, not
 * domain, and the demo, the benchmarks and the reference cases use it from here.
 */
package nl.sociaaldomein.testkit.clients;
