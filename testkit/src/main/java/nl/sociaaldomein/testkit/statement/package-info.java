// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Random budget statements for property tests: {@link
 * nl.sociaaldomein.testkit.statement.StatementGenerator} gives, per seed, a statement in any sign
 * convention, group and line kind, with exact amounts in cents; {@code generate.Statements} builds
 * its reconciling and inconsistent statements on it. Moved from core's {@code
 * nl.sociaaldomein.statement} in 0.2 (issue 14): generated data is test data, not domain.
 */
package nl.sociaaldomein.testkit.statement;
