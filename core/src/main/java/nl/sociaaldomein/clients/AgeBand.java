// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import nl.sociaaldomein.SociaalDomeinException;

/**
 * Age bands for cost per age: the school ages of youth care (seed 004 points at the 15-17 year
 * olds) and the life stages of the Wmo and Participatiewet.
 */
public enum AgeBand {
  AGE_0_3(0, 3),
  AGE_4_11(4, 11),
  AGE_12_14(12, 14),
  AGE_15_17(15, 17),
  AGE_18_26(18, 26),
  AGE_27_44(27, 44),
  AGE_45_64(45, 64),
  AGE_65_74(65, 74),
  AGE_75_84(75, 84),
  AGE_85_PLUS(85, 150);

  private final int from;
  private final int to;

  AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  public int from() {
    return from;
  }

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
