// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import java.util.Objects;

/**
 * One place where another tool's output differs from a reference case's answer.
 *
 * @param kind what differs, and whether it counts as an error
 * @param place where: the cell of the statement or the row and column of the table
 * @param expected the answer there, as the answer prints it; blank where there is none
 * @param actual the output there, as it prints it; blank where there is none
 * @param detail the difference and the bound, or why the output cannot be compared
 */
public record Difference(Kind kind, String place, String expected, String actual, String detail) {

  public Difference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(detail, "detail");
  }

  /** What differs. Only {@link #ROUNDING} leaves the output conformant. */
  public enum Kind {
    /** The figures differ by no more than their rounding explains: not an error. */
    ROUNDING,
    /** The figures differ beyond their rounding bound. */
    DIFFERENT,
    /** The answer has a figure or row the output lacks. */
    MISSING,
    /** The output has a figure or row the answer lacks. */
    UNEXPECTED,
    /** The output's cell cannot be read as a figure. */
    UNREADABLE;

    public boolean isError() {
      return this != ROUNDING;
    }
  }

  public boolean isError() {
    return kind.isError();
  }

  @Override
  public String toString() {
    return kind + " " + place + ": expected " + (expected.isEmpty() ? "nothing" : expected) + ", found "
        + (actual.isEmpty() ? "nothing" : actual) + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
