/**
 * Synthetic client and payment data, calibrated to the Hoogeveen quickscan (seed 004, annex
 * 5b), because real client records are personal data that cannot be shared, and the library's
 * aggregations, readers and benchmarks still need realistic data in quantity: the same
 * distributions and published totals as the quickscan at scale 1, and national size (10 million
 * payments) at a larger scale.
 *
 * <p>{@link nl.sociaaldomein.clients.generator.ClientDataGenerator} streams
 * {@link nl.sociaaldomein.clients.generator.SyntheticClient}s from
 * {@link nl.sociaaldomein.clients.generator.GeneratorSettings} (seed, scale, payment density);
 * {@link nl.sociaaldomein.clients.generator.QuickscanCalibration} holds the published figures it
 * reproduces, {@link nl.sociaaldomein.clients.generator.GenerationPlan} the exact counts and costs
 * of a run. Money is exact cents throughout; shares and fits are exact decimals.
 */
package nl.sociaaldomein.clients.generator;
