// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import nl.sociaaldomein.SociaalDomeinException;

/** Leveringsvorm: how a provision is delivered. */
public enum DeliveryForm {
  /** Zorg in natura: care in kind, paid to a provider. */
  ZIN,
  /** Persoonsgebonden budget: a personal budget. */
  PGB,
  /** Financiële tegemoetkoming: a financial allowance. */
  FT;

  /** The delivery form {@code text} names ({@code ZIN}, {@code PGB} or {@code FT}); any other text is an error. */
  public static DeliveryForm parse(String text) {
    try {
      return valueOf(java.util.Objects.requireNonNull(text, "text").trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SociaalDomeinException("Unknown delivery form " + Redaction.quote(text) + "; expected ZIN, PGB or FT");
    }
  }
}
