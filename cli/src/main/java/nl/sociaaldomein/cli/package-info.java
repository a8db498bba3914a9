// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The command line {@code sociaaldomein}: one subcommand per question a controller asks of a
 * file ({@code check}, {@code variance}, {@code savings}, {@code quickscan}, {@code iv3 validate}),
 * and two for tool makers ({@code generate}, {@code conformance}). Each prints its result in the
 * {@link nl.sociaaldomein.cli.Format} asked for and ends with an exit code a script can test:
 * {@value nl.sociaaldomein.cli.Main#CONSISTENT} when all is consistent,
 * {@value nl.sociaaldomein.cli.Main#FINDINGS} when there are findings,
 * {@value nl.sociaaldomein.cli.Main#BAD_INPUT} when the input could not be used. The commands
 * only call the library (core, io, report, testkit); nothing of the library uses them.
 */
package nl.sociaaldomein.cli;
