// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Jackson support: register {@link nl.sociaaldomein.io.json.SociaalDomeinModule} on an
 * {@code ObjectMapper}, or take {@link nl.sociaaldomein.io.json.SociaalDomeinJson#mapper()}.
 * Amounts travel as decimal strings, never as JSON numbers that a reader might turn into
 * binary floating point.
 */
package nl.sociaaldomein.io.json;
