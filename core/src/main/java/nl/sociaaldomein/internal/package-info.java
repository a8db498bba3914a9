// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Helpers shared by the packages of this library. Not part of its API: they may change in any
 * release.
 */
package nl.sociaaldomein.internal;
