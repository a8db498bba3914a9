// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.statement.Place;

/**
 * The variances of a statement that need an explanation under a {@link Materiality}, in
 * statement order, each row at most once.
 *
 * @param items one per row that needs explaining
 */
public record RequiredExplanations(List<RequiredExplanation> items) {
  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public RequiredExplanations {
    items = List.copyOf(items);
    Set<Place> seen = new HashSet<>();
    for (RequiredExplanation item : items) {
      if (!seen.add(item.place())) {
        throw new SociaalDomeinException("", Optional.of(item.place().toString()),
            "a row needs an explanation once; join the reasons of every rule that fired");
      }
    }
  }

  /** The rows that need an explanation, in statement order. */
  public List<Place> places() {
    return items.stream().map(RequiredExplanation::place).toList();
  }

  /** Whether {@code place}'s variance needs an explanation. */
  public boolean contains(Place place) {
    return find(place).isPresent();
  }

  /** Why {@code place}'s variance needs an explanation, if it does. */
  public Optional<RequiredExplanation> find(Place place) {
    Objects.requireNonNull(place, "place");
    return items.stream().filter(i -> i.place().equals(place)).findFirst();
  }

  /** How many places need an explanation. */
  public int size() {
    return items.size();
  }

  /** Whether no place needs an explanation. */
  public boolean isEmpty() {
    return items.isEmpty();
  }
}
