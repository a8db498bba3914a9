// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.taakveld;

/** The reasons core gives, written out once for the tests of every reader that passes them on. */
final class Reasons {

  private Reasons() {}

  /** Why {@code text} is no taakveld code, as {@code TaakveldCode.parse} says it. */
  static String notACode(String text) {
    return "\"" + text + "\" is not a taakveld code: expected a hoofdtaakveld such as \"6.\" or \"6\", a taakveld"
        + " such as \"6.71\" or \"0.10\", or a sub-taakveld such as \"6.71a\" or \"6.711\" (codes are written with a"
        + " dot, not a comma)";
  }
}
