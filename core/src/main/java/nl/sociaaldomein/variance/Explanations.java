// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.statement.Place;

/**
 * The explanations of a statement's variances, in the order the document prints them: items per
 * target, each with its sub-items, and at most one residual per target.
 */
public final class Explanations {

  private final ImmutableList<Explanation> items;

  private Explanations(ImmutableList<Explanation> items) {
    this.items = items;
  }

  /** The explanations {@code items}; throws when a target has two residuals, naming both. */
  public static Explanations of(List<Explanation> items) {
    Map<Place, Explanation> residuals = new LinkedHashMap<>();
    for (Explanation e : items) {
      if (e.isResidual()) {
        Explanation previous = residuals.putIfAbsent(e.target(), e);
        if (previous != null) {
          throw new SociaalDomeinException("", Optional.of(e.description()), "a second residual for " + e.target()
              + "; the first is " + SociaalDomeinException.quote(previous.description()));
        }
      }
    }
    return new Explanations(ImmutableList.copyOf(items));
  }

  /** No explanations at all. */
  public static Explanations none() {
    return new Explanations(ImmutableList.of());
  }

  /** Every top-level item and residual, in document order. */
  public List<Explanation> items() {
    return items;
  }

  /** The targets explained, in the order they first appear. */
  public Set<Place> targets() {
    Set<Place> out = new LinkedHashSet<>();
    items.forEach(e -> out.add(e.target()));
    return out;
  }

  /** The items (not the residual) that explain {@code target}, in document order. */
  public List<Explanation> itemsFor(Place target) {
    List<Explanation> out = new ArrayList<>();
    for (Explanation e : items) {
      if (!e.isResidual() && e.target().equals(target)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The residual the document gives for {@code target}, if it gives one. */
  public Optional<Explanation> residualFor(Place target) {
    Objects.requireNonNull(target, "target");
    return items.stream().filter(e -> e.isResidual() && e.target().equals(target)).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanations && items.equals(((Explanations) o).items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return "Explanations[" + items.size() + " items for " + targets().size() + " targets]";
  }
}
