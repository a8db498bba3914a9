// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import nl.sociaaldomein.SociaalDomeinException;

/**
 * Which way a variance goes for the municipality: voordelig (V) or nadelig (N). In
 * the canonical sign of this library a favourable variance is positive.
 */
public enum Direction {
  /** Voordelig: less spent or more received than budgeted. */
  FAVOURABLE('V'),
  /** Nadelig: more spent or less received than budgeted. */
  UNFAVOURABLE('N');

  private final char letter;

  Direction(char letter) {
    this.letter = letter;
  }

  /** The letter Dutch documents print: V or N. */
  public char letter() {
    return letter;
  }

  /** The direction of the letter {@code V} or {@code N} (either case). */
  public static Direction ofLetter(char letter) {
    switch (Character.toUpperCase(letter)) {
      case 'V':
        return FAVOURABLE;
      case 'N':
        return UNFAVOURABLE;
      default:
        throw new SociaalDomeinException("A direction is V or N, not '" + letter + "'");
    }
  }

  /** The direction of a signed variance in the canonical sign; zero counts as favourable. */
  public static Direction ofSignum(int signum) {
    return signum < 0 ? UNFAVOURABLE : FAVOURABLE;
  }
}
