// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.sociaaldomein.money.EuroUnit;
import org.junit.jupiter.api.Test;

class PercentageFormatTest {

  @Test
  void writesDutchNotationRoundedWithTheModeNamed() {
    PercentageFormat oneDecimal = PercentageFormat.of(1, RoundingMode.HALF_UP);
    assertEquals("71,3%", oneDecimal.format(new BigDecimal("71.25")));
    assertEquals("71,2%", PercentageFormat.of(1, RoundingMode.HALF_EVEN).format(new BigDecimal("71.25")));
    assertEquals("-5,1%", oneDecimal.format(new BigDecimal("-5.1")));
    assertEquals("0,4%", oneDecimal.format(new BigDecimal("0.4")));
    assertEquals("1.250,0%", oneDecimal.format(BigDecimal.valueOf(1250)));
    assertEquals("6%", PercentageFormat.of(0, RoundingMode.HALF_UP).format(new BigDecimal("6.2")));
  }

  @Test
  void writesAPartOfAWholeRoundedOnceAndWithASpaceForRunningText() {
    PercentageFormat text = PercentageFormat.of(1, RoundingMode.HALF_UP).withSpace(true);
    assertEquals("33,3 %", text.format(1, 3));
    assertEquals("66,7 %", text.format(2, 3));
    assertEquals("100,0 %", text.format(Long.MAX_VALUE, Long.MAX_VALUE));
    assertThrows(ArithmeticException.class, () -> text.format(1, 0));
  }

  @Test
  void refusesToRoundWhenToldRoundingIsUnnecessary() {
    assertThrows(ArithmeticException.class,
        () -> PercentageFormat.of(0, RoundingMode.UNNECESSARY).format(new BigDecimal("6.2")));
    assertThrows(IllegalArgumentException.class, () -> PercentageFormat.of(-1, RoundingMode.HALF_UP));
  }

  @Test
  void parseOfFormatGivesThePercentageBack() {
    qt().forAll(longs().between(-10_000_000L, 10_000_000L), integers().between(0, 4), arbitrary().pick(false, true))
        .checkAssert((unscaled, decimals, space) -> {
          BigDecimal percent = BigDecimal.valueOf(unscaled, decimals);
          String text = PercentageFormat.of(decimals, RoundingMode.UNNECESSARY).withSpace(space).format(percent);
          assertEquals(percent, DutchNotation.parsePercentage(text), text);
        });
  }

  @Test
  void parseOfFormatGivesTheRoundedPercentageBack() {
    qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(0, 6), integers().between(0, 3),
            arbitrary().pick(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING))
        .checkAssert((unscaled, scale, decimals, mode) -> {
          BigDecimal percent = BigDecimal.valueOf(unscaled, scale);
          String text = PercentageFormat.of(decimals, mode).format(percent);
          assertEquals(percent.setScale(decimals, mode), DutchNotation.parsePercentage(text), text);
        });
  }

  @Test
  void countsAreGroupedAndReadBack() {
    assertEquals("8.070", CountFormat.format(8_070));
    assertEquals("0", CountFormat.format(0));
    assertEquals("-1.234.567", CountFormat.format(-1_234_567));
    qt().forAll(longs().between(-Long.MAX_VALUE, Long.MAX_VALUE)).checkAssert(n -> assertEquals(
        BigDecimal.valueOf(n), DutchNotation.parseFigure(CountFormat.format(n), EuroUnit.EUROS).printedValue()));
  }
}
