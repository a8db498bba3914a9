// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Interventieniveau of one region's youth-care purchasing: 4 to 6 ambulant (light to
 * intensive), 7 day care, 8 residential; non-specific ("aspecifiek") since 2020; and none.
 */
public enum IntensityLevel {
  /** Level 4, the first of the numbered levels (4 to 8). */
  LEVEL_4("LEVEL_4", "4"),
  /** Level 5. */
  LEVEL_5("LEVEL_5", "5"),
  /** Level 6. */
  LEVEL_6("LEVEL_6", "6"),
  /** Level 7. */
  LEVEL_7("LEVEL_7", "7"),
  /** Level 8, the last of the numbered levels. */
  LEVEL_8("LEVEL_8", "8"),
  /** Help that no level describes (aspecifiek). */
  NON_SPECIFIC("ASPECIFIEK", "Aspecifiek"),
  /** No level recorded (geen niveau). */
  NONE("NONE", "Geen niveau");

  private final String code;
  private final String dutchName;

  IntensityLevel(String code, String dutchName) {
    this.code = code;
    this.dutchName = dutchName;
  }

  /** The level as the quickscan prints it: "4" to "8", "Aspecifiek", "Geen niveau". */
  public String dutchName() {
    return dutchName;
  }

  /**
   * The code JSON writes for this level ({@code LEVEL_5}, {@code ASPECIFIEK}): the constant name
   * it had before identifiers became English, kept so that written data stays readable.
   */
  public String code() {
    return code;
  }

  /** The level named {@code text}: its Dutch name, code or constant in any case, or "Geen". */
  public static IntensityLevel parse(String text) {
    String t = Objects.requireNonNull(text, "text").trim();
    for (IntensityLevel l : values()) {
      if (l.dutchName.equalsIgnoreCase(t) || l.code.equalsIgnoreCase(t) || l.name().equalsIgnoreCase(t)) {
        return l;
      }
    }
    if (t.toLowerCase(Locale.ROOT).equals("geen")) {
      return NONE;
    }
    throw new SociaalDomeinException("Unknown intensity level " + Redaction.quote(text) + "; expected 4 to 8, Aspecifiek or Geen niveau");
  }
}
