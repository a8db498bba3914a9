// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

/** A word before a figure that says it is not meant exactly, as in "ruim € 3 miljoen". */
public enum Qualifier {
  /** "circa", "ca.", "ongeveer", "zo'n": about. */
  ABOUT("circa"),
  /** "ruim": somewhat more than. */
  MORE_THAN("ruim"),
  /** "bijna": almost, so somewhat less than. */
  LESS_THAN("bijna");

  private final String dutchName;

  Qualifier(String dutchName) {
    this.dutchName = dutchName;
  }

  /** The Dutch word this library writes for the qualifier. */
  public String dutchName() {
    return dutchName;
  }
}
