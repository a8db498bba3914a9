// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;

/**
 * The contact person of a delivery. Held as delivered (an empty value is a finding of the checks,
 * SF009, not an error building the value).
 */
public record Iv3Contact(String naam, String email, String telefoon) {

  /** Rejects a missing component. */
  public Iv3Contact {
    Objects.requireNonNull(naam, "naam");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(telefoon, "telefoon");
  }
}
