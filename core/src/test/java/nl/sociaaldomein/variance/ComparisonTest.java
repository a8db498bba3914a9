// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static nl.sociaaldomein.variance.Seed000Statement.ACTUAL;
import static nl.sociaaldomein.variance.Seed000Statement.BUDGET;
import static nl.sociaaldomein.variance.Seed000Statement.ORIGINAL_BUDGET;
import static nl.sociaaldomein.variance.Seed000Statement.SAMENKRACHT;
import static nl.sociaaldomein.variance.Seed000Statement.VARIANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.GroupKind;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.Variance;
import nl.sociaaldomein.statement.VarianceNotation;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private final Statement seed000 = Seed000Statement.statement();

  /** {@code thousands} thousand euros plus or minus {@code halfUnits} half thousands. */
  static Estimate thousands(long thousands, int halfUnits) {
    return Estimate.of(BigDecimal.valueOf(thousands * 1000), BigDecimal.valueOf(halfUnits * 500L));
  }

  @Test
  void theDefaultIsTheRealisationAgainstTheAmendedBudgetThroughThePrintedVarianceColumn() {
    Comparison c = Comparison.of(seed000);
    assertEquals(Optional.of(BUDGET), c.budgetColumn());
    assertEquals(Optional.of(ACTUAL), c.actualColumn());
    assertEquals(Optional.of(VARIANCE), c.varianceColumn());
    assertEquals(Comparison.between(seed000, BUDGET, ACTUAL), c);
    assertEquals(Comparison.ofColumn(seed000, VARIANCE), c);
  }

  @Test
  void theVarianceOfAProductAfterReservesIsItsPrintedResultPlusItsPrintedReserves() {
    // Product 10: 3.390 (saldo) + 14 (onttrekkingen) = 3.404, two printed figures of half a thousand each.
    Comparison c = Comparison.of(seed000);
    assertEquals(thousands(3_404, 2), c.variance(new Place.GroupAfterReserves(SAMENKRACHT)));
    assertEquals(thousands(3_390, 1), c.variance(new Place.GroupResult(SAMENKRACHT)));
    // The programme: 4.988 + 90 = 5.078.
    assertEquals(thousands(5_078, 2), c.variance(new Place.ResultAfterReserves()));
  }

  @Test
  void aGroupWithoutReservesHasItsPrintedResultAsItsResultAfterReserves() {
    // Product 13 prints -81 as its total and has no reserve movements: the same row under another
    // name, known to half a thousand, not to the thousand its line's two columns leave.
    Comparison c = Comparison.of(seed000);
    assertEquals(thousands(-81, 1), c.variance(new Place.GroupAfterReserves(Seed000Statement.BEGELEIDE_PARTICIPATIE)));
    assertEquals(Optional.of(thousands(-7_527, 1)),
        c.budget(new Place.GroupAfterReserves(Seed000Statement.BEGELEIDE_PARTICIPATIE)));
  }

  @Test
  void aSideOfAGroupIsTheSumOfItsLinesPrintedVariances() {
    // Samenkracht's lasten side is its one Lasten line, printed -5.321: known to half a thousand,
    // not to the thousand that 9.268 - 3.947 leaves.
    Comparison c = Comparison.of(seed000);
    assertEquals(thousands(-5_321, 1), c.variance(new Place.GroupKindTotal(SAMENKRACHT, LineKind.EXPENSES)));
    // The programme's lasten: the eleven printed line variances add up to -4.608 ± 5,5; the 22
    // printed figures they compare give 55.728 - 60.334 = -4.606 ± 11, a looser bound.
    assertEquals(thousands(-4_608, 11), c.variance(new Place.KindTotal(LineKind.EXPENSES)));
  }

  @Test
  void budgetAndActualAreEffectsOnTheResultWithACostNegative() {
    Comparison c = Comparison.of(seed000);
    Place lasten = Seed000Statement.lasten(SAMENKRACHT);
    assertEquals(Optional.of(thousands(-3_947, 1)), c.budget(lasten));
    assertEquals(Optional.of(thousands(-9_268, 1)), c.actual(lasten));
    assertEquals(thousands(-5_321, 1), c.variance(lasten));
    assertEquals(Optional.of(thousands(441, 1)), c.budget(Seed000Statement.baten(SAMENKRACHT)));
  }

  @Test
  void betweenTwoOtherColumnsComputesTheVarianceFromThem() {
    // Realisation against the original budget: no printed column holds it.
    Comparison c = Comparison.between(seed000, ORIGINAL_BUDGET, ACTUAL);
    assertEquals(Optional.empty(), c.varianceColumn());
    // Lasten 9.268 realised against 3.920 originally budgeted.
    assertEquals(thousands(-5_348, 2), c.variance(Seed000Statement.lasten(SAMENKRACHT)));
  }

  @Test
  void betweenRefusesAVarianceColumnTheSameColumnTwiceAndAnUnknownOne() {
    SociaalDomeinException variance = assertThrows(SociaalDomeinException.class,
        () -> Comparison.between(seed000, VARIANCE, ACTUAL));
    assertTrue(variance.getMessage().contains("Comparison.ofColumn"), variance::getMessage);
    SociaalDomeinException same = assertThrows(SociaalDomeinException.class,
        () -> Comparison.between(seed000, ACTUAL, ACTUAL));
    assertTrue(same.getMessage().contains("two different columns"), same::getMessage);
    SociaalDomeinException unknown = assertThrows(SociaalDomeinException.class,
        () -> Comparison.between(seed000, "Begroting 2023", ACTUAL));
    assertTrue(unknown.getMessage().contains("Begroting 2023"), unknown::getMessage);
  }

  @Test
  void ofColumnRefusesAColumnOfFigures() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> Comparison.ofColumn(seed000, ACTUAL));
    assertTrue(e.getMessage().contains("Comparison.between"), e::getMessage);
  }

  @Test
  void aStatementOfVariancesOnlyIsComparedThroughItsOneVarianceColumn() {
    Statement variances = varianceOnly();
    Comparison c = Comparison.of(variances);
    assertEquals(Optional.of("Verschil"), c.varianceColumn());
    assertEquals(Optional.empty(), c.budgetColumn());
    assertEquals(Optional.empty(), c.budget(new Place.GroupResult("Jeugd")));
    // -120 before reserve movements and +30 on them: -90 after.
    assertEquals(thousands(-90, 2), c.variance(new Place.GroupAfterReserves("Jeugd")));
  }

  @Test
  void withoutAnAmendedBudgetAndARealisationOrOneVarianceColumnThereIsNoDefault() {
    Statement two = Statement.builder("Twee begrotingen", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column("Begroting", ColumnRole.ORIGINAL_BUDGET)
        .column("Realisatie", ColumnRole.REALISATION)
        .build();
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> Comparison.of(two));
    assertTrue(e.getMessage().contains("Begroting (ORIGINAL_BUDGET)"), e::getMessage);
    assertTrue(e.getMessage().contains("Comparison.between"), e::getMessage);
  }

  /** A table of "verschillen": per group the variance before reserves and the reserve movements. */
  static Statement varianceOnly() {
    Place.Line jeugd = new Place.Line("Jeugd", LineKind.BALANCE, "Saldo");
    Place.Line jeugdReserves = new Place.Line("Jeugd", LineKind.RESERVE_MUTATION, "Mutatie reserves");
    Place.Line wmo = new Place.Line("Wmo", LineKind.BALANCE, "Saldo");
    return Statement.builder("Verschillen", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column(Column.variance("Verschil", Variance.entered(VarianceNotation.FAVOURABLE_POSITIVE)))
        .group("Jeugd", GroupKind.PRODUCT)
        .line("Jeugd", LineKind.BALANCE, "Saldo")
        .line("Jeugd", LineKind.RESERVE_MUTATION, "Mutatie reserves")
        .group("Wmo", GroupKind.PRODUCT)
        .line("Wmo", LineKind.BALANCE, "Saldo")
        .cell(jeugd, "Verschil", PrintedFigure.of(-120, EuroUnit.THOUSANDS))
        .cell(jeugdReserves, "Verschil", PrintedFigure.of(30, EuroUnit.THOUSANDS))
        .cell(wmo, "Verschil", PrintedFigure.of(45, EuroUnit.THOUSANDS))
        .build();
  }
}
