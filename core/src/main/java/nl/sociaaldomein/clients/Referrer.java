// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/** Verwijzer: who referred a young person to youth care, as seed 004 figure 2.4 lists them. */
public enum Referrer {
  /** The municipality, through its access team (toegang, wijkteam). */
  MUNICIPALITY("GEMEENTE", "Gemeente"),
  /** A general practitioner (huisarts). */
  GENERAL_PRACTITIONER("HUISARTS", "Huisarts"),
  /** A certified institution (gecertificeerde instelling) for child protection. */
  CERTIFIED_INSTITUTION("GECERTIFICEERDE_INSTELLING", "Gecertificeerde instelling"),
  /** A court, the child protection board or the public prosecutor. */
  COURT("RECHTER", "Rechter, Kinderbescherming of Officier van Justitie"),
  /** A youth doctor (jeugdarts). */
  YOUTH_DOCTOR("JEUGDARTS", "Jeugdarts"),
  /** A medical specialist. */
  MEDICAL_SPECIALIST("MEDISCH_SPECIALIST", "Medisch specialist"),
  /** No referrer, the client themselves, or a referrer not known. */
  NONE("GEEN", "Geen, zelf of onbekende verwijzer");

  private final String code;
  private final String dutchName;

  Referrer(String code, String dutchName) {
    this.code = code;
    this.dutchName = dutchName;
  }

  /** The referrer as the quickscan prints it: "Huisarts", "Gecertificeerde instelling". */
  public String dutchName() {
    return dutchName;
  }

  /**
   * The code files and JSON write for this referrer ({@code HUISARTS}): the Dutch constant name
   * it had before identifiers became English, kept so that written data stays readable.
   */
  public String code() {
    return code;
  }

  /**
   * The referrer named {@code text}: its Dutch name, its code or its constant, in any case, with
   * spaces for underscores; or "GI" for a certified institution.
   */
  public static Referrer parse(String text) {
    String t = Objects.requireNonNull(text, "text").trim();
    String underscored = t.replace(' ', '_');
    for (Referrer r : values()) {
      if (r.dutchName.equalsIgnoreCase(t) || r.code.equalsIgnoreCase(underscored)
          || r.name().equalsIgnoreCase(underscored)) {
        return r;
      }
    }
    if (t.toLowerCase(Locale.ROOT).equals("gi")) {
      return CERTIFIED_INSTITUTION;
    }
    throw new SociaalDomeinException("Unknown referrer " + Redaction.quote(text));
  }
}
