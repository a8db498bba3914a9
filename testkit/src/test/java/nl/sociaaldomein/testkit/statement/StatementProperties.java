// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.money.Direction;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.CellMoves;
import nl.sociaaldomein.statement.Column;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import org.junit.jupiter.api.Test;

/**
 * Properties of core's statements over generated ones: moved from core's tests with the
 * generator (issue 14), since core's tests cannot use the testkit.
 */
class StatementProperties {

  private static final List<RoundingMode> NEAREST = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN);

  @Test
  void derivedCellsRoundedOnTheirOwnAlwaysPassTheCheck() {
    qt().forAll(longs().all(), arbitrary().pick(EuroUnit.EUROS, EuroUnit.THOUSANDS, EuroUnit.MILLIONS), arbitrary().pick(NEAREST))
        .checkAssert((seed, unit, mode) -> {
          Statement printed = StatementGenerator.random(seed).roundEach(unit, mode);
          ReconciliationReport report = printed.check();
          assertTrue(report.isConsistent(), report::toString);
          assertEquals(printed.printedDerivedCells().size(), report.checkedCells());
        });
  }

  @Test
  void publishedStatementsAddUpExactlyAndStayWithinAUnit() {
    qt().forAll(longs().all(), arbitrary().pick(EuroUnit.THOUSANDS, EuroUnit.MILLIONS), arbitrary().pick(NEAREST))
        .checkAssert((seed, unit, mode) -> {
          Statement exact = StatementGenerator.random(seed);
          Statement published = exact.publish(unit, mode);
          ReconciliationReport report = published.check();
          assertTrue(report.isConsistent(), report::toString);
          for (Cell cell : published.printedDerivedCells()) {
            // Every part is whole: the derived cells add up exactly, not just within a bound.
            assertEquals(0, published.printed(cell).orElseThrow().nominal().compareTo(published.compute(cell).nominal()), cell::toString);
          }
          for (Place.Line line : exact.lines()) {
            for (String column : List.of(StatementGenerator.BUDGET, StatementGenerator.ACTUAL)) {
              Cell cell = new Cell(line, column);
              BigDecimal exactValue = exact.printed(cell).map(PrintedFigure::nominal).orElse(BigDecimal.ZERO);
              BigDecimal publishedValue = published.printed(cell).map(PrintedFigure::nominal).orElse(BigDecimal.ZERO);
              assertTrue(exactValue.subtract(publishedValue).abs().compareTo(unit.euros()) < 0, cell::toString);
            }
          }
        });
  }

  @Test
  void movingAnyPrintedCellBeyondItsBoundIsDetected() {
    qt().forAll(longs().all(), integers().between(0, 10_000), integers().between(0, 1))
        .checkAssert((seed, pick, direction) -> {
          Statement printed = StatementGenerator.random(seed).roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
          List<Cell> cells = new ArrayList<>(printed.printedDerivedCells());
          for (Place.Line line : printed.lines()) {
            for (Column c : printed.columns()) {
              if (!c.isVariance() && printed.printed(new Cell(line, c.label())).isPresent()) {
                cells.add(new Cell(line, c.label()));
              }
            }
          }
          Cell moved = cells.get(pick % cells.size());
          // Every check's tolerance is at most half a unit per line plus half for the printed
          // cell; moving by more than twice that leaves any check it is part of unexplained.
          long beyond = printed.lines().size() * 2L + 2;
          Statement altered = CellMoves.withCell(printed, moved, direction == 0 ? beyond : -beyond);
          ReconciliationReport report = altered.check();
          assertFalse(report.isConsistent(), () -> "moving " + moved + " went unnoticed");
          if (!moved.place().isLine() || printed.column(moved.column()).isVariance()) {
            assertTrue(report.inconsistencies().stream().anyMatch(i -> i.cell().equals(moved)), report::toString);
          }
        });
  }

  @Test
  void convertingToAnyConventionAndBackIsLossless() {
    qt().forAll(longs().all(), arbitrary().enumValues(SignConvention.class)).checkAssert((seed, other) -> {
      Statement printed = StatementGenerator.random(seed).roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
      Statement converted = printed.withConvention(other);
      assertEquals(printed, converted.withConvention(printed.convention()));
      assertEquals(printed.check().inconsistencies().size(), converted.check().inconsistencies().size());
    });
  }

  @Test
  void noConventionChangesAVOrN() {
    qt().forAll(longs().all(), arbitrary().enumValues(SignConvention.class)).checkAssert((seed, other) -> {
      Statement printed = StatementGenerator.random(seed).roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
      Statement converted = printed.withConvention(other);
      List<Place> places = new ArrayList<>(printed.lines());
      places.addAll(printed.derivedPlaces());
      for (Column c : printed.columns()) {
        if (!c.isVariance()) {
          continue;
        }
        for (Place place : places) {
          Cell cell = new Cell(place, c.label());
          assertEquals(printed.printedDirection(cell), converted.printedDirection(cell), cell::toString);
          assertEquals(printed.effect(cell), converted.effect(cell), cell::toString);
          // The direction follows the variance, whatever sign the column prints it with.
          printed.printedDirection(cell).ifPresent(d -> assertEquals(
              Direction.ofSignum(converted.printed(cell).orElseThrow().printedValue().signum()
                  * c.variance().orElseThrow().notation().sign(other, place)), d, cell::toString));
        }
      }
    });
  }

  @Test
  void theDerivedPlacesAreExactlyThoseSomeLineCovers() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Statement s = StatementGenerator.random(seed);
      for (Place candidate : candidates(s)) {
        assertEquals(s.lines().stream().anyMatch(candidate::covers), s.derivedPlaces().contains(candidate),
            candidate::toString);
      }
    });
  }

  private static List<Place> candidates(Statement s) {
    List<Place> out = new ArrayList<>();
    for (Group g : s.groups()) {
      out.add(new Place.GroupResult(g.name()));
      out.add(new Place.GroupReserves(g.name()));
    }
    for (LineKind kind : LineKind.values()) {
      out.add(new Place.KindTotal(kind));
    }
    out.addAll(List.of(new Place.ResultBeforeReserves(), new Place.ReserveTotal(), new Place.ResultAfterReserves()));
    return out;
  }
}
