// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/** Helpers of the testkit's packages; not API, may change in any release. */
package nl.sociaaldomein.testkit.internal;
