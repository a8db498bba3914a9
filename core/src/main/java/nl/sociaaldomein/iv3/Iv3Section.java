// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

/** The sections of a delivery's {@code data}, each with its key in the JSON. */
public enum Iv3Section {
  LASTEN("lasten"),
  BATEN("baten"),
  BALANS_LASTEN("balans_lasten"),
  BALANS_BATEN("balans_baten"),
  BALANS_STANDEN("balans_standen"),
  KENGETALLEN("kengetallen"),
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
