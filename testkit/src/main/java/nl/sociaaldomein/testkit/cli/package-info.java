// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The testkit from the command line: {@code java -jar sociaaldomein-testkit-<version>-cli.jar
 * conformance <case> <file>}.
 */
package nl.sociaaldomein.testkit.cli;
