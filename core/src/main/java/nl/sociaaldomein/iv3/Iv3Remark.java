// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;
import java.util.Optional;

/** A remark in a delivery's {@code opmerkingen}. */
public record Iv3Remark(String tekst, Optional<String> auteur) {

  /** Rejects a missing component. */
  public Iv3Remark {
    Objects.requireNonNull(tekst, "tekst");
    Objects.requireNonNull(auteur, "auteur");
  }
}
