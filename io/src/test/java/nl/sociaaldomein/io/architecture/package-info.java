// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/** Layering rules that need core and io on one class path. */
package nl.sociaaldomein.io.architecture;
