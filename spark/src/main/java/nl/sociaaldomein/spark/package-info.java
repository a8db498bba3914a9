// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The client-level analysis of {@code nl.sociaaldomein.clients} on Apache Spark: payments and
 * client records read into {@code Dataset}s with every BSN validated and pseudonymised on the
 * executors ({@link nl.sociaaldomein.spark.SparkClientReader}), the data annex's rules and every
 * aggregation of the quickscan as Spark's own group-by with exact distinct counts
 * ({@link nl.sociaaldomein.spark.SparkClientDataset}), and the results as the library's own
 * result types, equal to the local engine's. See {@code docs/spark.md}.
 */
package nl.sociaaldomein.spark;
