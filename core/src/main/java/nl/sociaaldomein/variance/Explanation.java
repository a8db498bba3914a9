// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Place;

/**
 * One item of the explanation of a variance, as an annual report prints it: "Opvang Oekraïne
 * 3.061 I" under product 10, or "jeugdzorg € 337.000 hoger" with its sub-items.
 *
 * <p>The amount is the item's effect on the result, favourable positive, in the unit it is
 * printed in (the statement's, or whole euros in running text); its rounding bound counts when
 * items are added up. A document that states the direction in words ("voordeel", "nadeel") or in
 * a V/N column gives {@code statedDirection}, which reconciliation holds against the sign.
 *
 * @param description the item as printed
 * @param amount favourable positive, as printed
 * @param statedDirection the direction the document states apart from the sign, if it does
 * @param varianceClass incidental, structural, ...; {@link VarianceClass#NONE} when none is printed
 * @param target the row of the statement whose variance the item explains
 * @param kind an item, or the residual ("Diverse kleine afwijkingen") of its target
 * @param parts sub-items, which must add up to this item; they explain the same target
 */
public record Explanation(
    String description,
    PrintedFigure amount,
    Optional<Direction> statedDirection,
    VarianceClass varianceClass,
    Place target,
    Kind kind,
    List<Explanation> parts) {

  /** What an explanation is to its target. */
  public enum Kind {
    /** A named cause. */
    ITEM,
    /** What the named causes leave: "Diverse kleine afwijkingen &lt; 50.000", "overige verschillen". */
    RESIDUAL
  }

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Explanation {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(statedDirection, "statedDirection");
    Objects.requireNonNull(varianceClass, "varianceClass");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
    parts = List.copyOf(parts);
    if (description.isBlank()) {
      throw new SociaalDomeinException("An explanation of " + target + " needs a description");
    }
    if (kind == Kind.RESIDUAL && varianceClass != VarianceClass.NONE) {
      throw new SociaalDomeinException("", Optional.of(description),
          "a residual carries no class (" + varianceClass.code() + "): it is what the named items leave, of any kind");
    }
    if (kind == Kind.RESIDUAL && !parts.isEmpty()) {
      throw new SociaalDomeinException("", Optional.of(description),
          "a residual is what the items leave, so it has no sub-items; make it an item");
    }
    for (Explanation part : parts) {
      if (!part.target.equals(target)) {
        throw new SociaalDomeinException("", Optional.of(part.description), "a sub-item of "
            + SociaalDomeinException.quote(description) + " explains " + part.target
            + ", but its item explains " + target + "; a sub-item explains what its item explains");
      }
      if (part.kind == Kind.RESIDUAL) {
        throw new SociaalDomeinException("", Optional.of(part.description),
            "a residual belongs to a target, not to the item " + SociaalDomeinException.quote(description));
      }
    }
  }

  /** An item explaining {@code target}, without class, stated direction or sub-items. */
  public static Explanation item(String description, PrintedFigure amount, Place target) {
    return new Explanation(description, amount, Optional.empty(), VarianceClass.NONE, target, Kind.ITEM, List.of());
  }

  /** The residual of {@code target}: what its items leave of the variance. */
  public static Explanation residual(String description, PrintedFigure amount, Place target) {
    return new Explanation(description, amount, Optional.empty(), VarianceClass.NONE, target, Kind.RESIDUAL, List.of());
  }

  /** This item classed as {@code varianceClass} (incidental or structural, say). */
  public Explanation withClass(VarianceClass varianceClass) {
    return new Explanation(description, amount, statedDirection, varianceClass, target, kind, parts);
  }

  /** This item with the direction its text states, which the check compares with its amount's sign. */
  public Explanation withStatedDirection(Direction direction) {
    return new Explanation(description, amount, Optional.of(direction), varianceClass, target, kind, parts);
  }

  /** This item with {@code parts} as its sub-items; each is retargeted to this item's target. */
  public Explanation withParts(List<Explanation> parts) {
    return new Explanation(description, amount, statedDirection, varianceClass, target, kind,
        parts.stream().map(p -> p.withTarget(target)).toList());
  }

  /** This item, and its sub-items at every depth, explaining {@code target}. */
  public Explanation withTarget(Place target) {
    return new Explanation(description, amount, statedDirection, varianceClass, target, kind,
        parts.stream().map(p -> p.withTarget(target)).toList());
  }

  /** Whether this is the residual of its target rather than a named cause. */
  public boolean isResidual() {
    return kind == Kind.RESIDUAL;
  }
}
