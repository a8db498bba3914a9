package nl.sociaaldomein.clients;

import java.util.Locale;

/**
 * Interventieniveau of one region's youth-care purchasing: 4 to 6 ambulant (light to
 * intensive), 7 day care, 8 residential; "aspecifiek" since 2020; and none.
 */
public enum IntensityLevel {
  LEVEL_4("4"),
  LEVEL_5("5"),
  LEVEL_6("6"),
  LEVEL_7("7"),
  LEVEL_8("8"),
  ASPECIFIEK("Aspecifiek"),
  NONE("Geen niveau");

  private final String dutchName;

  IntensityLevel(String dutchName) {
    this.dutchName = dutchName;
  }

  /** The level as the quickscan prints it: "4" to "8", "Aspecifiek", "Geen niveau". */
  public String dutchName() {
    return dutchName;
  }

  public static IntensityLevel parse(String text) {
    String t = text.trim();
    for (IntensityLevel l : values()) {
      if (l.dutchName.equalsIgnoreCase(t) || l.name().equalsIgnoreCase(t)) {
        return l;
      }
    }
    if (t.toLowerCase(Locale.ROOT).equals("geen")) {
      return NONE;
    }
    throw new IllegalArgumentException("Unknown intensity level \"" + text + "\"; expected 4 to 8, Aspecifiek or Geen niveau");
  }
}
