// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;
import java.util.Optional;

/**
 * One node of a code list of the yearly definitions: its code, description (trailing spaces of
 * the files removed) and the code of its parent node; a leaf is bookable, an inner node a total.
 */
public record Iv3Code(String code, String omschrijving, Optional<String> parent) {

  /** Rejects a missing component. */
  public Iv3Code {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(omschrijving, "omschrijving");
    Objects.requireNonNull(parent, "parent");
  }
}
