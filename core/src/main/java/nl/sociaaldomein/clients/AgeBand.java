// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import nl.sociaaldomein.SociaalDomeinException;

/**
 * Age bands for cost per age: the school ages of youth care (seed 004 points at the 15-17 year
 * olds) and the life stages of the Wmo and Participatiewet.
 */
public enum AgeBand {
  /** Aged 0 to 3 years, both included. */
  AGE_0_3(0, 3),
  /** Aged 4 to 11 years, both included. */
  AGE_4_11(4, 11),
  /** Aged 12 to 14 years, both included. */
  AGE_12_14(12, 14),
  /** Aged 15 to 17 years, both included. */
  AGE_15_17(15, 17),
  /** Aged 18 to 26 years, both included. */
  AGE_18_26(18, 26),
  /** Aged 27 to 44 years, both included. */
  AGE_27_44(27, 44),
  /** Aged 45 to 64 years, both included. */
  AGE_45_64(45, 64),
  /** Aged 65 to 74 years, both included. */
  AGE_65_74(65, 74),
  /** Aged 75 to 84 years, both included. */
  AGE_75_84(75, 84),
  /** Aged 85 years or more (150 is the oldest age a record may hold). */
  AGE_85_PLUS(85, 150);

  private final int from;
  private final int to;

  AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /** The youngest age in the band, in whole years. */
  public int from() {
    return from;
  }

  /** The oldest age in the band, in whole years, included. */
  public int to() {
    return to;
  }

  /** The band of {@code age} in whole years, 0 to 150. */
  public static AgeBand of(int age) {
    for (AgeBand b : values()) {
      if (age >= b.from && age <= b.to) {
        return b;
      }
    }
    throw new SociaalDomeinException("Age " + age + " is not between 0 and 150");
  }

  @Override
  public String toString() {
    return this == AGE_85_PLUS ? "85+" : from + "-" + to;
  }
}
