// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.statement.Place;

/**
 * What a reconciliation holds the explanations to, beyond adding up: the rows whose variance
 * must be explained, and the largest residual a council accepts.
 *
 * @param required the rows whose variance needs an explanation, each with why (the materiality
 *     rule that fired), in the order a report lists them
 * @param residualLimit the largest residual that may stand unexplained, such as the 50.000 euros
 *     of seed 000's "Diverse kleine afwijkingen &lt; 50.000"; none when the council sets none
 */
public record ReconciliationRules(Map<Place, String> required, Optional<Amount> residualLimit) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public ReconciliationRules {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(residualLimit, "residualLimit");
    required.forEach((place, why) -> {
      Objects.requireNonNull(place, "required place");
      Objects.requireNonNull(why, "why " + place + " is required");
      if (why.isBlank()) {
        throw new SociaalDomeinException("", Optional.of(place.toString()),
            "a required explanation says why it is required, such as the materiality rule that fired");
      }
    });
    // Guava's copy keeps the order the rules gave, which a report follows.
    required = ImmutableMap.copyOf(required);
    residualLimit.filter(Amount::isNegative).ifPresent(limit -> {
      throw new SociaalDomeinException("", Optional.of(limit.toString()),
          "a residual limit is a size, zero or more: the residual is compared by its size either way");
    });
  }

  /** Nothing required, no residual limit: only whether the explanations add up. */
  public static ReconciliationRules none() {
    return new ReconciliationRules(Map.of(), Optional.empty());
  }

  /** These rules with {@code required} as the rows that need an explanation. */
  public ReconciliationRules withRequired(Map<Place, String> required) {
    return new ReconciliationRules(required, residualLimit);
  }

  /** These rules with {@code limit} as the largest residual accepted. */
  public ReconciliationRules withResidualLimit(Amount limit) {
    return new ReconciliationRules(required, Optional.of(limit));
  }
}
