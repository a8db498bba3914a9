// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AmountColumnTest {

  @Test
  void sumsExactly() {
    AmountColumn column = AmountColumn.ofCents(1_706_183_000L, 2_180_687_700L, 1_692_470_400L);
    assertEquals(Amount.ofEuros(55_793_411), column.sum());
    assertEquals(3, column.size());
    assertEquals(Amount.ofEuros(17_061_830), column.get(0));
  }

  @Test
  void anIntermediateOverflowThatEndsInRangeStillSums() {
    AmountColumn column = AmountColumn.ofCents(Long.MAX_VALUE, 1, -2);
    assertEquals(Amount.ofCents(Long.MAX_VALUE - 1), column.sum());
  }

  @Test
  void aTotalOutOfRangeThrows() {
    AmountColumn column = AmountColumn.ofCents(Long.MAX_VALUE, 1);
    assertThrows(ArithmeticException.class, column::sum);
    AmountColumn negative = AmountColumn.ofCents(Long.MIN_VALUE, -1, 0);
    assertThrows(ArithmeticException.class, negative::sum);
  }

  @Test
  void toStringOfAColumnWhoseSumOverflowsDoesNotThrow() {
    String text = AmountColumn.ofCents(Long.MAX_VALUE, 1).toString();
    assertTrue(text.contains("size=2"), text);
    assertTrue(text.contains("92233720368547758.08"), text);
  }

  @Test
  void sumsARange() {
    long[] cents = {5, 7, 11, 13};
    assertEquals(18, AmountColumn.sumCents(cents, 1, 3));
    assertEquals(0, AmountColumn.sumCents(cents, 2, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> AmountColumn.sumCents(cents, 1, 5));
  }

  @Test
  void buildsFromAmountsAndStreamsBack() {
    List<Amount> amounts = List.of(Amount.ofCents(1), Amount.ofCents(-2), Amount.ofCents(3));
    AmountColumn.Builder builder = AmountColumn.builder(1);
    amounts.forEach(builder::add);
    AmountColumn built = builder.build();
    assertEquals(AmountColumn.of(amounts), built);
    assertEquals(amounts, built.stream().collect(Collectors.toList()));
    long[] copy = built.toCentsArray();
    copy[0] = 99;
    assertEquals(Amount.ofCents(1), built.get(0));
  }
}
