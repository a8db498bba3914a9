// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PrintedFigureTest {

  private static BigDecimal euros(String value) {
    return new BigDecimal(value);
  }

  private static void assertSameValue(BigDecimal expected, BigDecimal actual) {
    assertEquals(0, expected.compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aFigureInThousandsStandsForHalfAThousandEitherSide() {
    PrintedFigure f = PrintedFigure.of(13_219, EuroUnit.THOUSANDS);
    assertSameValue(euros("13219000"), f.nominal());
    assertSameValue(euros("1000"), f.resolution());
    assertSameValue(euros("13218500"), f.lowerBound());
    assertSameValue(euros("13219500"), f.upperBound());
  }

  @Test
  void printedDecimalsSetThePrecision() {
    PrintedFigure millions = PrintedFigure.of(new BigDecimal("1.9"), EuroUnit.MILLIONS);
    assertSameValue(euros("1850000"), millions.lowerBound());
    assertSameValue(euros("1950000"), millions.upperBound());
    PrintedFigure rate = PrintedFigure.of(new BigDecimal("0.84"), EuroUnit.EUROS);
    assertSameValue(euros("0.835"), rate.lowerBound());
    assertSameValue(euros("0.845"), rate.upperBound());
    assertEquals(2, rate.decimals());
    assertNotEquals(
        PrintedFigure.of(new BigDecimal("1.90"), EuroUnit.MILLIONS), millions,
        "1,90 miljoen is more precise than 1,9 miljoen");
  }

  @Test
  void roundsExactAmountsAsATablePrintsThem() {
    Amount exact = Amount.ofCents(13_218_600_00L);
    assertEquals(PrintedFigure.of(13_219, EuroUnit.THOUSANDS), PrintedFigure.rounded(exact, EuroUnit.THOUSANDS, RoundingMode.HALF_UP));
    assertEquals(
        PrintedFigure.of(new BigDecimal("13.2"), EuroUnit.MILLIONS),
        PrintedFigure.rounded(exact, EuroUnit.MILLIONS, 1, RoundingMode.HALF_UP));
    assertTrue(PrintedFigure.of(13_219, EuroUnit.THOUSANDS).isConsistentWith(exact));
    assertFalse(PrintedFigure.of(13_218, EuroUnit.THOUSANDS).isConsistentWith(exact));
  }

  @Test
  void bothTieRoundingsAreConsistentWithTheFigure() {
    // -2.500 euros prints as -3 (HALF_UP, away from zero) or -2 (HALF_CEILING) thousand.
    Amount tie = Amount.ofEuros(-2_500);
    assertTrue(PrintedFigure.of(-3, EuroUnit.THOUSANDS).isConsistentWith(tie));
    assertTrue(PrintedFigure.of(-2, EuroUnit.THOUSANDS).isConsistentWith(tie));
  }

  @Test
  void sumsCarryTheirTolerance() {
    // Seed 000, "Maatwerkdienstverlening 18-": lasten 13.219 and baten -6 (x € 1.000).
    Estimate sum = PrintedFigure.of(13_219, EuroUnit.THOUSANDS).toEstimate().plus(PrintedFigure.of(-6, EuroUnit.THOUSANDS));
    assertSameValue(euros("13213000"), sum.nominal());
    assertSameValue(euros("1000"), sum.halfWidth());
    assertTrue(PrintedFigure.of(13_212, EuroUnit.THOUSANDS).isConsistentWith(sum));
    assertFalse(PrintedFigure.of(13_210, EuroUnit.THOUSANDS).isConsistentWith(sum));
    Estimate difference = PrintedFigure.of(3_947, EuroUnit.THOUSANDS).toEstimate().minus(PrintedFigure.of(9_268, EuroUnit.THOUSANDS));
    assertSameValue(euros("-5321000"), difference.nominal());
    assertSameValue(euros("1000"), difference.halfWidth());
  }

  @Test
  void figuresAreConsistentWhenTheirIntervalsMeet() {
    PrintedFigure thousands = PrintedFigure.of(13, EuroUnit.THOUSANDS);
    assertTrue(thousands.isConsistentWith(PrintedFigure.of(13_400, EuroUnit.EUROS)));
    assertTrue(thousands.isConsistentWith(PrintedFigure.of(13_500, EuroUnit.EUROS)));
    assertFalse(thousands.isConsistentWith(PrintedFigure.of(13_502, EuroUnit.EUROS)));
  }

  @Test
  void negationKeepsThePrecision() {
    PrintedFigure f = PrintedFigure.of(new BigDecimal("1.9"), EuroUnit.MILLIONS);
    assertEquals(PrintedFigure.of(new BigDecimal("-1.9"), EuroUnit.MILLIONS), f.negated());
  }

  @Test
  void toStringReadsBack() {
    PrintedFigure f = PrintedFigure.of(new BigDecimal("-1.90"), EuroUnit.MILLIONS);
    assertEquals("-1.90 MILLIONS", f.toString());
    assertEquals(f, PrintedFigure.parse(f.toString()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PrintedFigure.parse("13.219 duizend euro"));
    assertTrue(e.getMessage().contains("13.219 duizend euro"));
  }

  @Test
  void aWholeFigureWithANegativeScaleIsReadAsWhole() {
    assertEquals(PrintedFigure.of(1000, EuroUnit.EUROS), PrintedFigure.of(new BigDecimal("1E+3"), EuroUnit.EUROS));
  }
}
