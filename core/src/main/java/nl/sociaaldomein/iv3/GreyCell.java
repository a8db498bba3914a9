// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;

/**
 * A combination the year's definitions forbid to book ("grijze cel"): in {@code lasten} or
 * {@code baten} a taakveld and a category, in the balance sections a balance code and a category.
 */
public record GreyCell(Iv3Section section, String code, String categorie) {

  /** Rejects a missing component. */
  public GreyCell {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(categorie, "categorie");
  }
}
