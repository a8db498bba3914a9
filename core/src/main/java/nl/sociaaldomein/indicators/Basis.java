// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * What a value of a series stands for: a realisation of the year (annual reports print these),
 * the budget for it, or a projection of a later year; Iv3 writes the three as the prefix of a
 * verslagperiode ({@code Rek_2024}, {@code Beg_2024}, {@code MJR_2026}).
 */
public enum Basis {
  /** Realisatie, Iv3 {@code Rek}. */
  REALISATION("Rek"),
  /** Begroting, Iv3 {@code Beg}. */
  BUDGET("Beg"),
  /** Meerjarenraming, Iv3 {@code MJR}. */
  PROJECTION("MJR");

  private final String iv3Prefix;

  Basis(String iv3Prefix) {
    this.iv3Prefix = iv3Prefix;
  }

  /** The prefix of an Iv3 verslagperiode: {@code Rek}, {@code Beg} or {@code MJR}. */
  public String iv3Prefix() {
    return iv3Prefix;
  }

  /** The basis of an Iv3 prefix, case ignored: {@code Rek}, {@code Beg}, {@code MJR}. */
  public static Basis ofIv3Prefix(CharSequence prefix) {
    String p = Objects.requireNonNull(prefix, "prefix").toString().trim().toLowerCase(Locale.ROOT);
    for (Basis basis : values()) {
      if (basis.iv3Prefix.toLowerCase(Locale.ROOT).equals(p)) {
        return basis;
      }
    }
    throw new SociaalDomeinException("", Optional.of(prefix.toString()),
        "a basis is Rek (realisatie), Beg (begroting) or MJR (meerjarenraming)");
  }
}
