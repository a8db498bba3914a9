package nl.sociaaldomein.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import java.util.Optional;
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
        .column(Column.variance("Begroot - Rekening", new Variance("Begroting", "Realisatie", true)))
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
        .column(Column.variance("Afwijking", new Variance("Begroting", "Realisatie", true))).build());
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
}
