// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalCheckTest {

  private static PrintedFigure thousands(long printed) {
    return PrintedFigure.of(printed, EuroUnit.THOUSANDS);
  }

  private static PrintedFigure euros(long printed) {
    return PrintedFigure.of(printed, EuroUnit.EUROS);
  }

  private static void assertSameValue(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void seed000MaatwerkdienstverleningIsConsistent() {
    // Meppel 2022, realised lasten 13.219 and baten -6 against a printed total of 13.212.
    TotalCheck check = TotalCheck.of(List.of(thousands(13_219), thousands(-6)), thousands(13_212));
    assertTrue(check.isConsistent(), check::toString);
    assertSameValue("-1000", check.difference());
    assertSameValue("1500", check.tolerance());
    assertSameValue("0", check.excess());
  }

  @Test
  void seed004QuickscanCostsAreConsistent() {
    // Hoogeveen quickscan 2018: Wmo, Participatiewet and Jeugdwet against 55.793.412 euros.
    TotalCheck check =
        TotalCheck.of(euros(55_793_412), euros(17_061_830), euros(21_806_877), euros(16_924_704));
    assertTrue(check.isConsistent(), check::toString);
    assertSameValue("1", check.difference());
    assertSameValue("2", check.tolerance());
  }

  @Test
  void aTotalOffByThreeOverTwoPartsInThousandsIsNot() {
    TotalCheck check = TotalCheck.of(thousands(103), thousands(60), thousands(40));
    assertFalse(check.isConsistent());
    assertSameValue("3000", check.difference());
    assertSameValue("1500", check.tolerance());
    assertSameValue("1500", check.excess());
    assertTrue(check.toString().startsWith("inconsistent by EUR 1500"), check::toString);
  }

  @Test
  void offByTwoOverTwoPartsIsAlreadyTooFar() {
    assertFalse(TotalCheck.of(thousands(102), thousands(60), thousands(40)).isConsistent());
    assertTrue(TotalCheck.of(thousands(101), thousands(60), thousands(40)).isConsistent());
    assertTrue(TotalCheck.of(thousands(99), thousands(60), thousands(40)).isConsistent());
  }

  @Test
  void saysWhichTotalsWouldHaveBeenConsistent() {
    TotalCheck check = TotalCheck.of(thousands(103), thousands(60), thousands(40));
    Estimate totals = check.consistentTotals();
    assertSameValue("98500", totals.lowerBound());
    assertSameValue("101500", totals.upperBound());
  }

  @Test
  void partsInOtherUnitsCarryTheirOwnTolerance() {
    // 1.234 euros plus 2 thousand lies between 2.733,5 and 3.734,5 euros; a total of 3 thousand
    // adds another 500 either side.
    TotalCheck check = TotalCheck.of(thousands(3), euros(1_234), thousands(2));
    assertTrue(check.isConsistent());
    assertSameValue("1000.5", check.tolerance());
  }

  @Test
  void anEmptySumIsZero() {
    assertTrue(TotalCheck.of(List.of(), thousands(0)).isConsistent());
    assertFalse(TotalCheck.of(List.of(), thousands(1)).isConsistent());
  }
}
