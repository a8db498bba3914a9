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
import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;

/** Boundaries, exact sums and the value contracts of the money types. */
class MoneyContractsTest {

  private static final String BOUNDS = "between EUR -92233720368547758.08 and EUR 92233720368547758.07";

  @Test
  void anAmountComparesSignsAndHashesByItsCents() {
    Amount five = Amount.ofCents(500);
    assertFalse(five.isLessThan(Amount.ofCents(500)));
    assertTrue(five.isLessThan(Amount.ofCents(501)));
    assertEquals(-1, Amount.ofCents(-3).signum());
    assertEquals(1, five.signum());
    assertEquals(0, Amount.ZERO.signum());
    assertEquals(five.hashCode(), Amount.ofCents(500).hashCode());
    assertNotEquals(five.hashCode(), Amount.ofCents(501).hashCode());
    assertEquals(Amount.ofCents(3), Amount.ofCents(-3).abs());
    assertEquals(Direction.FAVOURABLE, Direction.ofSignum(0));
    assertEquals(Direction.UNFAVOURABLE, Direction.ofSignum(-1));
  }

  @Test
  void aHalfCentRoundsAsAHalfCent() {
    // 0.005 lies at a tenth of a cent's magnitude, not below it.
    assertEquals(Amount.ofCents(1), Amount.of(new BigDecimal("0.005"), RoundingMode.HALF_UP));
    assertEquals(Amount.ofCents(1), Amount.of(new BigDecimal("0.0009"), RoundingMode.UP));
    assertEquals(Amount.ZERO, Amount.of(new BigDecimal("0.0009"), RoundingMode.HALF_UP));
  }

  @Test
  void overflowMessagesNameTheOperationAndTheBounds() {
    ArithmeticException big = assertThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("1E+20"), RoundingMode.HALF_UP));
    assertEquals("Amount out of range: Amount.of(\"1E+20\", HALF_UP) does not fit " + BOUNDS, big.getMessage());
    // Whole cents that do not fit are out of range, not a fraction of a cent.
    ArithmeticException cents = assertThrows(ArithmeticException.class,
        () -> Amount.of(new BigDecimal("99999999999999999.99"), RoundingMode.UNNECESSARY));
    assertEquals("Amount out of range: Amount.of(\"99999999999999999.99\", UNNECESSARY) does not fit " + BOUNDS, cents.getMessage());
  }

  @Test
  void aSumIsExactEvenWhenItsRunningTotalLeavesTheRange() {
    Amount max = Amount.ofCents(Long.MAX_VALUE);
    Amount min = Amount.ofCents(Long.MIN_VALUE);
    assertEquals(max, Amount.sum(max, Amount.ofCents(1), Amount.ofCents(-1)));
    assertEquals(min, Amount.sum(min, Amount.ofCents(-1), Amount.ofCents(1)));
    assertEquals(Amount.ofCents(-1), Amount.sum(max, min));
    assertEquals(Amount.ofCents(5), Amount.sum(Amount.ofCents(2), Amount.ofCents(3)));
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> Amount.sum(max, max));
    assertEquals("Amount out of range: the sum is 18446744073709551614 cents, which does not fit " + BOUNDS, e.getMessage());
    ArithmeticException below = assertThrows(ArithmeticException.class, () -> Amount.sum(min, Amount.ofCents(-1)));
    assertEquals("Amount out of range: the sum is -9223372036854775809 cents, which does not fit " + BOUNDS, below.getMessage());
  }

  @Test
  void aColumnIsAValueAndShowsASumOutOfRange() {
    AmountColumn column = AmountColumn.ofCents(1, 2, 3);
    assertEquals(AmountColumn.ofCents(1, 2, 3), column);
    assertEquals(AmountColumn.ofCents(1, 2, 3).hashCode(), column.hashCode());
    assertNotEquals(AmountColumn.ofCents(1, 2, 4), column);
    assertNotEquals(AmountColumn.ofCents(1, 2, 4).hashCode(), column.hashCode());
    assertNotEquals(column, List.of(1L, 2L, 3L));
    assertEquals(2, column.centsAt(1));
    assertEquals("AmountColumn[size=1, sum=EUR 92233720368547758.07]", AmountColumn.ofCents(Long.MAX_VALUE).toString());
    assertEquals("AmountColumn[size=2, sum=EUR 92233720368547758.08 (out of range)]", AmountColumn.ofCents(Long.MAX_VALUE, 1).toString());
    assertEquals("AmountColumn[size=1, sum=EUR -92233720368547758.08]", AmountColumn.ofCents(Long.MIN_VALUE).toString());
    assertEquals("AmountColumn[size=2, sum=EUR -92233720368547758.09 (out of range)]", AmountColumn.ofCents(Long.MIN_VALUE, -1).toString());
  }

  @Test
  void aColumnBuilderChainsAndGrowsPastItsExpectedSize() {
    AmountColumn.Builder builder = AmountColumn.builder(2).add(Amount.ofCents(7)).addCents(8);
    long[] expected = new long[40];
    expected[0] = 7;
    expected[1] = 8;
    for (int i = 2; i < 40; i++) {
      builder.addCents(i);
      expected[i] = i;
    }
    assertEquals(AmountColumn.ofCents(expected), builder.build());
  }

  @Test
  void anEstimateTakesAHundredDigitsAndIsAValue() {
    BigDecimal hundredDigits = new BigDecimal("9".repeat(100));
    assertEquals(hundredDigits, Estimate.of(hundredDigits, BigDecimal.ONE).nominal());
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> Estimate.of(new BigDecimal("1" + "0".repeat(100)), BigDecimal.ONE));
    assertTrue(e.getMessage().contains("nominal has more than 100 digits"), e.getMessage());
    Estimate a = Estimate.of(new BigDecimal("13219000"), new BigDecimal("500"));
    assertEquals(a, Estimate.of(new BigDecimal("13219000.00"), new BigDecimal("500.0")));
    assertEquals(a.hashCode(), Estimate.of(new BigDecimal("13219000.00"), new BigDecimal("500.0")).hashCode());
    assertNotEquals(a, Estimate.of(new BigDecimal("13219000"), new BigDecimal("501")));
    assertNotEquals(a, Estimate.of(new BigDecimal("13219001"), new BigDecimal("500")));
    assertNotEquals(a.hashCode(), Estimate.of(new BigDecimal("13219000"), new BigDecimal("501")).hashCode());
    assertNotEquals(a.hashCode(), Estimate.of(new BigDecimal("13219001"), new BigDecimal("500")).hashCode());
    assertNotEquals(a, "EUR 13219000 ± 500");
  }

  @Test
  void aPrintedFigureTakesThirtyDigitsEachSideAndIsAValue() {
    BigDecimal thirty = new BigDecimal("9".repeat(30));
    assertEquals("9".repeat(30) + " EUROS", PrintedFigure.of(thirty, EuroUnit.EUROS).toString());
    assertThrows(SociaalDomeinException.class, () -> PrintedFigure.of(new BigDecimal("9".repeat(31)), EuroUnit.EUROS));
    BigDecimal thirtyDecimals = new BigDecimal("0." + "1".repeat(30));
    assertEquals(thirtyDecimals.toPlainString() + " EUROS", PrintedFigure.of(thirtyDecimals, EuroUnit.EUROS).toString());
    assertThrows(SociaalDomeinException.class, () -> PrintedFigure.of(new BigDecimal("0." + "1".repeat(31)), EuroUnit.EUROS));
    PrintedFigure f = PrintedFigure.of(new BigDecimal("13219"), EuroUnit.THOUSANDS);
    assertEquals(f.hashCode(), PrintedFigure.of(new BigDecimal("13219"), EuroUnit.THOUSANDS).hashCode());
    assertNotEquals(f.hashCode(), PrintedFigure.of(new BigDecimal("13219"), EuroUnit.MILLIONS).hashCode());
    assertNotEquals(f.hashCode(), PrintedFigure.of(new BigDecimal("13218"), EuroUnit.THOUSANDS).hashCode());
  }

  @Test
  void aRoundedTableAndATotalCheckKeepWhatTheyWereGiven() {
    List<Amount> parts = List.of(Amount.ofEuros(1_400), Amount.ofEuros(1_400), Amount.ofEuros(1_400));
    // Three equal remainders: the extra thousand goes to the first.
    RoundedTable table = RoundedTable.publish(parts, EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    assertEquals(parts, table.exactParts());
    assertEquals(Amount.ofEuros(4_200), table.exactTotal());
    assertEquals("RoundedTable[2 THOUSANDS, 1 THOUSANDS, 1 THOUSANDS] total 4 THOUSANDS adjusted [0]", table.toString());
    TotalCheck check = TotalCheck.of(table.parts(), table.total());
    assertEquals(table.parts(), check.parts());
    assertEquals(table.total(), check.total());
    assertEquals(Estimate.of(new BigDecimal("4000"), new BigDecimal("1500")), check.sumOfParts());
  }
}
