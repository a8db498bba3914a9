// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * One kengetal or beleidsindicator of a delivery: a code, the period it is for ({@code Rek_2024})
 * and its value as the text the schema requires.
 *
 * @param section {@link Iv3Section#KENGETALLEN} or {@link Iv3Section#BELEIDSINDICATOREN}
 */
public record Iv3Figure(Iv3Section section, String code, String verslagperiode, String waarde) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Iv3Figure {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(verslagperiode, "verslagperiode");
    Objects.requireNonNull(waarde, "waarde");
    if (section != Iv3Section.KENGETALLEN && section != Iv3Section.BELEIDSINDICATOREN) {
      throw new SociaalDomeinException(section.key(), Optional.of(code), "holds bookings, not figures: use Iv3Booking");
    }
  }
}
