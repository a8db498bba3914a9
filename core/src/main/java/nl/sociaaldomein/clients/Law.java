package nl.sociaaldomein.clients;

import java.util.Locale;

/** The three laws of the sociaal domein whose provisions clients receive. */
public enum Law {
  WMO("Wmo"),
  JEUGDWET("Jeugdwet"),
  PARTICIPATIEWET("Participatiewet");

  private final String dutchName;

  Law(String dutchName) {
    this.dutchName = dutchName;
  }

  public String dutchName() {
    return dutchName;
  }

  /** The law named {@code text}: its Dutch name or constant, in any case ("wmo", "Jeugdwet", "PARTICIPATIEWET"). */
  public static Law parse(String text) {
    String t = text.trim();
    for (Law law : values()) {
      if (law.dutchName.equalsIgnoreCase(t) || law.name().equalsIgnoreCase(t)) {
        return law;
      }
    }
    if (t.toLowerCase(Locale.ROOT).equals("jeugd") || t.toLowerCase(Locale.ROOT).equals("participatie")) {
      return t.toLowerCase(Locale.ROOT).equals("jeugd") ? JEUGDWET : PARTICIPATIEWET;
    }
    throw new IllegalArgumentException("Unknown law \"" + text + "\"; expected Wmo, Jeugdwet or Participatiewet");
  }
}
