// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Reading and writing the values of sociaaldomein-core as JSON and CSV. Core stays free of IO;
 * everything that touches files, streams or serialisation libraries lives here.
 */
package nl.sociaaldomein.io;
