// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * JMH benchmarks for the library. They live in their own module and package so that the figures
 * in {@code docs/benchmarks.md} can be reproduced with one jar ({@code java -jar
 * benchmarks/target/benchmarks.jar}) without putting JMH on the library's classpath, and so that
 * speed is measured here, under controlled warm-up and forking, instead of being asserted in
 * tests, where timings on shared machines are noise.
 */
package nl.sociaaldomein.benchmarks;
