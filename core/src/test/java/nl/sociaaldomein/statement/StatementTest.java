package nl.sociaaldomein.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.taakveld.TaakveldCode;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static PrintedFigure k(long printed) {
    return PrintedFigure.of(printed, EuroUnit.THOUSANDS);
  }

  /** Seed 000's first taakveld, as printed: lasten 3.947 / 9.268, baten -441 / -9.152. */
  private static Statement.Builder samenkracht() {
    Place lasten = new Place.Line("Samenkracht", LineKind.EXPENSES, "Lasten");
    Place baten = new Place.Line("Samenkracht", LineKind.INCOME, "Baten");
    return Statement.builder("Programma 3", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column("Begroting", ColumnRole.AMENDED_BUDGET)
        .column("Realisatie", ColumnRole.REALISATION)
        .column(Column.variance("Begroot - Rekening", Variance.between("Begroting", "Realisatie", VarianceNotation.FAVOURABLE_POSITIVE)))
        .group("Samenkracht", GroupKind.TAAKVELD, TaakveldCode.of("6.1"))
        .line("Samenkracht", LineKind.EXPENSES, "Lasten")
        .line("Samenkracht", LineKind.INCOME, "Baten")
        .cell(lasten, "Begroting", k(3_947))
        .cell(lasten, "Realisatie", k(9_268))
        .cell(baten, "Begroting", k(-441))
        .cell(baten, "Realisatie", k(-9_152));
  }

  @Test
  void computesSubtotalsResultsAndVariancesInTheStatementsConvention() {
    Statement s = samenkracht().build();
    Cell total = new Cell(new Place.GroupResult("Samenkracht"), "Realisatie");
    assertEquals(0, new BigDecimal("116000").compareTo(s.compute(total).nominal()));
    Cell variance = new Cell(new Place.GroupResult("Samenkracht"), "Begroot - Rekening");
    assertEquals(0, new BigDecimal("3390000").compareTo(s.compute(variance).nominal()));
    Cell lastenVariance = new Cell(new Place.Line("Samenkracht", LineKind.EXPENSES, "Lasten"), "Begroot - Rekening");
    assertEquals(0, new BigDecimal("-5321000").compareTo(s.compute(lastenVariance).nominal()));
    Statement incomePositive = s.withConvention(SignConvention.INCOME_POSITIVE);
    assertEquals(0, new BigDecimal("-116000").compareTo(incomePositive.compute(total).nominal()));
    assertEquals(0, new BigDecimal("3390000").compareTo(incomePositive.compute(variance).nominal()));
  }

  @Test
  void checksPrintedTotalsAndNamesTheCellThatIsOff() {
    Statement good = samenkracht().cell(new Place.GroupResult("Samenkracht"), "Realisatie", k(116)).build();
    assertTrue(good.check().isConsistent());
    Statement bad = samenkracht().cell(new Place.GroupResult("Samenkracht"), "Realisatie", k(119)).build();
    ReconciliationReport report = bad.check();
    assertEquals(1, report.inconsistencies().size());
    Inconsistency i = report.inconsistencies().get(0);
    assertEquals(new Cell(new Place.GroupResult("Samenkracht"), "Realisatie"), i.cell());
    assertEquals(k(119), i.printed());
    assertEquals(0, new BigDecimal("114500").compareTo(i.consistentRange().lowerBound()));
    assertEquals(0, new BigDecimal("117500").compareTo(i.consistentRange().upperBound()));
    assertEquals(0, new BigDecimal("1500").compareTo(i.excess()));
    assertTrue(report.toString().contains("group \"Samenkracht\", saldo van baten en lasten, column \"Realisatie\""), report::toString);
    // Both sides in the printed unit, in Dutch notation (it once mixed "119 THOUSANDS" with "EUR 116000").
    assertEquals("group \"Samenkracht\", saldo van baten en lasten, column \"Realisatie\": printed 119, its lines give"
        + " 116 ± 1, consistent from 114,5 to 117,5, off by 1,5 (x € 1.000)", i.toString());
  }

  @Test
  void duplicatesNameBothOffenders() {
    IllegalArgumentException line = assertThrows(IllegalArgumentException.class, () -> samenkracht()
        .line("Samenkracht", LineKind.EXPENSES, "Lasten", Optional.empty(), "line 9"));
    assertTrue(line.getMessage().contains("declaration 5") && line.getMessage().contains("line 9"), line.getMessage());
    IllegalArgumentException group = assertThrows(IllegalArgumentException.class, () -> samenkracht()
        .group("Samenkracht", GroupKind.PRODUCT, Optional.empty(), "line 12"));
    assertTrue(group.getMessage().contains("declaration 4") && group.getMessage().contains("line 12"), group.getMessage());
    IllegalArgumentException column = assertThrows(IllegalArgumentException.class, () -> samenkracht()
        .column(Column.of("Realisatie", ColumnRole.REALISATION), "line 2"));
    assertTrue(column.getMessage().contains("declaration 2") && column.getMessage().contains("line 2"), column.getMessage());
    IllegalArgumentException cell = assertThrows(IllegalArgumentException.class, () -> samenkracht()
        .cell(new Place.Line("Samenkracht", LineKind.EXPENSES, "Lasten"), "Realisatie", k(1), "line 20"));
    assertTrue(cell.getMessage().contains("declaration 8") && cell.getMessage().contains("line 20"), cell.getMessage());
  }

  @Test
  void refusesCellsThatDoNotFit() {
    assertThrows(IllegalArgumentException.class, () -> samenkracht()
        .cell(new Place.Line("Samenkracht", LineKind.EXPENSES, "Lasten"), "Begroting 2023", k(1)));
    assertThrows(IllegalArgumentException.class, () -> samenkracht()
        .cell(new Place.Line("Jeugd", LineKind.EXPENSES, "Lasten"), "Realisatie", k(1)));
    assertThrows(IllegalArgumentException.class, () -> samenkracht()
        .cell(new Place.GroupResult("Jeugd"), "Realisatie", k(1)));
    assertThrows(IllegalArgumentException.class, () -> samenkracht()
        .cell(new Place.ResultBeforeReserves(), "Realisatie", PrintedFigure.of(1, EuroUnit.EUROS)));
    assertThrows(IllegalArgumentException.class, () -> Statement.builder("x", EuroUnit.EUROS, SignConvention.BOTH_POSITIVE)
        .column(Column.variance("Afwijking", Variance.between("Begroting", "Realisatie", VarianceNotation.FAVOURABLE_POSITIVE))).build());
    assertThrows(IllegalArgumentException.class, () -> samenkracht().line("Jeugd", LineKind.EXPENSES, "Lasten"));
  }

  @Test
  void publishesInThousandsSoThatItAddsUp() {
    Place a = new Place.Line("Wmo", LineKind.EXPENSES, "Huishoudelijke hulp");
    Place b = new Place.Line("Wmo", LineKind.EXPENSES, "Begeleiding");
    Place c = new Place.Line("Wmo", LineKind.INCOME, "Eigen bijdragen");
    Statement exact = Statement.builder("Wmo", EuroUnit.EUROS, SignConvention.EXPENSES_POSITIVE)
        .column("Realisatie", ColumnRole.REALISATION)
        .group("Wmo", GroupKind.PRODUCT)
        .line("Wmo", LineKind.EXPENSES, "Huishoudelijke hulp")
        .line("Wmo", LineKind.EXPENSES, "Begeleiding")
        .line("Wmo", LineKind.INCOME, "Eigen bijdragen")
        .cell(a, "Realisatie", PrintedFigure.of(1_400, EuroUnit.EUROS))
        .cell(b, "Realisatie", PrintedFigure.of(1_400, EuroUnit.EUROS))
        .cell(c, "Realisatie", PrintedFigure.of(-1_400, EuroUnit.EUROS))
        .build();
    Statement published = exact.publish(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    assertTrue(published.check().isConsistent());
    Cell total = new Cell(new Place.GroupResult("Wmo"), "Realisatie");
    assertEquals(k(1), published.printed(total).orElseThrow());
    List<PrintedFigure> lines = List.of(
        published.printed(new Cell(a, "Realisatie")).orElseThrow(),
        published.printed(new Cell(b, "Realisatie")).orElseThrow(),
        published.printed(new Cell(c, "Realisatie")).orElseThrow());
    assertEquals(1, lines.stream().mapToLong(f -> f.printedValue().longValueExact()).sum());
  }

  private static final Place.Line A_LASTEN = new Place.Line("A", LineKind.EXPENSES, "Lasten");
  private static final Place.Line A_STORTING = new Place.Line("A", LineKind.RESERVE_ADDITION, "Storting");
  private static final Place.Line B_BATEN = new Place.Line("B", LineKind.INCOME, "Baten");
  private static final Place.Line C_MUTATIE = new Place.Line("C", LineKind.RESERVE_MUTATION, "Mutatie");

  /** Group A with lasten and a storting, B with baten only, C with a reserve mutation only. */
  private static Statement.Builder threeGroups() {
    return Statement.builder("P", EuroUnit.THOUSANDS, SignConvention.EXPENSES_POSITIVE)
        .column("Realisatie", ColumnRole.REALISATION)
        .group("A", GroupKind.PRODUCT).group("B", GroupKind.PRODUCT).group("C", GroupKind.OTHER)
        .line("A", LineKind.EXPENSES, "Lasten").line("A", LineKind.RESERVE_ADDITION, "Storting")
        .line("B", LineKind.INCOME, "Baten")
        .line("C", LineKind.RESERVE_MUTATION, "Mutatie");
  }

  @Test
  void aDerivedPlaceExistsForTheLinesThatCountTowardIt() {
    assertEquals(List.of(
        new Place.GroupResult("A"), new Place.GroupReserves("A"), new Place.GroupResult("B"),
        new Place.GroupReserves("C"),
        new Place.KindTotal(LineKind.EXPENSES), new Place.KindTotal(LineKind.INCOME),
        new Place.KindTotal(LineKind.RESERVE_ADDITION), new Place.KindTotal(LineKind.RESERVE_MUTATION),
        new Place.ResultBeforeReserves(), new Place.ReserveTotal(), new Place.ResultAfterReserves()),
        threeGroups().build().derivedPlaces());
    Statement reservesOnly = Statement.builder("P", EuroUnit.EUROS, SignConvention.EXPENSES_POSITIVE)
        .group("C", GroupKind.OTHER).line("C", LineKind.RESERVE_WITHDRAWAL, "Onttrekking").build();
    assertEquals(List.of(new Place.GroupReserves("C"), new Place.KindTotal(LineKind.RESERVE_WITHDRAWAL),
        new Place.ReserveTotal(), new Place.ResultAfterReserves()), reservesOnly.derivedPlaces());
    Statement resultOnly = Statement.builder("P", EuroUnit.EUROS, SignConvention.EXPENSES_POSITIVE)
        .group("B", GroupKind.OTHER).line("B", LineKind.INCOME, "Baten").build();
    assertEquals(List.of(new Place.GroupResult("B"), new Place.KindTotal(LineKind.INCOME),
        new Place.ResultBeforeReserves(), new Place.ResultAfterReserves()), resultOnly.derivedPlaces());
    Statement groupWithoutLines = Statement.builder("P", EuroUnit.EUROS, SignConvention.EXPENSES_POSITIVE)
        .group("Leeg", GroupKind.OTHER).build();
    assertEquals(List.of(), groupWithoutLines.derivedPlaces());
  }

  @Test
  void eachRowCoversTheLinesThatCountTowardIt() {
    List<Place.Line> lines = List.of(A_LASTEN, A_STORTING, B_BATEN, C_MUTATIE);
    assertEquals(List.of(A_LASTEN), covered(A_LASTEN, lines));
    assertEquals(List.of(A_LASTEN), covered(new Place.GroupResult("A"), lines));
    assertEquals(List.of(A_STORTING), covered(new Place.GroupReserves("A"), lines));
    assertEquals(List.of(), covered(new Place.GroupResult("C"), lines));
    assertEquals(List.of(C_MUTATIE), covered(new Place.GroupReserves("C"), lines));
    assertEquals(List.of(B_BATEN), covered(new Place.KindTotal(LineKind.INCOME), lines));
    assertEquals(List.of(), covered(new Place.KindTotal(LineKind.RESERVE_WITHDRAWAL), lines));
    assertEquals(List.of(A_LASTEN, B_BATEN), covered(new Place.ResultBeforeReserves(), lines));
    assertEquals(List.of(A_STORTING, C_MUTATIE), covered(new Place.ReserveTotal(), lines));
    assertEquals(lines, covered(new Place.ResultAfterReserves(), lines));
    assertFalse(A_LASTEN.covers(new Place.Line("A", LineKind.EXPENSES, "Andere lasten")));
  }

  private static List<Place.Line> covered(Place place, List<Place.Line> lines) {
    return lines.stream().filter(place::covers).toList();
  }

  @Test
  void aComputedDerivedCellAddsTheLinesItCovers() {
    Statement s = threeGroups()
        .cell(A_LASTEN, "Realisatie", k(100)).cell(A_STORTING, "Realisatie", k(10))
        .cell(B_BATEN, "Realisatie", k(-30)).cell(C_MUTATIE, "Realisatie", k(-4))
        .build();
    assertEquals(0, new BigDecimal("100000").compareTo(s.compute(new Cell(new Place.GroupResult("A"), "Realisatie")).nominal()));
    assertEquals(0, new BigDecimal("10000").compareTo(s.compute(new Cell(new Place.GroupReserves("A"), "Realisatie")).nominal()));
    assertEquals(0, new BigDecimal("70000").compareTo(s.compute(new Cell(new Place.ResultBeforeReserves(), "Realisatie")).nominal()));
    assertEquals(0, new BigDecimal("6000").compareTo(s.compute(new Cell(new Place.ReserveTotal(), "Realisatie")).nominal()));
    assertEquals(0, new BigDecimal("76000").compareTo(s.compute(new Cell(new Place.ResultAfterReserves(), "Realisatie")).nominal()));
  }

  @Test
  void aPrintedCellWhereNoLineCountsIsRefusedWithItsPlace() {
    SociaalDomeinException storting = assertThrows(SociaalDomeinException.class, () -> samenkracht()
        .cell(new Place.KindTotal(LineKind.RESERVE_ADDITION), "Realisatie", k(5), "line 14"));
    assertTrue(storting.getMessage().contains("total storting") && storting.getMessage().contains("line 14"),
        storting.getMessage());
    assertThrows(SociaalDomeinException.class, () -> threeGroups()
        .cell(new Place.GroupResult("C"), "Realisatie", k(5), "line 15"));
    assertThrows(SociaalDomeinException.class, () -> threeGroups()
        .cell(new Place.GroupReserves("B"), "Realisatie", k(5), "line 15"));
    assertThrows(SociaalDomeinException.class, () -> samenkracht()
        .cell(new Place.ReserveTotal(), "Realisatie", k(5)));
    assertThrows(SociaalDomeinException.class, () -> Statement.builder("P", EuroUnit.THOUSANDS, SignConvention.BOTH_POSITIVE)
        .column("Realisatie", ColumnRole.REALISATION)
        .cell(new Place.ResultAfterReserves(), "Realisatie", k(5)));
    // Nor in a row of cells: all or none.
    assertThrows(SociaalDomeinException.class, () -> samenkracht()
        .cells(new Place.ReserveTotal(), java.util.Map.of("Realisatie", k(5)), "line 16"));
    // Once a line counts toward it, the place is there.
    Statement s = threeGroups().cell(new Place.GroupReserves("C"), "Realisatie", k(0), "line 17")
        .cell(new Place.KindTotal(LineKind.RESERVE_MUTATION), "Realisatie", k(0), "line 18").build();
    assertEquals(2, s.printedDerivedCells().size());
    assertTrue(s.check().isConsistent());
    assertEquals(2, s.check().checkedCells());
  }

  @Test
  void aVarianceColumnRefersToDeclaredColumnsOfEnteredFigures() {
    SociaalDomeinException undeclared = assertThrows(SociaalDomeinException.class, () -> samenkracht()
        .column(Column.variance("Afwijking", Variance.between("Begroting 2023", "Realisatie", VarianceNotation.FAVOURABLE_POSITIVE))).build());
    assertTrue(undeclared.getMessage().contains("\"Afwijking\" refers to \"Begroting 2023\""), undeclared.getMessage());
    SociaalDomeinException actual = assertThrows(SociaalDomeinException.class, () -> samenkracht()
        .column(Column.variance("Afwijking", Variance.between("Begroting", "Rekening", VarianceNotation.FAVOURABLE_POSITIVE))).build());
    assertTrue(actual.getMessage().contains("refers to \"Rekening\""), actual.getMessage());
    SociaalDomeinException onVariance = assertThrows(SociaalDomeinException.class, () -> samenkracht()
        .column(Column.variance("Afwijking", Variance.between("Begroting", "Begroot - Rekening", VarianceNotation.FAVOURABLE_NEGATIVE))).build());
    assertTrue(onVariance.getMessage().contains("refers to \"Begroot - Rekening\", which is not a declared column of entered figures"),
        onVariance.getMessage());
    assertEquals(4, samenkracht().column(Column.variance("Afwijking", Variance.between("Realisatie", "Begroting", VarianceNotation.FAVOURABLE_NEGATIVE)))
        .build().columns().size());
  }

  @Test
  void theCatalogueYearHasFourDigits() {
    for (int year : new int[] {-2022, 0, 999, 10_000, Integer.MAX_VALUE}) {
      SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> samenkracht().catalogueYear(year));
      assertEquals(Optional.of(Integer.toString(year)), e.what());
    }
    assertEquals(java.util.OptionalInt.of(1000), samenkracht().catalogueYear(1000).build().catalogueYear());
    assertEquals(java.util.OptionalInt.of(9999), samenkracht().catalogueYear(9999).build().catalogueYear());
  }
}
