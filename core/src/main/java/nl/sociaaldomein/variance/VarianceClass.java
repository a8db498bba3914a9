// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Whether a variance recurs: the class an explanation item carries in an annual report's
 * analysis (seed 000 prints I, S, I/S and S* in a column "Incidenteel/Structureel").
 */
public enum VarianceClass {
  /** I: incidenteel, a one-off. */
  INCIDENTAL("I"),
  /** S: structureel, recurring in later years. */
  STRUCTURAL("S"),
  /** I/S: partly one-off, partly recurring. */
  INCIDENTAL_AND_STRUCTURAL("I/S"),
  /** S*: structural, and the structural effect is already processed in the budget (seed 000's footnote). */
  STRUCTURAL_PROCESSED("S*"),
  /** No class printed, as with seed 000's personnel lines. */
  NONE("");

  private final String code;

  VarianceClass(String code) {
    this.code = code;
  }

  /** What documents print: I, S, I/S, S*, or nothing. */
  public String code() {
    return code;
  }

  /** The class printed as {@code code} (I, S, I/S, S*; blank for none), case and spaces ignored. */
  public static VarianceClass ofCode(String code) {
    String wanted = Objects.requireNonNull(code, "code").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    for (VarianceClass c : values()) {
      if (c.code.equals(wanted)) {
        return c;
      }
    }
    throw new SociaalDomeinException("", java.util.Optional.of(code),
        "a variance class is I (incidenteel), S (structureel), I/S, S* or blank");
  }

  /**
   * The class a "Structureel" column of J and N gives: structural for ja, incidental for nee.
   * (There N means nee, not nadelig.)
   */
  public static VarianceClass ofStructural(boolean structural) {
    return structural ? STRUCTURAL : INCIDENTAL;
  }

  /** Whether the variance recurs, wholly or in part: S, S* and I/S. */
  public boolean recurs() {
    return this == STRUCTURAL || this == STRUCTURAL_PROCESSED || this == INCIDENTAL_AND_STRUCTURAL;
  }
}
