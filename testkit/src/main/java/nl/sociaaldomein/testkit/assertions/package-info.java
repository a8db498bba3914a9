// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * AssertJ assertions that read as the domain does; reach them through
 * {@link nl.sociaaldomein.testkit.SociaalDomeinAssertions#assertThat}. Their failure messages
 * name the cell, the printed value, the allowed range and the difference, in the library's own
 * words (its inconsistencies and findings) and Dutch notation.
 */
package nl.sociaaldomein.testkit.assertions;
