// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;
import java.util.Optional;

/**
 * The three groups of Iv3's economic categories. The 2020-2026 definitions name them {@code LR},
 * {@code FR} and {@code IV}; the 2017-2019 files use the long names {@code Lopende Rekening},
 * {@code Financiële Rekening} and {@code Interne Verrekeningen} as codes, which
 * {@link #fromCode} reads as the same groups so that one check serves every year.
 */
public enum Iv3CategoryGroup {
  /** Lopende rekening: the current account, categories 1 to 5. */
  LR("Lopende Rekening"),
  /** Financiële rekening: financial transactions, category 6.1. */
  FR("Financiële Rekening"),
  /** Interne verrekeningen: internal settlements and reserve movements, categories 7.x. */
  IV("Interne Verrekeningen");

  private final String longName;

  Iv3CategoryGroup(String longName) {
    this.longName = longName;
  }

  /** The name the 2017-2019 files use as the group's code. */
  public String longName() {
    return longName;
  }

  /**
   * The group whose code is {@code code}: {@code LR}, {@code FR}, {@code IV}, or a long name of
   * 2017-2019, with or without the diaeresis the 2020+ descriptions drop ({@code Financiele}),
   * ignoring case and surrounding spaces; empty for any other code.
   */
  public static Optional<Iv3CategoryGroup> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.strip().replace('ë', 'e').replace('Ë', 'E');
    for (Iv3CategoryGroup g : values()) {
      if (g.name().equalsIgnoreCase(c) || g.longName.replace('ë', 'e').equalsIgnoreCase(c)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
