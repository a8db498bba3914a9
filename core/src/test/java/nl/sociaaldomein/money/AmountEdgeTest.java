// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Regression tests of issue 8: inputs at the edges that used to hang, leak or lie. */
class AmountEdgeTest {

  /** Generous: these inputs took 14 s or never finished before the range was checked first. */
  private static final Duration BOUND = Duration.ofSeconds(5);

  private static final Amount MAX = Amount.ofCents(Long.MAX_VALUE);
  private static final Amount MIN = Amount.ofCents(Long.MIN_VALUE);

  private static <T extends Throwable> T fastThrows(Class<T> type, Executable call) {
    return assertTimeoutPreemptively(BOUND, () -> assertThrows(type, call));
  }

  private static void assertShortMessageNaming(Throwable e, String value) {
    assertTrue(e.getMessage().contains(value), e.getMessage());
    assertTrue(e.getMessage().length() < 300, () -> "message of " + e.getMessage().length() + " characters");
  }

  @Test
  void ofOneE999999999IsAnOverflowNamingTheValueNotAnOutOfMemoryError() {
    ArithmeticException e = fastThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("1E+999999999")));
    assertShortMessageNaming(e, "1E+999999999");
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }

  @Test
  void ofOneE10000000IsAnOverflowAtOnceWithAShortMessage() {
    ArithmeticException e = fastThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("1E+10000000")));
    assertShortMessageNaming(e, "1E+10000000");
    fastThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("-1E+10000000"), RoundingMode.HALF_UP));
  }

  @Test
  void ofOneEMinus100000000IsAFractionOfACentAtOnceAndRoundsLikeAnyTinyValue() {
    ArithmeticException e = fastThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("1E-100000000")));
    assertShortMessageNaming(e, "1E-100000000");
    assertTrue(e.getMessage().contains("fraction of a cent"), e.getMessage());
    assertTimeoutPreemptively(BOUND, () -> {
      BigDecimal tiny = new BigDecimal("1E-100000000");
      assertEquals(Amount.ZERO, Amount.of(tiny, RoundingMode.HALF_UP));
      assertEquals(Amount.ZERO, Amount.of(tiny, RoundingMode.FLOOR));
      assertEquals(Amount.ofCents(1), Amount.of(tiny, RoundingMode.UP));
      assertEquals(Amount.ofCents(-1), Amount.of(tiny.negate(), RoundingMode.FLOOR));
      assertEquals(Amount.ZERO, Amount.of(tiny.negate(), RoundingMode.CEILING));
      assertEquals(Amount.ZERO, Amount.of(new BigDecimal("0E+999999999")));
      assertEquals(Amount.ZERO, Amount.of(new BigDecimal("0E-999999999")));
    });
    assertThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("1E-100000000"), RoundingMode.UNNECESSARY));
  }

  @Test
  void theEdgesOfTheRangeStillConvert() {
    assertEquals(MAX, Amount.of(new BigDecimal("92233720368547758.07")));
    assertEquals(MIN, Amount.of(new BigDecimal("-92233720368547758.08")));
    assertEquals(MAX, Amount.of(new BigDecimal("92233720368547758.070000")));
    assertEquals(Amount.ofCents(1_000_000_000_000_000_000L), Amount.of(new BigDecimal("1E+16")));
    assertThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("92233720368547758.08")));
    assertThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("92233720368547758.071"), RoundingMode.UP));
    assertEquals(MAX, Amount.of(new BigDecimal("92233720368547758.071"), RoundingMode.DOWN));
  }

  @Test
  void parseOfTooLargeTextIsRefusedNamingTheText() {
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class, () -> Amount.parse("EUR 99999999999999999.99"));
    assertShortMessageNaming(e, "99999999999999999.99");
    assertTrue(e.getMessage().contains("too large"), e.getMessage());
    assertEquals(MAX, Amount.parse("92233720368547758.07"));
    assertEquals(MIN, Amount.parse("EUR -92233720368547758.08"));
  }

  @Test
  void amountRangeParseOfTooLargeTextIsRefusedNamingTheText() {
    String huge = "1" + "0".repeat(40) + ".00";
    SociaalDomeinException e = fastThrows(SociaalDomeinException.class, () -> AmountRange.parse("[" + huge + ", ?]"));
    assertTrue(e.getMessage().contains("1000000000"), e.getMessage());
    SociaalDomeinException tooLarge =
        assertThrows(SociaalDomeinException.class, () -> AmountRange.parse("p.m. [?, 99999999999999999.99]"));
    assertTrue(tooLarge.getMessage().contains("99999999999999999.99"), tooLarge.getMessage());
    String thousandDigits = "[" + "9".repeat(1_000) + ".00, ?]";
    SociaalDomeinException long1 = fastThrows(SociaalDomeinException.class, () -> AmountRange.parse(thousandDigits));
    assertTrue(long1.getMessage().length() < 300, long1.getMessage());
  }

  @Test
  void allocateOverRatioOneEMinus100000000IsRefusedAtOnce() {
    SociaalDomeinException e = fastThrows(SociaalDomeinException.class,
        () -> Amount.ofEuros(1).allocate(List.of(new BigDecimal("1E-100000000"), BigDecimal.ONE)));
    assertShortMessageNaming(e, "1E-100000000");
    fastThrows(SociaalDomeinException.class,
        () -> Amount.ofEuros(1).allocate(List.of(new BigDecimal("1E+100000000"), BigDecimal.ONE)));
    fastThrows(SociaalDomeinException.class,
        () -> LargestRemainder.split(100, new BigDecimal[] {new BigDecimal("1E-100000000"), BigDecimal.ONE}));
    // A hundred digits either side of the point are enough for any computed share, one more is not.
    BigDecimal hundredDecimals = BigDecimal.ONE.movePointLeft(100);
    assertEquals(List.of(Amount.ofCents(50), Amount.ofCents(50)),
        Amount.ofEuros(1).allocate(List.of(hundredDecimals, hundredDecimals)));
    assertEquals(List.of(Amount.ofCents(50), Amount.ofCents(50)),
        Amount.ofEuros(1).allocate(List.of(BigDecimal.ONE.movePointRight(99), BigDecimal.ONE.movePointRight(99))));
    assertThrows(SociaalDomeinException.class,
        () -> Amount.ofEuros(1).allocate(List.of(hundredDecimals.movePointLeft(1), BigDecimal.ONE)));
    assertThrows(SociaalDomeinException.class,
        () -> Amount.ofEuros(1).allocate(List.of(BigDecimal.ONE.movePointRight(100), BigDecimal.ONE)));
    // Trailing zeros do not count: 1.000...0 is the ratio 1.
    assertEquals(List.of(Amount.ofCents(50), Amount.ofCents(50)),
        Amount.ofEuros(1).allocate(List.of(new BigDecimal("1." + "0".repeat(100)), BigDecimal.ONE)));
    assertEquals(List.of(Amount.ofCents(25), Amount.ofCents(75)),
        Amount.ofEuros(1).allocate(List.of(new BigDecimal("0.000000000000000000000000000001"),
            new BigDecimal("0.000000000000000000000000000003"))));
  }

  @Test
  void dividedByOneHalfOfMaxIsAnOverflowNamingTheOperationNotABigIntegerMessage() {
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> MAX.dividedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP));
    assertFalse(e.getMessage().contains("BigInteger"), e.getMessage());
    assertTrue(e.getMessage().contains("dividedBy"), e.getMessage());
    assertTrue(e.getMessage().contains("0.5"), e.getMessage());
  }

  @Test
  void dividedByOneEMinus999999999IsAnOverflowAtOnce() {
    ArithmeticException e = fastThrows(ArithmeticException.class,
        () -> Amount.ofCents(1).dividedBy(new BigDecimal("1E-999999999"), RoundingMode.HALF_UP));
    assertShortMessageNaming(e, "1E-999999999");
    assertTimeoutPreemptively(BOUND, () -> {
      BigDecimal huge = new BigDecimal("1E+999999999");
      assertEquals(Amount.ZERO, MAX.dividedBy(huge, RoundingMode.HALF_UP));
      assertEquals(Amount.ofCents(1), MAX.dividedBy(huge, RoundingMode.UP));
      assertEquals(Amount.ofCents(-1), MAX.dividedBy(huge.negate(), RoundingMode.FLOOR));
      assertEquals(Amount.ZERO, Amount.ZERO.dividedBy(new BigDecimal("1E-999999999"), RoundingMode.HALF_UP));
    });
    assertEquals(Amount.ofCents(-2), Amount.ofCents(1).dividedBy(new BigDecimal("-0.5"), RoundingMode.UNNECESSARY));
    assertEquals(MIN, Amount.ofCents(Long.MIN_VALUE / 2).dividedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
  }

  @Test
  void multipliedByOneE999999999IsAnOverflowAtOnce() {
    ArithmeticException e = fastThrows(ArithmeticException.class,
        () -> Amount.ofCents(1).multipliedBy(new BigDecimal("1E+999999999"), RoundingMode.HALF_UP));
    assertTrue(e.getMessage().contains("multipliedBy"), e.getMessage());
    assertShortMessageNaming(e, "1E+999999999");
    assertTimeoutPreemptively(BOUND,
        () -> assertEquals(Amount.ZERO, MAX.multipliedBy(new BigDecimal("1E-999999999"), RoundingMode.HALF_UP)));
  }

  @Test
  void everyOverflowNamesItsOperation() {
    assertTrue(assertThrows(ArithmeticException.class, () -> MAX.plus(Amount.ofCents(1))).getMessage().contains("plus"));
    assertTrue(assertThrows(ArithmeticException.class, () -> MIN.minus(Amount.ofCents(1))).getMessage().contains("minus"));
    assertTrue(assertThrows(ArithmeticException.class, MIN::negated).getMessage().contains("negated"));
    assertTrue(assertThrows(ArithmeticException.class, MIN::abs).getMessage().contains("negated"));
    assertTrue(assertThrows(ArithmeticException.class, () -> MAX.multipliedBy(2)).getMessage().contains("multipliedBy"));
    assertTrue(assertThrows(ArithmeticException.class, () -> Amount.ofEuros(Long.MAX_VALUE / 10)).getMessage().contains("ofEuros"));
    assertTrue(assertThrows(ArithmeticException.class, () -> MIN.allocate(1, 1)).getMessage().contains("allocate"));
    assertTrue(assertThrows(ArithmeticException.class, () -> Amount.sum(MAX, MAX)).getMessage().contains("sum"));
  }

  @Test
  void sumOfMaxOneCentAndMinusOneCentIsMaxAsItsJavadocPromises() {
    assertEquals(MAX, Amount.sum(MAX, Amount.ofCents(1), Amount.ofCents(-1)));
    assertEquals(MAX, Amount.sum(List.of(MAX, Amount.ofCents(1), Amount.ofCents(-1))));
    assertEquals(MIN, Amount.sum(MIN, Amount.ofCents(-1), Amount.ofCents(1)));
    assertEquals(Amount.ofCents(-2), Amount.sum(MAX, MAX, MIN, MIN));
    assertEquals(Amount.ofCents(Long.MAX_VALUE - 1), Amount.sum(MAX, MAX, MIN));
    assertThrows(ArithmeticException.class, () -> Amount.sum(MAX, MAX, MIN, Amount.ofCents(2)));
    assertThrows(ArithmeticException.class, () -> Amount.sum(MIN, MIN, MAX, Amount.ofCents(-1)));
  }

  @Test
  void summingMaxOneCentAndMinusOneCentIsMaxAsItsJavadocPromises() {
    assertEquals(MAX, Stream.of(MAX, Amount.ofCents(1), Amount.ofCents(-1)).collect(Amount.summing()));
    assertEquals(MIN, Stream.of(MIN, Amount.ofCents(-1), Amount.ofCents(1)).collect(Amount.summing()));
    // Partial sums that each overflow, merged into a total that fits.
    assertEquals(Amount.ofCents(-2),
        Stream.of(MAX, MAX, MIN, MIN).parallel().collect(Amount.summing()));
    assertEquals(Amount.ofCents(-4),
        Stream.of(MAX, MAX, MIN, MIN, MAX, MAX, MIN, MIN).parallel().collect(Amount.summing()));
    assertThrows(ArithmeticException.class,
        () -> Stream.of(MAX, MAX, MIN, Amount.ofCents(2)).parallel().collect(Amount.summing()));
  }

  @Test
  void nullFactorDivisorAndOthersAreNamed() {
    Amount one = Amount.ofEuros(1);
    assertNamed("factor", () -> one.multipliedBy(null, RoundingMode.HALF_UP));
    assertNamed("mode", () -> one.multipliedBy(BigDecimal.ONE, null));
    assertNamed("divisor", () -> one.dividedBy(null, RoundingMode.HALF_UP));
    assertNamed("mode", () -> one.dividedBy(2, null));
    assertNamed("mode", () -> one.toWhole(EuroUnit.EUROS, null));
    assertNamed("unit", () -> one.toWhole(null, RoundingMode.HALF_UP));
    assertNamed("other", () -> one.isGreaterThan(null));
    assertNamed("other", () -> one.isLessThan(null));
    assertNamed("other", () -> one.compareTo(null));
    assertNamed("a", () -> Amount.max(null, one));
    assertNamed("b", () -> Amount.min(one, null));
    assertNamed("amounts", () -> Amount.sum((Iterable<Amount>) null));
    assertNamed("amounts", () -> Amount.sum((Amount[]) null));
    assertNamed("amounts", () -> Amount.sum(one, null));
    assertNamed("ratios", () -> one.allocate(java.util.Arrays.asList(BigDecimal.ONE, null)));
    assertNamed("amount", () -> AmountRange.exactly(one).plus((Amount) null));
    assertNamed("other", () -> AmountRange.exactly(one).plus((AmountRange) null));
    assertNamed("other", () -> AmountRange.exactly(one).minus(null));
    assertNamed("amount", () -> AmountRange.exactly(one).contains(null));
    assertNamed("ranges", () -> AmountRange.sum(null));
    assertNamed("cents", () -> AmountColumn.ofCents((long[]) null));
    assertNamed("amounts", () -> AmountColumn.of(null));
    assertNamed("amounts", () -> AmountColumn.of(java.util.Arrays.asList(one, null)));
    assertNamed("amount", () -> AmountColumn.builder(1).add(null));
    assertNamed("cents", () -> AmountColumn.sumCents(null, 0, 0));
    assertNamed("exact", () -> PrintedFigure.of(1, EuroUnit.EUROS).isConsistentWith((Amount) null));
    assertNamed("other", () -> PrintedFigure.of(1, EuroUnit.EUROS).isConsistentWith((PrintedFigure) null));
    assertNamed("sum", () -> PrintedFigure.of(1, EuroUnit.EUROS).isConsistentWith((Estimate) null));
    assertNamed("euros", () -> Estimate.ZERO.contains(null));
    assertNamed("other", () -> Estimate.ZERO.overlaps(null));
    assertNamed("other", () -> Estimate.ZERO.distanceTo(null));
    assertNamed("figures", () -> Estimate.sum(null));
    assertNamed("value", () -> EuroUnit.EUROS.toEuros(null));
    assertNamed("euros", () -> EuroUnit.EUROS.fromEuros(null));
    assertNamed("parts", () -> TotalCheck.of((List<PrintedFigure>) null, PrintedFigure.of(1, EuroUnit.EUROS)));
    assertNamed("exactParts", () -> RoundedTable.publish(null, EuroUnit.EUROS, RoundingMode.HALF_UP));
    assertNamed("parts", () -> TotalCheck.of(PrintedFigure.of(1, EuroUnit.EUROS), (PrintedFigure[]) null));
    assertNamed("parts", () -> TotalCheck.of(PrintedFigure.of(1, EuroUnit.EUROS), PrintedFigure.of(1, EuroUnit.EUROS), null));
    assertNamed("weights", () -> LargestRemainder.split(1, new BigInteger[] {BigInteger.ONE, null}));
    assertNamed("weights", () -> LargestRemainder.split(1, (long[]) null));
  }

  @Test
  void printedFigureOfOneE999999999AndRoundedToAHundredMillionDecimalsAreRefusedAtOnce() {
    SociaalDomeinException e = fastThrows(SociaalDomeinException.class,
        () -> PrintedFigure.of(new BigDecimal("1E+999999999"), EuroUnit.EUROS));
    assertShortMessageNaming(e, "1E+999999999");
    fastThrows(SociaalDomeinException.class,
        () -> PrintedFigure.of(new BigDecimal("1E-999999999"), EuroUnit.EUROS));
    SociaalDomeinException decimals = fastThrows(SociaalDomeinException.class,
        () -> PrintedFigure.rounded(Amount.ofEuros(1), EuroUnit.EUROS, 100_000_000, RoundingMode.HALF_UP));
    assertTrue(decimals.getMessage().contains("100000000"), decimals.getMessage());
    assertEquals(30, PrintedFigure.rounded(Amount.ofEuros(1), EuroUnit.EUROS, 30, RoundingMode.HALF_UP).decimals());
  }

  @Test
  void estimateOfOneE999999999IsRefusedAtOnceInsteadOfHangingInTheFirstSum() {
    SociaalDomeinException e = fastThrows(SociaalDomeinException.class,
        () -> Estimate.of(new BigDecimal("1E+999999999"), BigDecimal.ZERO).plus(Estimate.of(BigDecimal.ONE, BigDecimal.ZERO)));
    assertShortMessageNaming(e, "1E+999999999");
    fastThrows(SociaalDomeinException.class, () -> Estimate.of(BigDecimal.ONE, new BigDecimal("1E-999999999")));
    fastThrows(SociaalDomeinException.class, () -> Estimate.parse("EUR 1 ± 0." + "0".repeat(1_000) + "1"));
    // A hundred digits either side of the point, more than any sum of printed figures has.
    BigDecimal wide = new BigDecimal("9".repeat(100) + "." + "9".repeat(100));
    assertEquals(wide.add(wide), Estimate.of(wide, BigDecimal.ZERO).plus(Estimate.of(wide, BigDecimal.ZERO)).nominal());
    assertEquals(Estimate.ZERO, Estimate.of(new BigDecimal("0E+999999999"), new BigDecimal("0E-999999999")));
  }

  static void assertNamed(String name, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(name, e.getMessage());
  }
}
