// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Reference cases: the real documents' figures the library reproduces, with its answers shipped
 * as resources and loadable by name ({@link nl.sociaaldomein.testkit.reference.ReferenceCases}),
 * and the conformance check of another tool's output against them
 * ({@link nl.sociaaldomein.testkit.reference.Conformance}).
 */
package nl.sociaaldomein.testkit.reference;
