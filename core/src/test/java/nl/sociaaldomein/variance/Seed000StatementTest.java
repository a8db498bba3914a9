// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;

/** The fixture is the document: its own printed totals agree with its lines, and figures sit where printed. */
class Seed000StatementTest {

  private final Statement statement = Seed000Statement.statement();

  @Test
  void everyPrintedTotalAgreesWithItsLinesWithinRounding() {
    ReconciliationReport report = statement.check();
    assertTrue(report.isConsistent(), report::toString);
    // 11 group totals, 6 reserve subtotals, the result and the reserve total in 5 columns each,
    // and the variance of each of the 26 lines.
    assertEquals((11 + 6 + 2) * 5 + 26, report.checkedCells());
    assertEquals(11, statement.groups().size());
    assertEquals(26, statement.lines().size());
  }

  @Test
  void figuresSitInTheirRowsAndColumnsAsPrinted() {
    assertEquals(PrintedFigure.of(13_219, EuroUnit.THOUSANDS), statement.printed(
        new Cell(Seed000Statement.lasten(Seed000Statement.MAATWERK_18_MIN), Seed000Statement.ACTUAL)).orElseThrow());
    assertEquals(PrintedFigure.of(13_212, EuroUnit.THOUSANDS), statement.printed(
        new Cell(new Place.GroupResult(Seed000Statement.MAATWERK_18_MIN), Seed000Statement.ACTUAL)).orElseThrow());
    assertEquals(PrintedFigure.of(-455, EuroUnit.THOUSANDS), statement.printed(
        new Cell(new Place.ReserveTotal(), Seed000Statement.BUDGET)).orElseThrow());
    assertEquals("Totaal Geëscaleerde zorg 18+",
        statement.label(new Place.GroupResult(Seed000Statement.ESCALATED_18_PLUS)).orElseThrow());
  }
}
