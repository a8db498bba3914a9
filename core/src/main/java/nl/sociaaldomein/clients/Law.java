// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import nl.sociaaldomein.SociaalDomeinException;

/** The three laws of the sociaal domein whose provisions clients receive. */
public enum Law {
  /** The Wet maatschappelijke ondersteuning 2015: support to live independently and take part. */
  WMO("Wmo"),
  /** The Jeugdwet: youth care. */
  JEUGDWET("Jeugdwet"),
  /** The Participatiewet: income support and help towards work. */
  PARTICIPATIEWET("Participatiewet");

  private final String dutchName;

  Law(String dutchName) {
    this.dutchName = dutchName;
  }

  /** The law's name as Dutch files write it: {@code Wmo}, {@code Jeugdwet}, {@code Participatiewet}. */
  public String dutchName() {
    return dutchName;
  }

  /**
   * The law named {@code text}: its Dutch name or constant in any case ("wmo", "Jeugdwet",
   * "PARTICIPATIEWET"), or the short names "Jeugd" and "Participatie" extracts use.
   */
  public static Law parse(String text) {
    String t = java.util.Objects.requireNonNull(text, "text").trim();
    for (Law law : values()) {
      if (law.dutchName.equalsIgnoreCase(t) || law.name().equalsIgnoreCase(t)) {
        return law;
      }
    }
    if (t.equalsIgnoreCase("jeugd")) {
      return JEUGDWET;
    }
    if (t.equalsIgnoreCase("participatie")) {
      return PARTICIPATIEWET;
    }
    throw new SociaalDomeinException("Unknown law " + Redaction.quote(text) + "; expected Wmo, Jeugdwet or Participatiewet");
  }
}
