// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.statement.Place;

/**
 * A variance the council's rules say must be explained, and why.
 *
 * @param place the row whose variance needs an explanation
 * @param variance its variance
 * @param reason the rule that fired, in words: "above € 50.000"; where several fired, each
 */
public record RequiredExplanation(Place place, RowVariance variance, String reason) {
  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public RequiredExplanation {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(variance, "variance");
    Objects.requireNonNull(reason, "reason");
    if (!variance.place().equals(place)) {
      throw new SociaalDomeinException(place.toString(), Optional.of(variance.place().toString()),
          "the variance of a required explanation is the variance of its own row");
    }
    if (reason.isBlank()) {
      throw new SociaalDomeinException(place.toString(), Optional.empty(), "a required explanation says which rule fired");
    }
  }
}
