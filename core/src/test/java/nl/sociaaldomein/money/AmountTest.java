// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AmountTest {

  @Test
  void makesAmountsFromCentsEurosAndDecimals() {
    assertEquals(123_456, Amount.ofCents(123_456).toCents());
    assertEquals(Amount.ofCents(123_400), Amount.ofEuros(1_234));
    assertEquals(Amount.ofCents(84), Amount.of(new BigDecimal("0.84")));
    assertEquals(Amount.ofCents(84), Amount.of(new BigDecimal("0.840")));
    assertEquals(new BigDecimal("1234.56"), Amount.ofCents(123_456).toBigDecimal());
    assertSame(Amount.ZERO, Amount.ofCents(0));
  }

  @Test
  void refusesAFractionOfACentUnlessARoundingModeIsNamed() {
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("0.845")));
    assertTrue(e.getMessage().contains("0.845"), e.getMessage());
    assertEquals(Amount.ofCents(85), Amount.of(new BigDecimal("0.845"), RoundingMode.HALF_UP));
    assertEquals(Amount.ofCents(84), Amount.of(new BigDecimal("0.845"), RoundingMode.HALF_EVEN));
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Amount max = Amount.ofCents(Long.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> max.plus(Amount.ofCents(1)));
    assertThrows(ArithmeticException.class, () -> Amount.ofCents(Long.MIN_VALUE).minus(Amount.ofCents(1)));
    assertThrows(ArithmeticException.class, () -> Amount.ofCents(Long.MIN_VALUE).negated());
    assertThrows(ArithmeticException.class, () -> max.multipliedBy(2));
    assertThrows(ArithmeticException.class, () -> Amount.ofEuros(Long.MAX_VALUE / 10));
    assertThrows(ArithmeticException.class, () -> Amount.of(new BigDecimal("1E+30")));
    assertThrows(ArithmeticException.class, () -> Amount.sum(max, Amount.ofCents(1)));
    assertThrows(ArithmeticException.class, () -> Stream.of(max, max).collect(Amount.summing()));
  }

  @Test
  void arithmetic() {
    Amount a = Amount.ofCents(3_947_00);
    Amount b = Amount.ofCents(-441_00);
    assertEquals(Amount.ofCents(3_506_00), a.plus(b));
    assertEquals(Amount.ofCents(4_388_00), a.minus(b));
    assertEquals(Amount.ofCents(441_00), b.negated());
    assertEquals(Amount.ofCents(441_00), b.abs());
    assertEquals(Amount.ofCents(-882_00), b.multipliedBy(2));
    // 60 minutes x 0,84 a minute for 100 clients, seed 004 annex 8: 5.040 a week.
    assertEquals(Amount.ofEuros(5_040), Amount.ofEuros(6_000).multipliedBy(new BigDecimal("0.84"), RoundingMode.UNNECESSARY));
    assertEquals(Amount.ofCents(33), Amount.ofEuros(1).dividedBy(3, RoundingMode.HALF_UP));
    assertEquals(Amount.ofCents(34), Amount.ofEuros(1).dividedBy(3, RoundingMode.CEILING));
    assertEquals(Amount.ofCents(-33), Amount.ofEuros(-1).dividedBy(3, RoundingMode.HALF_UP));
    assertThrows(ArithmeticException.class, () -> Amount.ofEuros(1).dividedBy(0, RoundingMode.HALF_UP));
    assertThrows(ArithmeticException.class, () -> Amount.ofEuros(1).dividedBy(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void comparesBySize() {
    Amount small = Amount.ofCents(-5);
    Amount large = Amount.ofCents(5);
    assertTrue(small.isLessThan(large));
    assertTrue(large.isGreaterThan(small));
    assertTrue(small.isNegative());
    assertTrue(large.isPositive());
    assertTrue(Amount.ZERO.isZero());
    assertEquals(-1, small.compareTo(large));
    assertEquals(large, Amount.max(small, large));
    assertEquals(small, Amount.min(small, large));
    assertEquals(0, Amount.ZERO.signum());
  }

  @Test
  void sumsCollectionsAndStreams() {
    // Seed 004, quickscan 2018: costs per law add up to 55.793.411 euros.
    List<Amount> laws = List.of(Amount.ofEuros(17_061_830), Amount.ofEuros(21_806_877), Amount.ofEuros(16_924_704));
    assertEquals(Amount.ofEuros(55_793_411), Amount.sum(laws));
    assertEquals(Amount.ofEuros(55_793_411), laws.stream().collect(Amount.summing()));
    assertEquals(Amount.ofEuros(55_793_411), laws.parallelStream().collect(Amount.summing()));
    assertEquals(Amount.ZERO, Amount.sum(List.of()));
  }

  @Test
  void allocatesWithoutLosingOrInventingACent() {
    assertEquals(
        List.of(Amount.ofCents(34), Amount.ofCents(33), Amount.ofCents(33)),
        Amount.ofEuros(1).allocate(1, 1, 1));
    assertEquals(
        List.of(Amount.ofCents(-34), Amount.ofCents(-33), Amount.ofCents(-33)),
        Amount.ofEuros(-1).allocate(1, 1, 1));
    // 5 cents over 3:7 is 1,5 and 3,5: the tie goes to the earlier part.
    assertEquals(List.of(Amount.ofCents(2), Amount.ofCents(3)), Amount.ofCents(5).allocate(3, 7));
    assertEquals(
        List.of(Amount.ofCents(25), Amount.ofCents(0), Amount.ofCents(75)),
        Amount.ofEuros(1).allocate(List.of(new BigDecimal("0.25"), BigDecimal.ZERO, new BigDecimal("0.75"))));
    assertThrows(IllegalArgumentException.class, () -> Amount.ofEuros(1).allocate());
    assertThrows(IllegalArgumentException.class, () -> Amount.ofEuros(1).allocate(0, 0));
    assertThrows(IllegalArgumentException.class, () -> Amount.ofEuros(1).allocate(2, -1));
  }

  @Test
  void allocatesTheCentsLeftOverToTheLargestRemainders() {
    // 10 cents over 1:2 is 3,33 and 6,67: floors 3 and 6, and the one cent left over goes to
    // the larger remainder (2/3), not to the earlier part.
    assertEquals(List.of(Amount.ofCents(3), Amount.ofCents(7)), Amount.ofCents(10).allocate(1, 2));
    assertEquals(List.of(Amount.ofCents(7), Amount.ofCents(3)), Amount.ofCents(10).allocate(2, 1));
    assertEquals(List.of(Amount.ofCents(-3), Amount.ofCents(-7)), Amount.ofCents(-10).allocate(1, 2));
    // 11 cents over 1:1:3 is 2,2, 2,2 and 6,6: floors 2, 2, 6 and the one cent to the 0,6.
    assertEquals(
        List.of(Amount.ofCents(2), Amount.ofCents(2), Amount.ofCents(7)), Amount.ofCents(11).allocate(1, 1, 3));
    // 9 cents over 3:4:3 is 2,7, 3,6 and 2,7: the two cents left go to the 0,7s, past the 0,6.
    assertEquals(
        List.of(Amount.ofCents(3), Amount.ofCents(3), Amount.ofCents(3)), Amount.ofCents(9).allocate(3, 4, 3));
    assertEquals(
        List.of(Amount.ofCents(3), Amount.ofCents(7)),
        Amount.ofCents(10).allocate(List.of(new BigDecimal("0.1"), new BigDecimal("0.2"))));
  }

  @Test
  void convertsBetweenUnits() {
    Amount a = Amount.ofCents(13_218_600_00L);
    assertEquals(0, new BigDecimal("13218.6").compareTo(a.toUnit(EuroUnit.THOUSANDS)));
    assertEquals(13_219, a.toWhole(EuroUnit.THOUSANDS, RoundingMode.HALF_UP));
    assertEquals(13_218, a.toWhole(EuroUnit.THOUSANDS, RoundingMode.DOWN));
    assertEquals(13, a.toWhole(EuroUnit.MILLIONS, RoundingMode.HALF_UP));
    assertThrows(ArithmeticException.class, () -> a.toWhole(EuroUnit.THOUSANDS, RoundingMode.UNNECESSARY));
  }

  @Test
  void toStringReadsBack() {
    assertEquals("EUR 1234.56", Amount.ofCents(123_456).toString());
    assertEquals("EUR -0.05", Amount.ofCents(-5).toString());
    assertEquals(Amount.ofCents(-5), Amount.parse("EUR -0.05"));
    assertEquals(Amount.ofEuros(12), Amount.parse("12"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amount.parse("EUR 1.234,56"));
    assertTrue(e.getMessage().contains("EUR 1.234,56"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Amount.parse("EUR 1.5"));
  }

  @Test
  void convertsToAndFromMonetaWithoutLoss() {
    Amount a = Amount.ofCents(-1_412_815_37L);
    assertEquals(Money.of(new BigDecimal("-1412815.37"), "EUR"), a.toMonetaryAmount());
    assertEquals(a, Amount.of(a.toMonetaryAmount()));
    assertEquals(a, Amount.of(FastMoney.of(new BigDecimal("-1412815.37"), "EUR")));
    IllegalArgumentException wrongCurrency =
        assertThrows(IllegalArgumentException.class, () -> Amount.of(Money.of(1, "USD")));
    assertTrue(wrongCurrency.getMessage().contains("USD"));
    assertThrows(ArithmeticException.class, () -> Amount.of(Money.of(new BigDecimal("0.001"), "EUR")));
    assertFalse(Amount.of(Money.of(0, "EUR")).isPositive());
  }
}
