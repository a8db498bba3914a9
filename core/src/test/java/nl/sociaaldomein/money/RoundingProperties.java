// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static nl.sociaaldomein.money.Generators.amounts;
import static nl.sociaaldomein.money.Generators.nearestModes;
import static nl.sociaaldomein.money.Generators.roundingModes;
import static nl.sociaaldomein.money.Generators.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoundingProperties {

  private static List<PrintedFigure> roundEach(List<Amount> exact, EuroUnit unit, java.math.RoundingMode mode) {
    return exact.stream().map(a -> PrintedFigure.rounded(a, unit, mode)).collect(Collectors.toList());
  }

  @Test
  void everyRoundedAmountIsConsistentWithItsFigure() {
    qt().forAll(amounts(), units(), integers().between(0, 3), nearestModes()).checkAssert((a, unit, decimals, mode) ->
        assertTrue(PrintedFigure.rounded(a, unit, decimals, mode).isConsistentWith(a)));
  }

  @Test
  void checkAcceptsEveryTableRoundedFromExactAmounts() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 30), units(), nearestModes()).checkAssert((exact, unit, mode) -> {
      PrintedFigure total = PrintedFigure.rounded(Amount.sum(exact), unit, mode);
      TotalCheck check = TotalCheck.of(roundEach(exact, unit, mode), total);
      assertTrue(check.isConsistent(), check::toString);
    });
  }

  @Test
  void checkRejectsTotalsMovedBeyondTheBound() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 30), units(), integers().between(1, 1_000), integers().between(0, 1))
        .checkAssert((exact, unit, extra, direction) -> {
          List<PrintedFigure> parts = roundEach(exact, unit, java.math.RoundingMode.HALF_UP);
          // Whole-unit figures: rounding explains at most (n + 1) / 2 units of difference.
          long sumOfParts = parts.stream().mapToLong(p -> p.printedValue().longValueExact()).sum();
          long bound = (parts.size() + 1) / 2;
          long moved = (direction == 0 ? 1 : -1) * (bound + extra);
          TotalCheck check = TotalCheck.of(parts, PrintedFigure.of(sumOfParts + moved, unit));
          assertFalse(check.isConsistent(), check::toString);
          assertTrue(check.excess().signum() > 0);
        });
  }

  @Test
  void checkAcceptsEveryTotalWithinTheBound() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 30), units(), integers().between(0, 1_000)).checkAssert((exact, unit, seed) -> {
      List<PrintedFigure> parts = roundEach(exact, unit, java.math.RoundingMode.HALF_UP);
      long sumOfParts = parts.stream().mapToLong(p -> p.printedValue().longValueExact()).sum();
      long bound = (parts.size() + 1) / 2;
      long moved = bound == 0 ? 0 : (seed % (2 * bound + 1)) - bound;
      assertTrue(TotalCheck.of(parts, PrintedFigure.of(sumOfParts + moved, unit)).isConsistent());
    });
  }

  @Test
  void publishKeepsTheTotalAndTheOneUnitBound() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 30), units(), roundingModes()).checkAssert((exact, unit, mode) -> {
      RoundedTable table = RoundedTable.publish(exact, unit, mode);
      long published = table.parts().stream().mapToLong(p -> p.printedValue().longValueExact()).sum();
      assertEquals(table.total().printedValue().longValueExact(), published, "parts add up to the total");
      assertEquals(Amount.sum(exact).toWhole(unit, mode), table.total().printedValue().longValueExact());
      List<Integer> moved = new ArrayList<>();
      for (int i = 0; i < exact.size(); i++) {
        long own = exact.get(i).toWhole(unit, mode);
        long got = table.parts().get(i).printedValue().longValueExact();
        assertTrue(Math.abs(own - got) <= 1, () -> "more than one unit from its own rounding: " + table);
        // Largest remainder only ever takes a part to the whole unit below or above it.
        assertTrue(exact.get(i).toUnit(unit).subtract(java.math.BigDecimal.valueOf(got)).abs()
            .compareTo(java.math.BigDecimal.ONE) < 0);
        if (own != got) {
          moved.add(i);
        }
      }
      assertEquals(moved, new ArrayList<>(table.adjusted()));
      assertEquals(table.parts(), RoundedTable.publish(exact, unit, mode).parts(), "deterministic");
    });
  }

  @Test
  void publishedTablesPassTheCheck() {
    qt().forAll(lists().of(amounts()).ofSizeBetween(0, 30), units(), nearestModes()).checkAssert((exact, unit, mode) -> {
      RoundedTable table = RoundedTable.publish(exact, unit, mode);
      assertTrue(TotalCheck.of(table.parts(), table.total()).isConsistent());
    });
  }

  @Test
  void valueTypesReadBackFromToString() {
    qt().forAll(amounts(), units(), integers().between(0, 4), amounts()).checkAssert((a, unit, decimals, b) -> {
      PrintedFigure figure = PrintedFigure.rounded(a, unit, decimals, java.math.RoundingMode.HALF_EVEN);
      assertEquals(figure, PrintedFigure.parse(figure.toString()));
      Estimate estimate = figure.toEstimate().plus(PrintedFigure.rounded(b, unit, java.math.RoundingMode.HALF_UP));
      assertEquals(estimate, Estimate.parse(estimate.toString()));
      AmountRange range = AmountRange.between(Amount.min(a, b), Amount.max(a, b));
      assertEquals(range, AmountRange.parse(range.toString()));
      AmountRange pm = AmountRange.atLeast(a).withProMemorie(true);
      assertEquals(pm, AmountRange.parse(pm.toString()));
    });
  }
}
