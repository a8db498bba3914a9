package nl.sociaaldomein.clients;

import java.util.Locale;

/** Verwijzer: who referred a young person to youth care, as seed 004 figure 2.4 lists them. */
public enum Referrer {
  GEMEENTE("Gemeente"),
  HUISARTS("Huisarts"),
  GECERTIFICEERDE_INSTELLING("Gecertificeerde instelling"),
  RECHTER("Rechter, Kinderbescherming of Officier van Justitie"),
  JEUGDARTS("Jeugdarts"),
  MEDISCH_SPECIALIST("Medisch specialist"),
  GEEN("Geen, zelf of onbekende verwijzer");

  private final String dutchName;

  Referrer(String dutchName) {
    this.dutchName = dutchName;
  }

  public String dutchName() {
    return dutchName;
  }

  public static Referrer parse(String text) {
    String t = text.trim();
    for (Referrer r : values()) {
      if (r.dutchName.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t.replace(' ', '_'))) {
        return r;
      }
    }
    if (t.toLowerCase(Locale.ROOT).equals("gi")) {
      return GECERTIFICEERDE_INSTELLING;
    }
    throw new IllegalArgumentException("Unknown referrer \"" + text + "\"");
  }
}
