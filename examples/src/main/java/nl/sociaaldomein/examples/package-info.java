// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Runnable demos on figures transcribed from real municipal documents (the seeds). They show
 * the library end to end and double as a smoke test of the public API.
 */
package nl.sociaaldomein.examples;
