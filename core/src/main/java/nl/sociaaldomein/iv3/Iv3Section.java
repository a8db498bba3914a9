// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

/** The sections of a delivery's {@code data}, each with its key in the JSON. */
public enum Iv3Section {
  /** Expenses by taakveld and category. */
  LASTEN("lasten"),
  /** Income by taakveld and category. */
  BATEN("baten"),
  /** Balance-sheet movements on the expenses side. */
  BALANS_LASTEN("balans_lasten"),
  /** Balance-sheet movements on the income side. */
  BALANS_BATEN("balans_baten"),
  /** Balance-sheet positions. */
  BALANS_STANDEN("balans_standen"),
  /** Financial ratios: figures, not bookings. */
  KENGETALLEN("kengetallen"),
  /** Policy indicators: figures, not bookings. */
  BELEIDSINDICATOREN("beleidsindicatoren");

  private final String key;

  Iv3Section(String key) {
    this.key = key;
  }

  /** The key in the JSON, and the {@code <onderdeel>} of CBS's messages. */
  public String key() {
    return key;
  }
}
