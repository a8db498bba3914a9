// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/** Architecture rules, checked with ArchUnit on the compiled classes of core. */
package nl.sociaaldomein.architecture;
