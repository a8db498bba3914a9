// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.variance.Comparison;
import nl.sociaaldomein.variance.Explanation;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.Finding;
import nl.sociaaldomein.variance.Reconciliation;

/**
 * Explanations of a statement's variance with a known gap: a reconciling statement, one of its
 * group results (or a group's reserve movements) explained by one to three items and a given residual that leave exactly the gap
 * unexplained. With a gap of nil the explanations reconcile; with another the reconciliation
 * finds {@link Finding.Kind#UNEXPLAINED_GAP} at the target.
 */
public final class VarianceExplanations {

  private VarianceExplanations() {}

  /** Explanations that explain their target's variance: the gap is nil. */
  public static Generator<Explained> complete() {
    return draws -> explained(draws, false);
  }

  /** Explanations that leave a gap beyond the rounding bound at their target. */
  public static Generator<Explained> withGap() {
    return draws -> explained(draws, true);
  }

  private static Explained explained(Draws draws, boolean gap) {
    Statement statement = Statements.reconciling().generate(draws);
    Comparison comparison = Comparison.of(statement);
    // Every group has a result or reserve movements (or both), so there is always a row to explain.
    List<Place> rows = statement.derivedPlaces().stream()
        .filter(p -> p.type() == Place.Type.GROUP_RESULT || p.type() == Place.Type.GROUP_RESERVES).toList();
    Place target = rows.get((int) draws.between(0, rows.size() - 1L, 0));
    EuroUnit unit = statement.unit();
    long variance = unit.fromEuros(comparison.variance(target).nominal()).setScale(0, RoundingMode.HALF_UP).longValueExact();
    // Beyond the bound of every printed figure of the statement together, so the gap is a finding.
    long bound = statement.lines().size() * (long) statement.columns().size() + 8;
    long gapUnits = gap ? (draws.oneIn(2) ? -1 : 1) * (bound + draws.between(0, 1000)) : 0;
    int count = (int) draws.between(1, 3);
    List<Explanation> items = new ArrayList<>();
    long explained = 0;
    for (int i = 1; i <= count; i++) {
      long amount = draws.between(-100_000, 100_000);
      explained += amount;
      items.add(Explanation.item("Oorzaak " + i, PrintedFigure.of(amount, unit), target));
    }
    long residual = variance - gapUnits - explained;
    items.add(Explanation.residual("Overige verschillen", PrintedFigure.of(residual, unit), target));
    Explanations explanations = Explanations.of(items);
    Amount gapAmount = Amount.of(comparison.variance(target).nominal()
        .subtract(unit.toEuros(BigDecimal.valueOf(explained + residual))));
    Reconciliation reconciliation = Reconciliation.of(comparison, explanations);
    boolean found = reconciliation.findings(target).stream().anyMatch(f -> f.kind() == Finding.Kind.UNEXPLAINED_GAP);
    if (found != gap) {
      throw new SociaalDomeinException("A gap of " + gapAmount + " at " + target + " was "
          + (found ? "" : "not ") + "found: " + reconciliation.findings());
    }
    return new Explained(statement, target, explanations, gapAmount);
  }

  /**
   * Explanations of one row of a statement.
   *
   * @param statement the statement, which reconciles
   * @param target the row explained
   * @param explanations its items and residual
   * @param gap what they leave of the variance, favourable positive; zero when they explain it
   */
  public record Explained(Statement statement, Place target, Explanations explanations, Amount gap) {
    public Explained {
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(explanations, "explanations");
      Objects.requireNonNull(gap, "gap");
    }

    /** The comparison the explanations are held against: the statement's budget against its realisation. */
    public Comparison comparison() {
      return Comparison.of(statement);
    }
  }
}
