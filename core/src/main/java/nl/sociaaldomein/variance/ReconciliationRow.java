// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.statement.Place;

/**
 * One explained row of a reconciliation: a row's variance against the items that explain it and
 * the residual, with the rounding bound of the printed figures involved.
 *
 * <p>The residual is the document's where it gives one; else it is computed as what the items
 * leave of the variance, and then the row adds up by construction (its gap is nil) and the
 * residual itself says how much went unexplained.
 *
 * @param target the row of the statement explained
 * @param basis whether items explain the row itself, the rows within it, or nothing does
 * @param variance the row's variance, favourable positive, from the narrowest printed basis
 * @param items the items counted, in document order, without sub-items (those add up to their
 *     item) and without residuals: the row's own items, or for {@link Basis#WITHIN} those of the
 *     rows within it
 * @param givenResidual the residual the document gives for the row, if it gives one
 */
public record ReconciliationRow(
    Place target,
    Basis basis,
    Estimate variance,
    List<Explanation> items,
    Optional<Explanation> givenResidual) {

  /** What explains a row. */
  public enum Basis {
    /** Items (or a residual) that explain this row itself. */
    DIRECT,
    /**
     * Nothing explains the row itself, but rows within it are explained: their items explain it,
     * as seed 000's products explain its programme.
     */
    WITHIN,
    /** Nothing explains the row or any row within it. */
    NONE
  }

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public ReconciliationRow {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(variance, "variance");
    items = List.copyOf(items);
    Objects.requireNonNull(givenResidual, "givenResidual");
    for (Explanation item : items) {
      if (item.isResidual()) {
        throw new SociaalDomeinException("", Optional.of(item.description()),
            "a residual is the row's given residual, not one of its items");
      }
    }
    givenResidual.filter(r -> !r.isResidual()).ifPresent(r -> {
      throw new SociaalDomeinException("", Optional.of(r.description()), "an item is not a residual");
    });
    if (basis != Basis.DIRECT && givenResidual.isPresent()) {
      throw new SociaalDomeinException("", Optional.of(target.toString()),
          "only a row explained directly has a residual of its own; a row explained by " + basis
              + " has its residual computed");
    }
    if (basis == Basis.NONE && !items.isEmpty()) {
      throw new SociaalDomeinException("", Optional.of(target.toString()), "a row with items is explained");
    }
  }

  /** The items added up, each with the rounding bound of its printed figure. */
  public Estimate itemSum() {
    Estimate sum = Estimate.ZERO;
    for (Explanation item : items) {
      sum = sum.plus(item.amount());
    }
    return sum;
  }

  /** Whether the document gives the residual; when not, {@link #residual()} is computed. */
  public boolean isResidualGiven() {
    return givenResidual.isPresent();
  }

  /**
   * The residual: the given one as printed, or what the items leave of the variance, whose
   * bound is the variance's and the items' together.
   */
  public Estimate residual() {
    return givenResidual.map(r -> r.amount().toEstimate()).orElseGet(() -> variance.minus(itemSum()));
  }

  /**
   * What the items and the residual leave unexplained: the variance less both, with the
   * rounding bound of every printed figure involved (the variance's, each item's, the given
   * residual's). Nil, with that bound, when the residual is computed.
   */
  public Estimate gap() {
    Estimate explained = variance.minus(itemSum());
    if (givenResidual.isEmpty()) {
      return Estimate.of(BigDecimal.ZERO, explained.halfWidth());
    }
    return explained.minus(residual());
  }

  /** How far the gap may lawfully be from nil: rounding alone explains a gap up to this. */
  public BigDecimal bound() {
    return gap().halfWidth();
  }

  /** Whether the gap lies within the rounding bound: items and residual explain the variance. */
  public boolean isWithinBound() {
    return gap().nominal().abs().compareTo(bound()) <= 0;
  }
}
