// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

import static nl.sociaaldomein.variance.Seed000Statement.ACTUAL;
import static nl.sociaaldomein.variance.Seed000Statement.BUDGET;
import static nl.sociaaldomein.variance.Seed000Statement.INKOMENSREGELINGEN;
import static nl.sociaaldomein.variance.Seed000Statement.SAMENKRACHT;
import static nl.sociaaldomein.variance.Seed000Statement.VARIANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.Estimate;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.notation.MinusStyle;
import nl.sociaaldomein.variance.Seed000Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The statement model's forms of issue 9 in core: variance notations, letters, labels, rows a
 * document rarely prints, the tighter checks and the narrowest printed basis.
 */
class StatementFormsCoreTest {

  private static final Statement SEED = Seed000Statement.statement();

  private static PrintedFigure k(long printed) {
    return PrintedFigure.of(printed, EuroUnit.THOUSANDS);
  }

  private static Estimate thousands(long nominal, long halfUnits) {
    return Estimate.of(BigDecimal.valueOf(nominal * 1000), BigDecimal.valueOf(halfUnits * 500));
  }

  /** A group with one lasten and one baten line and a variance column of {@code notation}. */
  private static Statement.Builder wmo(SignConvention convention, VarianceNotation notation) {
    return Statement.builder("Wmo", EuroUnit.THOUSANDS, convention)
        .column("Begroting", ColumnRole.AMENDED_BUDGET)
        .column("Rekening", ColumnRole.REALISATION)
        .column(Column.variance("Verschil", Variance.between("Begroting", "Rekening", notation)))
        .group("Wmo", GroupKind.PRODUCT)
        .line("Wmo", LineKind.EXPENSES, "Lasten")
        .line("Wmo", LineKind.INCOME, "Baten");
  }

  private static final Place.Line LASTEN = new Place.Line("Wmo", LineKind.EXPENSES, "Lasten");
  private static final Place.Line BATEN = new Place.Line("Wmo", LineKind.INCOME, "Baten");

  @Test
  void eachNotationPrintsAVarianceWithItsOwnSign() {
    // Under BOTH_POSITIVE a cost prints positive, income positive, a result as income minus expenses.
    SignConvention both = SignConvention.BOTH_POSITIVE;
    assertEquals(1, VarianceNotation.FAVOURABLE_POSITIVE.sign(both, LASTEN));
    assertEquals(-1, VarianceNotation.FAVOURABLE_NEGATIVE.sign(both, LASTEN));
    assertEquals(1, VarianceNotation.BUDGET_MINUS_ACTUAL.sign(both, LASTEN));
    assertEquals(-1, VarianceNotation.BUDGET_MINUS_ACTUAL.sign(both, BATEN));
    assertEquals(-1, VarianceNotation.ACTUAL_MINUS_BUDGET.sign(both, LASTEN));
    assertEquals(1, VarianceNotation.ACTUAL_MINUS_BUDGET.sign(both, BATEN));
    assertEquals(1, VarianceNotation.LETTER.sign(both, BATEN));
    assertTrue(VarianceNotation.LETTER.printsLetter());
    assertFalse(VarianceNotation.FAVOURABLE_POSITIVE.printsLetter());
  }

  @ParameterizedTest
  @EnumSource(VarianceNotation.class)
  void aNotationIsNamedByItsCode(VarianceNotation notation) {
    assertEquals(notation, VarianceNotation.ofCode(" " + notation.code().toUpperCase(java.util.Locale.ROOT) + " "));
    assertTrue(VarianceNotation.codes().contains(notation.code()), VarianceNotation.codes());
  }

  @Test
  void anUnknownNotationListsTheCodes() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> VarianceNotation.ofCode("voordelig"));
    assertEquals("Unknown variance notation \"voordelig\"; expected one of favourable-positive, favourable-negative,"
        + " budget-minus-actual, actual-minus-budget, letter", e.getMessage());
  }

  @Test
  void aPlainDifferenceOfPrintedFiguresIsReadIntoItsDirection() {
    // Budget - actual of two positive figures: 100 - 120 lasten is 20 N, 50 - 80 baten is 30 V.
    Statement s = wmo(SignConvention.BOTH_POSITIVE, VarianceNotation.BUDGET_MINUS_ACTUAL)
        .cell(LASTEN, "Begroting", k(100)).cell(LASTEN, "Rekening", k(120)).cell(LASTEN, "Verschil", k(-20))
        .cell(BATEN, "Begroting", k(50)).cell(BATEN, "Rekening", k(80)).cell(BATEN, "Verschil", k(-30))
        .build();
    assertTrue(s.check().isConsistent(), () -> s.check().toString());
    assertEquals(Optional.of(Direction.UNFAVOURABLE), s.printedDirection(new Cell(LASTEN, "Verschil")));
    assertEquals(Optional.of(Direction.FAVOURABLE), s.printedDirection(new Cell(BATEN, "Verschil")));
    assertEquals(Optional.of(k(30)), s.printedEffect(new Cell(BATEN, "Verschil")));
    assertEquals(Optional.of(k(-30)), s.printed(new Cell(BATEN, "Verschil")));
    assertEquals(Optional.empty(), s.printedDirection(new Cell(new Place.GroupResult("Wmo"), "Verschil")));
    assertThrows(SociaalDomeinException.class, () -> s.printedDirection(new Cell(LASTEN, "Rekening")));
    assertThrows(SociaalDomeinException.class, () -> s.printedEffect(new Cell(LASTEN, "Elders")));
  }

  @Test
  void aLetterDecidesTheDirectionAndAMinusMustAgreeWithTheColumnsNotation() {
    Statement.Builder b = wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_NEGATIVE)
        .cells(LASTEN, Optional.empty(), Map.of("Verschil", k(20)), Map.of("Verschil", Direction.FAVOURABLE), "line 1")
        .cells(BATEN, Optional.empty(), Map.of("Verschil", k(-30)), Map.of("Verschil", Direction.FAVOURABLE), "line 2");
    Statement s = b.build();
    // Unsigned 20 V and -30 V (a minus is V in a favourable-negative column) are both favourable.
    assertEquals(Optional.of(k(20)), s.printedEffect(new Cell(LASTEN, "Verschil")));
    assertEquals(Optional.of(k(30)), s.printedEffect(new Cell(BATEN, "Verschil")));
    assertEquals(Optional.of(k(-20)), s.printed(new Cell(LASTEN, "Verschil")));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_NEGATIVE).cell(LASTEN, "Verschil", k(-20),
            Optional.of(Direction.UNFAVOURABLE), "line 3"));
    assertTrue(e.getMessage().startsWith("line 3: \"-20 N\": in column \"Verschil\" (favourable-negative) a minus means V"),
        e.getMessage());
  }

  @Test
  void aRowIsSetAllOrNone() {
    Statement.Builder b = wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_POSITIVE);
    Map<String, PrintedFigure> figures = new java.util.LinkedHashMap<>();
    figures.put("Begroting", k(100));
    figures.put("Rekening", k(120));
    assertThrows(SociaalDomeinException.class, () -> b.cells(LASTEN, Optional.empty(), figures,
        Map.of("Rekening", Direction.UNFAVOURABLE), "line 1"));
    assertThrows(SociaalDomeinException.class, () -> b.cells(LASTEN, Optional.empty(), Map.of("Begroting", k(100)),
        Map.of("Verschil", Direction.UNFAVOURABLE), "line 1"));
    Statement s = b.build();
    assertEquals(Optional.empty(), s.printed(new Cell(LASTEN, "Begroting")));
    assertEquals(Optional.empty(), s.printed(new Cell(LASTEN, "Rekening")));
  }

  @Test
  void labelsOfDerivedRowsAreKeptAndLinesKeepTheirOwn() {
    Place total = new Place.GroupResult("Wmo");
    Statement s = wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_POSITIVE)
        .cells(LASTEN, Optional.of("ignored for a line"), Map.of("Begroting", k(100)), Map.of(), "line 1")
        .cells(total, Optional.of("Totaal Wmo"), Map.of("Begroting", k(100)), Map.of(), "line 2")
        .cells(total, Optional.of("Saldo Wmo"), Map.of("Verschil", k(0)), Map.of(), "line 3")
        .build();
    assertEquals(Optional.of("Totaal Wmo"), s.label(total));
    assertEquals(Optional.of("Totaal Wmo"), s.label(new Cell(total, "Begroting")));
    assertEquals(Optional.of("Saldo Wmo"), s.label(new Cell(total, "Verschil")));
    assertEquals(Optional.of("Lasten"), s.label(LASTEN));
    assertEquals(Optional.empty(), s.label(new Cell(LASTEN, "Begroting")));
    assertEquals(Optional.empty(), s.label(new Place.ResultAfterReserves()));
    // A statement printed anew keeps the labels of its derived rows, on every cell it prints there.
    Statement rounded = s.roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    assertEquals(Optional.of("Totaal Wmo"), rounded.label(new Cell(total, "Rekening")));
    assertEquals(Optional.empty(), rounded.label(new Cell(LASTEN, "Verschil")));
    assertEquals(Optional.of("Totaal Wmo"), s.publish(EuroUnit.THOUSANDS, RoundingMode.HALF_UP).label(total));
    assertNotEquals(s, wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_POSITIVE)
        .cells(LASTEN, Optional.empty(), Map.of("Begroting", k(100)), Map.of(), "line 1")
        .cells(total, Optional.of("Totaal Wmo"), Map.of("Begroting", k(100)), Map.of(), "line 2")
        .cells(total, Optional.of("Resultaat Wmo"), Map.of("Verschil", k(0)), Map.of(), "line 3")
        .build());
  }

  @Test
  void rowsARareDocumentPrintsAreRowsOnlyWherePrinted() {
    Place side = new Place.GroupKindTotal("Wmo", LineKind.EXPENSES);
    Place after = new Place.GroupAfterReserves("Wmo");
    Statement plain = wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_POSITIVE)
        .cell(LASTEN, "Begroting", k(100)).build();
    assertFalse(plain.derivedPlaces().contains(side));
    assertFalse(plain.derivedPlaces().contains(after));
    Statement printed = wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_POSITIVE)
        .cell(LASTEN, "Begroting", k(100)).cell(side, "Begroting", k(100)).cell(after, "Begroting", k(100)).build();
    assertTrue(printed.derivedPlaces().containsAll(List.of(side, after)), printed.derivedPlaces()::toString);
    assertTrue(printed.check().isConsistent());
    assertEquals(2, printed.check().checkedCells());
    assertEquals(Estimate.of(BigDecimal.valueOf(100_000), BigDecimal.valueOf(500)),
        printed.computeDerivedCells().get(new Cell(side, "Begroting")));
    assertFalse(plain.computeDerivedCells().containsKey(new Cell(side, "Begroting")));
  }

  @Test
  void aChangedTotalIsFlaggedOnItsLinesAndTheVarianceOfItsRowOnTheComparedColumns() {
    Cell total = new Cell(new Place.GroupResult(INKOMENSREGELINGEN), ACTUAL);
    Cell variance = new Cell(new Place.GroupResult(INKOMENSREGELINGEN), VARIANCE);
    ReconciliationReport report = CellMoves.withCell(SEED, total, 3).check();
    assertEquals(List.of(total, variance), report.inconsistencies().stream().map(Inconsistency::cell).toList());
    Inconsistency atTotal = report.inconsistencies().get(0);
    assertEquals(Inconsistency.Source.LINES, atTotal.source());
    assertEquals(List.of(new Cell(Seed000Statement.lasten(INKOMENSREGELINGEN), ACTUAL),
        new Cell(Seed000Statement.baten(INKOMENSREGELINGEN), ACTUAL)), atTotal.parts());
    assertTrue(atTotal.toString().contains("its lines give"), atTotal::toString);
    Inconsistency atVariance = report.inconsistencies().get(1);
    assertEquals(Inconsistency.Source.COMPARED_COLUMNS, atVariance.source());
    assertEquals(List.of(total, new Cell(new Place.GroupResult(INKOMENSREGELINGEN), BUDGET)), atVariance.parts());
    // 4.560 - 3.412 = 1.148 (± 1) against the printed 1.151 (± 0,5): 1,5 thousand beyond.
    assertEquals(0, new BigDecimal("1500").compareTo(atVariance.excess()));
    assertEquals(thousands(1_148, 2), atVariance.computed());
    assertTrue(atVariance.toString().contains("the compared columns give"), atVariance::toString);
  }

  @Test
  void aProgrammeTotalWithinTheBoundOfItsLinesButNotOfItsPrintedSubtotalsIsFlagged() {
    Cell result = new Cell(new Place.ResultBeforeReserves(), ACTUAL);
    // 37.992 + 8: within the 20 lines' ± 10,5, beyond the 11 printed group results' ± 6.
    List<Inconsistency> found = CellMoves.withCell(SEED, result, 8).check().inconsistencies();
    // ... and the printed variance of its row, 4.988, no longer 42.981 - 38.000.
    assertEquals(List.of(result, new Cell(new Place.ResultBeforeReserves(), VARIANCE)),
        found.stream().map(Inconsistency::cell).toList());
    assertEquals(Inconsistency.Source.COMPARED_COLUMNS, found.get(1).source());
    assertEquals(Inconsistency.Source.PRINTED_SUBTOTALS, found.get(0).source());
    assertEquals(11, found.get(0).parts().size());
    assertEquals(0, new BigDecimal("3000").compareTo(found.get(0).excess()));
    assertTrue(found.get(0).toString().contains("the printed subtotals give"), found.get(0)::toString);
    // One more thousand than the lines allow is flagged on the lines, the wider bound, first.
    List<Inconsistency> wide = CellMoves.withCell(SEED, result, 12).check().inconsistencies();
    assertEquals(Inconsistency.Source.LINES, wide.get(0).source());
  }

  @Test
  void theEffectOfACellIsTheNarrowestThePrintedFiguresGive() {
    // Printed: the figure itself.
    assertEquals(thousands(3_390, 1), SEED.effect(new Cell(new Place.GroupResult(SAMENKRACHT), VARIANCE)));
    // A group's saldo after reserves: its printed saldo and reserve total, 3.390 + 14.
    assertEquals(thousands(3_404, 2), SEED.effect(new Cell(new Place.GroupAfterReserves(SAMENKRACHT), VARIANCE)));
    // A group without reserve movements: its printed saldo is its saldo after them.
    assertEquals(thousands(-81, 1),
        SEED.effect(new Cell(new Place.GroupAfterReserves("Begeleide participatie"), VARIANCE)));
    // A side of one line: that line's printed variance; in a column of figures, its effect (a cost negative).
    assertEquals(thousands(-5_321, 1),
        SEED.effect(new Cell(new Place.GroupKindTotal(SAMENKRACHT, LineKind.EXPENSES), VARIANCE)));
    assertEquals(thousands(-9_268, 1),
        SEED.effect(new Cell(new Place.GroupKindTotal(SAMENKRACHT, LineKind.EXPENSES), ACTUAL)));
    // The programme after reserves: 4.988 + 90 printed, narrower than any sum of lines.
    assertEquals(thousands(5_078, 2), SEED.effect(new Cell(new Place.ResultAfterReserves(), VARIANCE)));
    // Computing from the lines of the two columns agrees within a far wider bound.
    Estimate fromLines = SEED.compute(new Cell(new Place.ResultAfterReserves(), VARIANCE));
    assertTrue(fromLines.overlaps(thousands(5_078, 2)), fromLines::toString);
    assertTrue(fromLines.halfWidth().compareTo(BigDecimal.valueOf(10_000)) > 0, fromLines::toString);
  }

  @Test
  void theMinusStyleIsPartOfTheStatement() {
    Statement leading = wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_POSITIVE).build();
    assertEquals(MinusStyle.LEADING, leading.minusStyle());
    Statement trailing = leading.withMinusStyle(MinusStyle.TRAILING);
    assertEquals(MinusStyle.TRAILING, trailing.minusStyle());
    assertNotEquals(leading, trailing);
    assertNotEquals(leading.hashCode(), trailing.hashCode());
    assertEquals(trailing, wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_POSITIVE)
        .minusStyle(MinusStyle.TRAILING).build());
    assertEquals(trailing.hashCode(), wmo(SignConvention.EXPENSES_POSITIVE, VarianceNotation.FAVOURABLE_POSITIVE)
        .minusStyle(MinusStyle.TRAILING).build().hashCode());
    assertEquals(trailing, trailing.withConvention(SignConvention.BOTH_POSITIVE_NET_COST)
        .withConvention(SignConvention.EXPENSES_POSITIVE));
    assertTrue(trailing.toString().startsWith("Statement[Wmo, THOUSANDS, EXPENSES_POSITIVE"), trailing::toString);
  }

  @Test
  void aSaldoLineAndTheFourthConventionPrintANetCostPositive() {
    assertEquals(LineKind.BALANCE, LineKind.ofDutchName(" Saldo "));
    Place.Line saldo = new Place.Line("Wmo", LineKind.BALANCE, "Saldo");
    assertEquals(-1, SignConvention.BOTH_POSITIVE_NET_COST.sign(saldo));
    assertEquals(1, SignConvention.BOTH_POSITIVE.sign(saldo));
    assertEquals(-1, SignConvention.BOTH_POSITIVE_NET_COST.sign(new Place.ResultAfterReserves()));
    assertEquals(-1, SignConvention.BOTH_POSITIVE_NET_COST.sign(LASTEN));
    assertEquals(1, SignConvention.BOTH_POSITIVE_NET_COST.sign(BATEN));
    assertEquals(Place.of(Place.Type.GROUP_KIND_TOTAL, Optional.of("Wmo"), Optional.of(LineKind.INCOME), Optional.empty()),
        new Place.GroupKindTotal("Wmo", LineKind.INCOME));
    assertEquals(Place.of(Place.Type.GROUP_AFTER_RESERVES, Optional.of("Wmo"), Optional.empty(), Optional.empty()),
        new Place.GroupAfterReserves("Wmo"));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> Place.of(Place.Type.GROUP_KIND_TOTAL, Optional.of("Wmo"), Optional.empty(), Optional.empty()));
    assertEquals("A row of type GROUP_KIND_TOTAL needs a kind", e.getMessage());
    assertEquals("group \"Wmo\", total lasten", new Place.GroupKindTotal("Wmo", LineKind.EXPENSES).toString());
    assertEquals("saldo van baten en lasten", new Place.ResultBeforeReserves().toString());
    assertEquals("total mutaties reserves", new Place.ReserveTotal().toString());
    assertEquals("resultaat na bestemming", new Place.ResultAfterReserves().toString());
  }

  @Test
  void aVarianceNamesBothColumnsOrNeither() {
    assertTrue(Variance.entered(VarianceNotation.LETTER).budgetColumn().isEmpty());
    assertFalse(Variance.entered(VarianceNotation.LETTER).isDerived());
    SociaalDomeinException one = assertThrows(SociaalDomeinException.class,
        () -> new Variance(Optional.of("Begroting"), Optional.empty(), VarianceNotation.LETTER));
    assertTrue(one.getMessage().contains("names only \"Begroting\""), one.getMessage());
    SociaalDomeinException other = assertThrows(SociaalDomeinException.class,
        () -> new Variance(Optional.empty(), Optional.of("Rekening"), VarianceNotation.LETTER));
    assertTrue(other.getMessage().contains("names only \"Rekening\""), other.getMessage());
    assertTrue(Column.variance("Verschil", Variance.entered(VarianceNotation.LETTER)).isVariance());
    assertFalse(Column.variance("Verschil", Variance.entered(VarianceNotation.LETTER)).isDerived());
  }
}
