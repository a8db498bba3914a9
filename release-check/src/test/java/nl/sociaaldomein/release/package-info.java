// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The release's dry run checked: what every published module deployed to a directory repository
 * in the verify phase holds the files and the pom metadata that Maven Central asks for, and the
 * BOM names every published module.
 */
package nl.sociaaldomein.release;
