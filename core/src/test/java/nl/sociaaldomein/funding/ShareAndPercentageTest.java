// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.notation.NotationParseException;
import org.junit.jupiter.api.Test;

class ShareAndPercentageTest {

  private static Amount euros(long euros) {
    return Amount.ofEuros(euros);
  }

  private static void assertSameValue(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aShareRoundsOnlyWhenAPercentageIsAskedFor() {
    Share third = Share.of(euros(1), euros(3));
    assertEquals(new BigDecimal("33.3"), third.percent(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("33.34"), third.percent(2, RoundingMode.CEILING));
    assertEquals(new BigDecimal("33"), third.percent(0, RoundingMode.DOWN));
    assertThrows(ArithmeticException.class, () -> third.percent(5, RoundingMode.UNNECESSARY));
    assertEquals(new BigDecimal("50.000"), Share.of(euros(1), euros(2)).percent(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void compareToPercentIsExactAndRespectsANegativeWhole() {
    Share third = Share.of(euros(1), euros(3));
    assertTrue(third.compareToPercent(new BigDecimal("33.333333333333")) > 0);
    assertTrue(third.compareToPercent(new BigDecimal("33.333333333334")) < 0);
    Share ofNegative = Share.of(euros(-1), euros(-4));
    assertEquals(0, ofNegative.compareToPercent(new BigDecimal("25")));
    assertTrue(ofNegative.compareToPercent(new BigDecimal("24.9")) > 0);
    Share negativePart = Share.of(euros(-1), euros(4));
    assertTrue(negativePart.compareToPercent(BigDecimal.ZERO) < 0);
  }

  @Test
  void sharesOfOneWholeAddUpAndOfDifferentWholesDoNot() {
    Share a = Share.of(euros(1), euros(4));
    Share b = Share.of(euros(3), euros(4));
    assertTrue(Share.sum(List.of(a, b)).isWhole());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.plus(Share.of(euros(1), euros(5))));
    assertTrue(e.getMessage().contains("EUR 5.00"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> Share.sum(List.of()));
  }

  @Test
  void aShareOfNothingIsRefusedNamingThePart() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Share.of(euros(7), Amount.ZERO));
    assertTrue(e.getMessage().contains("whole") && e.getMessage().contains("EUR 7.00"), e::getMessage);
  }

  @Test
  void aShareReadsBackWhatItWrites() {
    Share s = Share.of(Amount.ofCents(754_385_600), Amount.ofCents(-12_247_864_600L));
    assertEquals("EUR 7543856.00 of EUR -122478646.00", s.toString());
    assertEquals(s, Share.parse(s.toString()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Share.parse("7 of 9"));
    assertTrue(e.getMessage().contains("\"7 of 9\""), e::getMessage);
  }

  @Test
  void equalSharesAreEqualMoneyNotEqualRatios() {
    assertFalse(Share.of(euros(1), euros(2)).equals(Share.of(euros(2), euros(4))));
    assertEquals(Share.of(euros(1), euros(2)), Share.of(euros(1), euros(2)));
    assertEquals(Share.of(euros(1), euros(2)).hashCode(), Share.of(euros(1), euros(2)).hashCode());
  }

  @Test
  void aPrintedPercentageStandsForTheClosedIntervalOfItsLastDigit() {
    PrintedPercentage p = PrintedPercentage.parse("6,2%");
    assertSameValue("6.2", p.percent());
    assertEquals(1, p.decimals());
    assertSameValue("6.15", p.lowerBound());
    assertSameValue("6.25", p.upperBound());
    assertTrue(p.contains(new BigDecimal("6.15")));
    assertTrue(p.contains(new BigDecimal("6.25")));
    assertFalse(p.contains(new BigDecimal("6.2500001")));
    assertTrue(p.contains(Share.of(euros(62), euros(1000))));
    assertFalse(p.contains(Share.of(euros(6251), euros(100_000))));
  }

  @Test
  void theFormsOfSeed004Table2AreRead() {
    assertSameValue("0.4", PrintedPercentage.parse(",4%").percent());
    assertSameValue("-5", PrintedPercentage.parse("-5%").percent());
    assertEquals(0, PrintedPercentage.parse("-5%").decimals());
    assertSameValue("100.1", PrintedPercentage.parse("100,1%").percent());
    assertTrue(PrintedPercentage.parse("%").isBlank());
    assertTrue(PrintedPercentage.parse("").isBlank());
    assertTrue(PrintedPercentage.parse("-").isBlank());
  }

  @Test
  void aBlankHoldsOnlyAnExactZero() {
    PrintedPercentage blank = PrintedPercentage.blank();
    assertTrue(blank.contains(Share.of(Amount.ZERO, euros(5))));
    assertFalse(blank.contains(Share.of(Amount.ofCents(1), euros(1_000_000))));
    assertSameValue("0", blank.percentOrZero());
    assertThrows(IllegalStateException.class, blank::percent);
    assertEquals(blank, blank.assumingDecimals(3));
  }

  @Test
  void aPercentageWithoutItsTrailingZeroCanBeReadWithTheColumnsDecimals() {
    PrintedPercentage five = PrintedPercentage.parse("-5%");
    assertSameValue("-5.5", five.lowerBound());
    PrintedPercentage fivePointZero = five.assumingDecimals(1);
    assertEquals(PrintedPercentage.parse("-5,0%"), fivePointZero);
    assertSameValue("-5.05", fivePointZero.lowerBound());
    assertSameValue("-4.95", fivePointZero.upperBound());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PrintedPercentage.parse("6,25%").assumingDecimals(1));
    assertTrue(e.getMessage().contains("6,25%") && e.getMessage().contains("1"), e::getMessage);
  }

  @Test
  void aPrintedPercentageWritesDutchNotationThatReadsBack() {
    for (String text : List.of("6,2%", "-5,1%", "0,4%", "100,1%", "-5%", "%", "1.234,5%")) {
      PrintedPercentage p = PrintedPercentage.parse(text);
      assertEquals(text, p.toString());
      assertEquals(p, PrintedPercentage.parse(p.toString()));
    }
    assertEquals("0,4%", PrintedPercentage.parse(",4%").toString());
  }

  @Test
  void anAmountIsNotAPercentage() {
    NotationParseException e = assertThrows(NotationParseException.class, () -> PrintedPercentage.parse("6.200"));
    assertTrue(e.getMessage().contains("\"6.200\""), e::getMessage);
    assertThrows(NotationParseException.class, () -> PrintedPercentage.parse("6.2%"));
  }

  @Test
  void roundedGivesThePercentageAsATableWouldPrintIt() {
    Share s = Share.of(euros(7_543_856), euros(122_478_646));
    assertEquals(PrintedPercentage.parse("6,2%"), PrintedPercentage.rounded(s, 1, RoundingMode.HALF_UP));
    assertTrue(PrintedPercentage.rounded(s, 4, RoundingMode.HALF_EVEN).contains(s));
  }

  @Test
  void clusterNamesAreNormalisedAndReadBack() {
    assertEquals(Cluster.YOUTH, Cluster.of("  Jeugd "));
    assertEquals(Cluster.SOCIAL_SUPPORT, Cluster.of("Maatschappelijke\u00a0 ondersteuning"));
    assertEquals(Cluster.SOCIAL_SUPPORT, Cluster.of(Cluster.SOCIAL_SUPPORT.toString()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cluster.of(" \t"));
    assertTrue(e.getMessage().contains("name"), e::getMessage);
    assertThrows(NullPointerException.class, () -> Cluster.of(null));
  }
}
