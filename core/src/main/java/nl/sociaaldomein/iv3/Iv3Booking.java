// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One amount of a delivery's money sections: in {@code lasten} and {@code baten} a taakveld and a
 * category, in {@code balans_lasten} and {@code balans_baten} a balance code and a category, in
 * {@code balans_standen} a balance code and a standper. Codes are held as delivered (an unknown
 * code is a finding of the checks, not an error here).
 *
 * @param section the section, one of the five money sections
 * @param code the taakveld (lasten, baten) or balance code
 * @param dimension the category, or for balance positions the standper
 * @param bedrag the amount in the delivery's unit, exactly as delivered
 * @param details the line's {@code details} object and any further keys, as compact JSON text,
 *     kept so that a delivery written back equals the one read; empty when there were none
 */
public record Iv3Booking(Iv3Section section, String code, String dimension, BigDecimal bedrag, Optional<String> details) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Iv3Booking {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(bedrag, "bedrag");
    Objects.requireNonNull(details, "details");
    if (section == Iv3Section.KENGETALLEN || section == Iv3Section.BELEIDSINDICATOREN) {
      throw new nl.sociaaldomein.SociaalDomeinException(section.key(), Optional.of(code),
          "holds figures, not bookings: use Iv3Figure");
    }
  }

  /** A line without details. */
  public static Iv3Booking of(Iv3Section section, String code, String dimension, BigDecimal bedrag) {
    return new Iv3Booking(section, code, dimension, bedrag, Optional.empty());
  }
}
