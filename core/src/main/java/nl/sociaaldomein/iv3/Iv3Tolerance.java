// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The largest difference the controles PF006, PF007 and PF008 let pass, in the delivery's unit.
 * CBS's messages name a maximum ({@code <goed>}), but the definition files do not give it: this
 * is the library's number, zero unless the caller chooses another, never CBS's.
 */
public record Iv3Tolerance(BigDecimal maxDifference) {

  /** No difference at all: the default. */
  public static final Iv3Tolerance EXACT = new Iv3Tolerance(BigDecimal.ZERO);

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Iv3Tolerance {
    Objects.requireNonNull(maxDifference, "maxDifference");
    if (maxDifference.signum() < 0) {
      throw new SociaalDomeinException("maxDifference", Optional.of(maxDifference.toPlainString()),
          "must not be negative");
    }
  }

  /** A tolerance of {@code maxDifference}, in the delivery's unit; not negative. */
  public static Iv3Tolerance of(BigDecimal maxDifference) {
    return new Iv3Tolerance(maxDifference);
  }

  /** Whether a difference of {@code difference} (either sign) passes. */
  public boolean allows(BigDecimal difference) {
    return difference.abs().compareTo(maxDifference) <= 0;
  }
}
