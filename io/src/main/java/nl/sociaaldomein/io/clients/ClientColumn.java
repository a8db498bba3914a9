// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of the client and payment files, with the header names it is recognised by: the
 * English name and its Dutch aliases, in any case, with or without spaces, hyphens or
 * underscores ({@code delivery_form}, {@code Delivery Form}, {@code LEVERINGSVORM}).
 */
public enum ClientColumn {
  /** The citizen service number; pseudonymised as soon as it is read, never kept. */
  BSN("bsn", "burgerservicenummer"),
  /** The year of the payment or of the client record. */
  YEAR("year", "jaar"),
  /** The law the provision falls under: Wmo, Jeugdwet or Participatiewet. */
  LAW("law", "wet"),
  /** The provision (voorziening) paid for. */
  PROVISION("provision", "voorziening"),
  /** The provider (aanbieder) paid. */
  PROVIDER("provider", "aanbieder"),
  /** The amount paid, in euros. */
  AMOUNT("amount", "bedrag"),
  /** The delivery form: in kind (ZIN), a personal budget (PGB) or a fixed-price service (FT). */
  DELIVERY_FORM("delivery_form", "leveringsvorm"),
  /** Who referred the client (verwijzer): the municipality, a GP, a court, ... */
  REFERRER("referrer", "verwijzer"),
  /** The intensity level of the intervention (interventieniveau). */
  LEVEL("level", "niveau", "interventieniveau"),
  /** The client's age in whole years. */
  AGE("age", "leeftijd"),
  /** The phase of the client's trajectory, as the source names it (free text). */
  PHASE("phase", "fase"),
  /** The client's qualification (startkwalificatie), as the source names it (free text). */
  QUALIFICATION("qualification", "kwalificatie", "startkwalificatie"),
  /** The id of the client's household (often a BSN or an address), pseudonymised as soon as it is read. */
  HOUSEHOLD("household", "huishouden");

  private final String header;
  private final List<String> aliases;

  ClientColumn(String header, String... aliases) {
    this.header = header;
    this.aliases = List.of(aliases);
  }

  /** The header a writer should use: {@code bsn}, {@code delivery_form}, ... */
  public String header() {
    return header;
  }

  /** The Dutch header names also recognised. */
  public List<String> aliases() {
    return aliases;
  }

  /** The column a header names; empty for a header this library does not read. */
  public static Optional<ClientColumn> ofHeader(String name) {
    String key = normalise(name);
    for (ClientColumn c : values()) {
      if (normalise(c.header).equals(key)) {
        return Optional.of(c);
      }
      for (String alias : c.aliases) {
        if (normalise(alias).equals(key)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** The header and its aliases, for messages: {@code "amount" (or "bedrag")}. */
  String described() {
    StringBuilder out = new StringBuilder("\"").append(header).append('"');
    if (!aliases.isEmpty()) {
      out.append(" (or ");
      for (int i = 0; i < aliases.size(); i++) {
        out.append(i == 0 ? "" : ", ").append('"').append(aliases.get(i)).append('"');
      }
      out.append(')');
    }
    return out.toString();
  }

  private static String normalise(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '\uFEFF' && c != '_' && c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
