// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The library's results as documents people read rather than JShell output: one self-contained
 * HTML file per result (inline CSS, no network, printable on A4) and the same content as
 * Markdown. Figures are written only through {@code nl.sociaaldomein.notation}, and every report
 * states its inputs, the library version and the rules applied, so that it can be reproduced.
 *
 * <p>Core and io do not use this module; it sits on top of both.
 */
package nl.sociaaldomein.report;
