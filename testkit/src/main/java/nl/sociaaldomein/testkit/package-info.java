// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * A test kit for the test suites of municipal tooling: {@link
 * nl.sociaaldomein.testkit.SociaalDomeinAssertions} (assertions), {@code generate} (generators for
 * property tests), {@code reference} (the seed documents' figures as reference cases, and the
 * conformance check of another tool's output against them), {@code cli} (that check from the
 * command line). See docs/testkit.md.
 */
package nl.sociaaldomein.testkit;
