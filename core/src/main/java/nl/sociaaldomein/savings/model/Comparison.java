// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings.model;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * How a computed amount stands to the amount a document claims: {@link Verdict#EQUAL},
 * {@link Verdict#WITHIN} the stated tolerance, or {@link Verdict#DIFFERS} by
 * {@link #difference()}. The verdict follows from the amounts, so it is not a parameter.
 *
 * @param computed what the model gives
 * @param claimed what the document claims
 * @param tolerance the largest difference still taken as agreement; zero or positive
 */
public record Comparison(Amount computed, Amount claimed, Amount tolerance) {

  /** How far apart the two amounts are. */
  public enum Verdict {
    /** To the cent. */
    EQUAL,
    /** Not equal, but no further apart than the tolerance. */
    WITHIN,
    /** Further apart than the tolerance. */
    DIFFERS
  }

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Comparison {
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new SociaalDomeinException("tolerance", Optional.of(tolerance.toString()),
          "a tolerance cannot be negative");
    }
  }

  /** Computed minus claimed: negative when the document claims more than the model gives. */
  public Amount difference() {
    return computed.minus(claimed);
  }

  /** Whether the claim is the computed amount, within the tolerance. */
  public Verdict verdict() {
    Amount gap = difference().abs();
    if (gap.isZero()) {
      return Verdict.EQUAL;
    }
    return gap.isGreaterThan(tolerance) ? Verdict.DIFFERS : Verdict.WITHIN;
  }
}
