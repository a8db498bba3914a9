// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundedTableTest {

  private static List<PrintedFigure> thousands(long... printed) {
    return java.util.Arrays.stream(printed).mapToObj(p -> PrintedFigure.of(p, EuroUnit.THOUSANDS)).toList();
  }

  @Test
  void partsAddUpToTheTotal() {
    // Three amounts of 1.400 euros: each rounds to 1 thousand, but the total is 4 thousand.
    List<Amount> parts = List.of(Amount.ofEuros(1_400), Amount.ofEuros(1_400), Amount.ofEuros(1_400));
    RoundedTable table = RoundedTable.publish(parts, EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    assertEquals(PrintedFigure.of(4, EuroUnit.THOUSANDS), table.total());
    assertEquals(thousands(2, 1, 1), table.parts());
    assertEquals(Set.of(0), table.adjusted());
  }

  @Test
  void seed000MaatwerkdienstverleningPublishesSoThatItAddsUp() {
    // True values behind 13.219 and -6 whose total prints as 13.212 on its own.
    List<Amount> parts = List.of(Amount.ofEuros(13_218_600), Amount.ofEuros(-6_300));
    RoundedTable table = RoundedTable.publish(parts, EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    assertEquals(PrintedFigure.of(13_212, EuroUnit.THOUSANDS), table.total());
    assertEquals(thousands(13_218, -6), table.parts());
    assertEquals(Set.of(0), table.adjusted());
    assertTrue(TotalCheck.of(table.parts(), table.total()).isConsistent());
  }

  @Test
  void negativePartsGetTheirUnitsByRemainderToo() {
    List<Amount> parts = List.of(Amount.ofEuros(-1_600), Amount.ofEuros(-1_600), Amount.ofEuros(5_000));
    RoundedTable table = RoundedTable.publish(parts, EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    assertEquals(PrintedFigure.of(2, EuroUnit.THOUSANDS), table.total());
    assertEquals(thousands(-1, -2, 5), table.parts());
    assertEquals(Set.of(0), table.adjusted());
  }

  @Test
  void nothingMovesWhenOwnRoundingAlreadyAddsUp() {
    List<Amount> parts = List.of(Amount.ofEuros(1_100), Amount.ofEuros(2_200));
    RoundedTable table = RoundedTable.publish(parts, EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
    assertEquals(thousands(1, 2), table.parts());
    assertTrue(table.adjusted().isEmpty());
  }

  @Test
  void refusesATotalThePartsDoNotMake() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> RoundedTable.publish(List.of(Amount.ofEuros(1)), Amount.ofEuros(2), EuroUnit.EUROS, RoundingMode.HALF_UP));
    assertTrue(e.getMessage().contains("EUR 2.00"), e.getMessage());
  }
}
